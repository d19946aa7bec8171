using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Tests.Support;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Tests;

public sealed class SuiteRunnerTests
{
    private static RunReport Run(TempRepository repository, IReadOnlyList<ISuiteAdapter> adapters, RunSelection? selection = null,
        int parallel = 2, bool requireSuites = false, IProgress<RunProgress>? progress = null) =>
        new SuiteRunner(repository.Session(requireSuites), adapters).Run(selection ?? RunSelection.All, new RunOptions(parallel), progress);

    [Test]
    public void Results_are_judged_and_ordered_by_suite_then_case()
    {
        using var repository = new TempRepository();
        repository.AddSuite("beta", repository.SuitesRoot, ("data.txt", "b"));
        repository.AddSuite("alpha", repository.Shared, ("data.txt", "a"));
        repository.WriteExpectations("fake", """
            machine: fake
            known_failures:
              - case: beta/known
                reason: not yet
              - case: beta/fixed
                reason: was broken
              - case: beta/vanished
                reason: renamed upstream
            """);
        var beta = new FakeAdapter("beta", ["fails", "known", "fixed", "passes"], (c, _) => c.CaseId switch
        {
            "fails" or "known" => CaseResult.Fail(c.Key, "wrong A", Measurements.None, new Divergence("line 3", "A:01", "A:02")),
            _ => CaseResult.Pass(c.Key, "ok", new Measurements(100, 10, TimeSpan.FromMilliseconds(5))),
        });

        var report = Run(repository, [beta, FakeAdapter.Passing("alpha", "z", "y")]);

        Assert.That(report.Results.Select(r => $"{r.Key}={r.Verdict}"), Is.EqualTo(new[]
        {
            "alpha/z=Passed", "alpha/y=Passed",
            "beta/fails=Failed", "beta/known=KnownFailure", "beta/fixed=UnexpectedPass", "beta/passes=Passed",
        }));
        Assert.That(report.Results[3].KnownFailureReason, Is.EqualTo("not yet"));
        Assert.That(report.HasFailures, Is.True);
        Assert.That(report.Suites.Select(s => s.SuiteId), Is.EqualTo(new[] { "alpha", "beta" }));
        Assert.That(report.Suites[0].DataDirectory, Is.EqualTo(Path.Combine(repository.Shared.FullName, "alpha")));
        Assert.That(report.Suites[1].Counts, Is.EqualTo(new VerdictCounts(1, 1, 1, 1, 0, 0)));
        Assert.That(report.Suites[1].Machine, Is.EqualTo("fake"));
        Assert.That(report.StaleExpectations.Select(s => s.Case.ToString()), Is.EqualTo(new[] { "beta/vanished" }));
        Assert.That(report.Results[5].Result.Measurements.Duration, Is.EqualTo(TimeSpan.FromMilliseconds(5)), "an adapter's own duration is kept");
        Assert.That(report.FinishedUtc, Is.GreaterThanOrEqualTo(report.StartedUtc));
        Assert.That(report.Host.ProcessorCount, Is.EqualTo(Environment.ProcessorCount));
    }

    [Test]
    public void A_run_with_only_passes_and_known_failures_does_not_fail()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        repository.WriteExpectations("fake", "machine: fake\nknown_failures:\n  - case: alpha/bad\n    reason: r\n");
        var adapter = new FakeAdapter("alpha", ["good", "bad"], (c, _) => c.CaseId == "good"
            ? CaseResult.Pass(c.Key, "ok", Measurements.None)
            : CaseResult.Error(c.Key, "crash"));

        var report = Run(repository, [adapter]);

