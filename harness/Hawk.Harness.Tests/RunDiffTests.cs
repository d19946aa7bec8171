using Hawk.Cli;
using Hawk.Harness.Reports;
using Hawk.Harness.Reports.Comparison;
using Hawk.Harness.Results;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class RunDiffTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 0, TimeSpan.Zero);

    private static RunDocument Run(string id, params (string Suite, string Case, Verdict Verdict, string Message)[] cases) => new(
        RunDocument.CurrentSchema, id, Start, Start, new("host", "Linux", 2, ".NET"), null, VerdictCounts.Of(cases.Select(c => c.Verdict)),
        [.. cases.Select(c => c.Suite).Distinct().Select(s => new SuiteDocument(s, "m", s, VerdictCounts.Zero, 0, null))],
        [.. cases.Select(c => new CaseDocument(c.Suite, c.Case, c.Verdict, Outcome.Passed, c.Message, null, null, null, null, 0, []))],
        []);

    [Test]
    public void Cases_are_sorted_into_newly_failing_newly_passing_changed_and_newly_known()
    {
        var before = Run("old",
            ("s", "regressed", Verdict.Passed, "ok"), ("s", "fixed", Verdict.Failed, "bad"), ("s", "still", Verdict.Failed, "A differs"),
            ("s", "same", Verdict.Failed, "same"), ("s", "listed", Verdict.Passed, "ok"), ("s", "crashed", Verdict.UnexpectedPass, "ok"),
            ("s", "known-fixed", Verdict.KnownFailure, "bad"), ("gone", "x", Verdict.Passed, "ok"));
        var after = Run("new",
            ("s", "regressed", Verdict.Failed, "P differs"), ("s", "fixed", Verdict.Passed, "ok"), ("s", "still", Verdict.Failed, "X differs"),
            ("s", "same", Verdict.Failed, "same"), ("s", "listed", Verdict.KnownFailure, "now known"), ("s", "crashed", Verdict.Errored, "boom"),
            ("s", "known-fixed", Verdict.UnexpectedPass, "ok"), ("s", "brand-new", Verdict.Failed, "new case"));

        var diff = RunDiff.Compare(CaseStatuses.Of(before), CaseStatuses.Of(after));

        Assert.That(diff.NewlyFailing.Select(c => c.Key.CaseId), Is.EqualTo(new[] { "regressed", "crashed" }));
        Assert.That(diff.NewlyPassing.Select(c => c.Key.CaseId), Is.EqualTo(new[] { "fixed", "known-fixed" }));
        Assert.That(diff.ChangedMessages.Select(c => (c.Key.CaseId, c.Before.Message, c.After.Message)), Is.EqualTo(new[] { ("still", (string?)"A differs", (string?)"X differs") }));
        Assert.That(diff.NewlyKnown.Select(c => c.Key.CaseId), Is.EqualTo(new[] { "listed" }));
        Assert.That(diff.HasRegressions, Is.True);
    }

    [Test]
    public void A_history_line_counts_unlisted_cases_of_suites_that_ran_as_passed()
    {
        var entry = new HistoryEntry(HistoryEntry.CurrentSchema, "h", Start, Start, null, "host", VerdictCounts.Zero,
            [new SuiteDocument("ran", "m", "Ran", VerdictCounts.Zero, 0, null)], [new CaseVerdict("ran", "bad", Verdict.Failed)]);
        var statuses = CaseStatuses.Of(entry);

        Assert.That(statuses.Find(new("ran", "anything"))!.Verdict, Is.EqualTo(Verdict.Passed));
        Assert.That(statuses.Find(new("ran", "bad"))!.Verdict, Is.EqualTo(Verdict.Failed));
        Assert.That(statuses.Find(new("other", "anything")), Is.Null, "a suite that did not run says nothing");
        var diff = RunDiff.Compare(statuses, CaseStatuses.Of(Run("now", ("ran", "anything", Verdict.Failed, "x"), ("other", "y", Verdict.Failed, "y"), ("ran", "bad", Verdict.Failed, "z"))));
        Assert.That(diff.NewlyFailing.Select(c => c.Key.ToString()), Is.EqualTo(new[] { "ran/anything" }));
        Assert.That(diff.ChangedMessages, Is.Empty, "history lines keep no messages to compare");
    }

    [Test]
    public void The_text_lists_each_change_and_ends_with_the_verdict()
    {
        var diff = RunDiff.Compare(
            CaseStatuses.Of(Run("old", ("s", "a", Verdict.Passed, "ok"), ("s", "b", Verdict.Failed, "one\nmore"))),
            CaseStatuses.Of(Run("new", ("s", "a", Verdict.Errored, "System.Exception: boom\n  at X"), ("s", "b", Verdict.Failed, "two"))));

        var lines = RunDiffText.Describe(diff).Split(Environment.NewLine);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "Comparing run new (2026-03-04 05:06 UTC) with run old (2026-03-04 05:06 UTC).",
            "Newly failing (regressions) (1):",
            "  s/a: Passed -> Errored",
            "    System.Exception: boom",
            "Changed messages (1):",
            "  s/b: Failed -> Failed",
            "    before: one",
            "    after:  two",
            "1 regression.",
            "",
        }));
    }

    [Test]
    public void Report_diff_reads_files_or_folders_and_exits_by_regression()
    {
        using var repository = new TempRepository();
        var folder = Directory.CreateDirectory(Path.Combine(repository.Base.FullName, "reports-new"));
        var old = Path.Combine(repository.Base.FullName, "old.json");
        File.WriteAllText(old, System.Text.Json.JsonSerializer.Serialize(Run("old", ("s", "a", Verdict.Passed, "ok")), ReportJson.Indented));
        File.WriteAllText(Path.Combine(folder.FullName, "run.json"), System.Text.Json.JsonSerializer.Serialize(Run("new", ("s", "a", Verdict.Failed, "bad")), ReportJson.Indented));

        Assert.That(Hawk(repository, "report", "diff", old, folder.FullName).Exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(Hawk(repository, "report", "diff", folder.FullName, old).Exit, Is.EqualTo(ExitCodes.Success));
        var missing = Hawk(repository, "report", "diff", old, Path.Combine(repository.Base.FullName, "nowhere"));
        Assert.That(missing.Exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(missing.Err, Does.Contain("does not exist"));
        File.WriteAllText(Path.Combine(repository.Base.FullName, "bad.json"), "{ not json");
        var bad = Hawk(repository, "report", "diff", old, Path.Combine(repository.Base.FullName, "bad.json"));
        Assert.That((bad.Exit, bad.Err.Contains("is not a Hawk run document", StringComparison.Ordinal)), Is.EqualTo((ExitCodes.Configuration, true)));
    }

    [Test]
    public void Report_serve_needs_a_dashboard_to_serve()
    {
        using var repository = new TempRepository();

        var (exit, _, error) = Hawk(repository, "report", "serve", "--dir", repository.Base.FullName);

        Assert.That(exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(error, Does.Contain("has no index.html: run `hawk conformance run` first."));
    }

    [Test]
    public void Report_build_rewrites_the_dashboard_from_run_json_and_links_a_later_coverage_report()
    {
        using var repository = new TempRepository();
        ReportSet.Write(ReportTests.Sample(), repository.Reports);
        var coverage = Directory.CreateDirectory(Path.Combine(repository.Reports.FullName, "coverage"));
        File.WriteAllText(Path.Combine(coverage.FullName, "index.html"), "<html></html>");

        var (exit, output, error) = Hawk(repository, "report", "build", "--dir", repository.Reports.FullName);

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(output, Does.Contain("index.html and summary.md"));
        Assert.That(File.ReadAllText(Path.Combine(repository.Reports.FullName, "index.html")), Does.Contain("href=\"coverage/index.html\""));
        Assert.That(File.ReadAllText(Path.Combine(repository.Reports.FullName, "summary.md")), Does.Contain("Coverage: [report](coverage/index.html)"));
        Assert.That(Hawk(repository, "report", "build", "--dir", repository.Base.FullName).Exit, Is.EqualTo(ExitCodes.Configuration));
    }

    private static (int Exit, string Out, string Err) Hawk(TempRepository repository, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = HawkApp.Run(args, [], output, error, repository.Environment());
        return (exit, output.ToString(), error.ToString());
    }
}
