using System.Text;
using System.Xml.Linq;
using Hawk.Harness.Expectations;
using Hawk.Harness.Reports;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class ReportTests
{
    private static readonly SuiteCaseKey Failing = new("alpha", "a/fails");

    internal static RunReport Sample()
    {
        var started = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        JudgedResult[] results =
        [
            new(CaseResult.Pass(new("alpha", "passes"), "ok", new Measurements(1234, 56, TimeSpan.FromMilliseconds(250))), Verdict.Passed, null),
            new(CaseResult.Fail(Failing, "A differs\nsecond line", new Measurements(10, 2, TimeSpan.FromMilliseconds(500)),
                new Divergence("nestest.log line 3", "A:01", "A:02", "C000 LDA #$01"),
                [new Artefact("trace.txt", "text/plain", Encoding.UTF8.GetBytes("C000 LDA"))]), Verdict.Failed, null),
            new(CaseResult.Error(new("alpha", "known"), "crash \u0001 in output"), Verdict.KnownFailure, "not implemented"),
            new(CaseResult.Pass(new("beta", "fixed"), "ok", Measurements.None), Verdict.UnexpectedPass, "was broken"),
            new(CaseResult.Skip(new("beta", PreparedSuite.PlaceholderCaseId), "data missing"), Verdict.Skipped, null),
            new(CaseResult.Error(new("beta", "boom"), "System.Exception: boom"), Verdict.Errored, null),
        ];
        return new RunReport(
            "run-1",
            started,
            started.AddSeconds(3),
            new HostInfo("host", "Linux", 2, ".NET 10"),
            "0123456789abcdef0123456789abcdef01234567",
            results,
            [
                new SuiteSummary("alpha", "mos6502", "Alpha", VerdictCounts.Of(results.Take(3).Select(r => r.Verdict)), TimeSpan.FromMilliseconds(750), "/data/alpha"),
                new SuiteSummary("beta", "mos6502", "Beta", VerdictCounts.Of(results.Skip(3).Select(r => r.Verdict)), TimeSpan.Zero, null),
            ],
            [new KnownFailure(new SuiteCaseKey("alpha", "gone"), "old", "mos6502.yaml", 7)]);
    }

    [Test]
    public void The_json_report_round_trips_with_artefacts_as_files()
    {
        using var repository = new TempRepository();
        var report = Sample();

        var written = ReportSet.Write(report, repository.Reports);
        var document = ReportJson.ReadRun(new FileInfo(Path.Combine(repository.Reports.FullName, "run.json")));

        Assert.That(written.Select(f => f.Name).Take(5), Is.EqualTo(new[] { "run.json", "history.jsonl", "junit.xml", "summary.md", "index.html" }));
        Assert.That(document.Schema, Is.EqualTo("hawk-run/1"));
        Assert.That(document.RunId, Is.EqualTo("run-1"));
        Assert.That(document.StartedUtc, Is.EqualTo(report.StartedUtc));
        Assert.That(document.Host, Is.EqualTo(report.Host));
        Assert.That(document.GitCommit, Is.EqualTo(report.GitCommit));
        Assert.That(document.Totals, Is.EqualTo(new VerdictCounts(1, 1, 1, 1, 1, 1)));
        Assert.That(document.Suites.Select(s => (s.SuiteId, s.Counts.Total, s.DataDirectory)),
            Is.EqualTo(new[] { ("alpha", 3, (string?)"/data/alpha"), ("beta", 3, null) }));
        Assert.That(document.Cases.Select(c => c.Verdict), Is.EqualTo(report.Results.Select(r => r.Verdict)));
        var failing = document.Cases[1];
        Assert.That(failing.FirstDivergence, Is.EqualTo(report.Results[1].Result.FirstDivergence));
        Assert.That((failing.Cycles, failing.Instructions, failing.DurationSeconds), Is.EqualTo(((long?)10, (long?)2, 0.5)));
        Assert.That(failing.Artefacts.Single(), Is.EqualTo(new ArtefactDocument("trace.txt", "text/plain", "artefacts/alpha/a_fails/trace.txt", 8)));
        Assert.That(File.ReadAllText(Path.Combine(repository.Reports.FullName, failing.Artefacts[0].Path)), Is.EqualTo("C000 LDA"));
        Assert.That(document.Cases[2].KnownFailureReason, Is.EqualTo("not implemented"));
        Assert.That(document.StaleExpectations.Single(), Is.EqualTo(new StaleExpectationDocument("alpha", "gone", "old", "mos6502.yaml", 7)));
    }

    [Test]
    public void The_json_uses_camel_case_and_enum_names()
    {
        using var repository = new TempRepository();

        ReportSet.Write(Sample(), repository.Reports);
        var json = File.ReadAllText(Path.Combine(repository.Reports.FullName, "run.json"));

        Assert.That(json, Does.Contain("\"schema\": \"hawk-run/1\"").And.Contain("\"verdict\": \"UnexpectedPass\"").And.Contain("\"firstDivergence\""));
        Assert.That(json, Does.Not.Contain("\"content\""), "artefact bytes are never inlined");
    }

    [Test]
    public void History_gets_one_line_per_run_and_artefacts_are_replaced()
    {
        using var repository = new TempRepository();
        var stale = new FileInfo(Path.Combine(repository.Reports.FullName, "artefacts", "old", "x", "y.txt"));
        stale.Directory!.Create();
        File.WriteAllText(stale.FullName, "old");

        ReportSet.Write(Sample(), repository.Reports);
        ReportSet.Write(Sample() with { RunId = "run-2" }, repository.Reports);
        var history = ReportJson.ReadHistory(new FileInfo(Path.Combine(repository.Reports.FullName, "history.jsonl")));

        Assert.That(history.Select(h => h.RunId), Is.EqualTo(new[] { "run-1", "run-2" }));
        Assert.That(history[0].Schema, Is.EqualTo("hawk-history/1"));
        Assert.That(history[0].NotPassing.Select(c => $"{c.SuiteId}/{c.CaseId}={c.Verdict}"), Is.EqualTo(new[]
        {
            "alpha/a/fails=Failed", "alpha/known=KnownFailure", "beta/fixed=UnexpectedPass", "beta/suite-unavailable=Skipped", "beta/boom=Errored",
        }));
        Assert.That(stale.Exists, Is.False);
    }

    [Test]
    public void JUnit_has_a_suite_per_suite_and_maps_verdicts()
    {
        using var repository = new TempRepository();

        ReportSet.Write(Sample(), repository.Reports);
        var xml = XDocument.Load(Path.Combine(repository.Reports.FullName, "junit.xml"));

        var root = xml.Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That(Counts(root), Is.EqualTo((6, 2, 1, 1)));
        var suites = root.Elements("testsuite").ToList();
        Assert.That(suites.Select(s => (string)s.Attribute("name")!), Is.EqualTo(new[] { "alpha", "beta" }));
        Assert.That(Counts(suites[0]), Is.EqualTo((3, 1, 0, 0)));
        Assert.That(Counts(suites[1]), Is.EqualTo((3, 1, 1, 1)));
        Assert.That((string)suites[0].Attribute("time")!, Is.EqualTo("0.75"));

        var cases = root.Descendants("testcase").ToDictionary(c => $"{c.Attribute("classname")!.Value}/{c.Attribute("name")!.Value}");
        var failure = cases["alpha/a/fails"].Element("failure")!;
        Assert.That(failure.Attribute("message")!.Value, Is.EqualTo("A differs"));
        Assert.That(failure.Value, Does.Contain("First divergence at nestest.log line 3").And.Contain("expected: A:01").And.Contain("actual:   A:02").And.Contain("C000 LDA #$01"));
        Assert.That(cases["alpha/passes"].HasElements, Is.False);
        Assert.That(cases["alpha/known"].Elements().Single().Name.LocalName, Is.EqualTo("system-out"));
        Assert.That(cases["alpha/known"].Value, Does.Contain("Known failure: not implemented").And.Contain("crash \uFFFD in output"));
        Assert.That(cases["beta/fixed"].Element("failure")!.Attribute("message")!.Value, Is.EqualTo("Unexpected pass (known failure: was broken)"));
        Assert.That(cases["beta/suite-unavailable"].Element("skipped")!.Attribute("message")!.Value, Is.EqualTo("data missing"));
        Assert.That(cases["beta/boom"].Element("error")!.Attribute("message")!.Value, Is.EqualTo("System.Exception: boom"));
    }

    private static (int Tests, int Failures, int Errors, int Skipped) Counts(XElement element) =>
        ((int)element.Attribute("tests")!, (int)element.Attribute("failures")!, (int)element.Attribute("errors")!, (int)element.Attribute("skipped")!);
}