        Assert.That(report.HasFailures, Is.False);
        Assert.That(report.Totals, Is.EqualTo(new VerdictCounts(1, 0, 1, 0, 0, 0)));
    }

    [Test]
    public void Cases_run_in_parallel_up_to_the_configured_degree()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        var running = 0;
        var peak = 0;
        using var bothIn = new Barrier(2);
        var ids = Enumerable.Range(0, 6).Select(i => $"c{i}").ToArray();
        CaseResult RunCase(SuiteCase c, bool meet)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            // With two workers, every pair of cases must meet inside Run; a serial runner would time out here.
            var met = !meet || bothIn.SignalAndWait(TimeSpan.FromSeconds(20));
            Thread.Sleep(10);
            Interlocked.Decrement(ref running);
            return met ? CaseResult.Pass(c.Key, "ok", Measurements.None) : CaseResult.Fail(c.Key, "ran alone", Measurements.None);
        }

        var parallel = Run(repository, [new FakeAdapter("alpha", ids, (c, _) => RunCase(c, meet: true))], parallel: 2);
        Assert.That(parallel.Results.Select(r => r.Verdict), Is.All.EqualTo(Verdict.Passed));
        Assert.That(peak, Is.EqualTo(2));

        peak = 0;
        var serial = Run(repository, [new FakeAdapter("alpha", ids, (c, _) => RunCase(c, meet: false))], parallel: 1);
        Assert.That(serial.Results, Has.Count.EqualTo(6));
        Assert.That(peak, Is.EqualTo(1));
    }

    [Test]
    public void A_case_that_outruns_its_wall_time_is_errored()
    {
        using var repository = new TempRepository();
        repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", [("data.txt", "a")], budget: "budget: { wall_time: 200ms }"));
        repository.SuitesRoot.CreateSubdirectory("alpha");
        File.WriteAllText(Path.Combine(repository.SuitesRoot.FullName, "alpha", "data.txt"), "a");
        // "spins" honours the token by throwing; "late" ignores it and claims a pass once it notices.
        var spinner = new FakeAdapter("alpha", ["spins", "late"], (c, context) => c.CaseId == "spins"
            ? SpinThenThrow(context)
            : SpinThenPass(c, context));

        var report = Run(repository, [spinner]);

        Assert.That(report.Results.Select(r => r.Verdict), Is.All.EqualTo(Verdict.Errored));
        Assert.That(report.Results.Select(r => r.Result.Message), Is.All.EqualTo("Exceeded the wall-time budget of 200 ms."));
        Assert.That(report.Results[0].Result.Measurements.Duration, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(150)));
    }

    [Test]
    public void An_adapter_exception_becomes_an_errored_result_with_its_type_and_message()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        var throwing = new FakeAdapter("alpha", ["boom"], (_, _) => throw new InvalidDataException("bad opcode table"));

        var result = Run(repository, [throwing]).Results.Single();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Errored));
        Assert.That(result.Result.Message, Is.EqualTo("System.IO.InvalidDataException: bad opcode table"));
        Assert.That(result.Result.Artefacts.Single().Name, Is.EqualTo("exception.txt"));
        Assert.That(result.Result.Measurements.Duration, Is.GreaterThan(TimeSpan.Zero), "the runner measures what the adapter did not");
    }

    [Test]
    public void Missing_data_is_skipped_or_with_suites_required_errored()
    {
        using var repository = new TempRepository();
        repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", [("data.txt", "a")]));
        var adapter = FakeAdapter.Passing("alpha", "x");

        var skipped = Run(repository, [adapter]).Results.Single();
        var errored = Run(repository, [adapter], requireSuites: true).Results.Single();

        Assert.That(skipped.Verdict, Is.EqualTo(Verdict.Skipped));
        Assert.That(skipped.Result.CaseId, Is.EqualTo(PreparedSuite.PlaceholderCaseId));
        Assert.That(skipped.Result.Message, Does.Contain("hawk suites fetch alpha"));
        Assert.That(errored.Verdict, Is.EqualTo(Verdict.Errored));
        Assert.That(errored.Result.Message, Does.Contain("HAWK_REQUIRE_SUITES").And.Contain("hawk suites fetch alpha"));
    }

    [Test]
    public void Data_that_does_not_match_its_digests_errors_the_suite()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        File.WriteAllText(Path.Combine(repository.SuitesRoot.FullName, "alpha", "data.txt"), "b");

        var result = Run(repository, [FakeAdapter.Passing("alpha", "x")]).Results.Single();

        Assert.That(result.Verdict, Is.EqualTo(Verdict.Errored));
        Assert.That(result.Result.Message, Does.Contain("data.txt: sha256 " + TempRepository.Sha256("b")));
    }

    [Test]
    public void The_selection_filters_by_suite_and_machine_and_rejects_unknown_suites()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        repository.WriteManifest("beta", TempRepository.ManifestYaml("beta", [("data.txt", "b")], machine: "other"));
        File.WriteAllText(Path.Combine(repository.SuitesRoot.CreateSubdirectory("beta").FullName, "data.txt"), "b");
        ISuiteAdapter[] adapters = [FakeAdapter.Passing("alpha", "a1"), FakeAdapter.Passing("beta", "b1")];

        Assert.That(Run(repository, adapters, new RunSelection(["beta"], null)).Results.Select(r => r.Key.ToString()), Is.EqualTo(new[] { "beta/b1" }));
        Assert.That(Run(repository, adapters, new RunSelection([], "fake")).Results.Select(r => r.Key.ToString()), Is.EqualTo(new[] { "alpha/a1" }));
        var unknown = Assert.Throws<RunSelectionException>(() => Run(repository, adapters, new RunSelection(["gamma"], null)));
        Assert.That(unknown!.Message, Does.Contain("'gamma'").And.Contain("alpha, beta"));
        Assert.Throws<RunSelectionException>(() => Run(repository, adapters, new RunSelection([], "jvm")));
    }

    [Test]
    public void Broken_expectations_of_a_selected_suite_stop_the_run()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        repository.WriteExpectations("fake", "machine: fake\nknown_failures:\n  - case: alpha\n    reason: r\n");

        var error = Assert.Throws<ExpectationsException>(() => Run(repository, [FakeAdapter.Passing("alpha", "x")]));

        Assert.That(error!.Line, Is.EqualTo(3));
    }

    [Test]
    public void Progress_counts_every_case()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("data.txt", "a"));
        var reports = new System.Collections.Concurrent.ConcurrentBag<RunProgress>();

        Run(repository, [FakeAdapter.Passing("alpha", "a", "b", "c")], progress: new Inline(reports.Add));

        Assert.That(reports.Select(r => r.Completed).Order(), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(reports.Select(r => r.Total), Is.All.EqualTo(3));
        Assert.That(reports.Single(r => r.Completed == 3).Counts.Passed, Is.EqualTo(3));
    }

    private static CaseResult SpinThenThrow(CaseContext context)
    {
        while (true)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            Thread.SpinWait(100);
        }
    }

    private static CaseResult SpinThenPass(SuiteCase testCase, CaseContext context)
    {
        while (!context.Cancellation.IsCancellationRequested)
        {
            Thread.SpinWait(100);
        }

        return CaseResult.Pass(testCase.Key, "ok", Measurements.None);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private sealed class Inline(Action<RunProgress> report) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => report(value);
    }
}
