using System.Globalization;
using System.Text;
using Hawk.Harness.Reports.Comparison;
using Hawk.Harness.Reports.Dashboard;
using Hawk.Harness.Results;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>
/// Writes reports/summary.md: totals, regressions since the previous run, machines, suites and failing cases in
/// GitHub-flavoured Markdown, short enough for $GITHUB_STEP_SUMMARY and a pull-request comment.
/// </summary>
public sealed class MarkdownSummaryWriter : IReportWriter
{
    public const string FileName = "summary.md";
    private const int CasesListed = 25;

    public IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory) =>
        Write(RunDocument.From(report), reportsDirectory);

    /// <summary>Writes the summary of <paramref name="run"/> with the history and coverage found in <paramref name="reportsDirectory"/>.</summary>
    public static IReadOnlyList<FileInfo> Write(RunDocument run, DirectoryInfo reportsDirectory)
    {
        var data = DashboardData.From(run, History.Read(reportsDirectory), CoverageReport.Find(reportsDirectory));
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, FileName));
        File.WriteAllText(file.FullName, Render(data));
        return [file];
    }

    public static string Render(DashboardData data)
    {
        var run = data.Run;
        var md = new StringBuilder();
        var state = run.Totals.Failures > 0 ? "❌" : "✅";
        md.AppendLine(CultureInfo.InvariantCulture, $"## {state} Hawk conformance: {PassRate.Format(run.Totals)} ({run.Totals.Passed + run.Totals.UnexpectedPass} of {run.Totals.Total - run.Totals.Skipped} judged cases pass)");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Run `{run.RunId}` started {run.StartedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}{(run.GitCommit is { } c ? $" at commit `{TrendChart.Short(c)}`" : "")} on {Cell(run.Host.MachineName)}, {(run.FinishedUtc - run.StartedUtc).TotalSeconds:0.#} s.");
        if (data.Coverage is { } coverage)
        {
            var line = coverage.LineCoverage is { } l ? string.Create(CultureInfo.InvariantCulture, $"{l:0.#}% of lines") : "report";
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Coverage: [{line}]({coverage.IndexPath})");
        }

        md.AppendLine();
        Changes(md, data.Diff);
        md.AppendLine("| | pass rate | passed | failed | errored | known failures | unexpected passes | skipped | total |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Row(md, "**all**", run.Totals);
        foreach (var machine in data.Machines)
        {
            Row(md, $"**{Cell(machine)}**", data.CountsOf(machine));
            foreach (var suite in data.SuitesOf(machine))
            {
                Row(md, $"&nbsp;&nbsp;{Cell(suite.SuiteId)}", suite.Counts);
            }
        }

        var failing = data.Failing.ToList();
        if (failing.Count > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### Failing ({failing.Count})").AppendLine();
            CaseList(md, failing.Select(f => (new SuiteCaseKey(f.SuiteId, f.CaseId), f.Verdict.ToString(), f.Message)).ToList());
        }

        // Folded: known failures are expected, but a reviewer should be able to see what the list still excuses.
        var known = run.Cases.Where(c => c.Verdict == Verdict.KnownFailure).ToList();
        if (known.Count > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"<details><summary>Known failures ({known.Count})</summary>").AppendLine();
            CaseList(md, known.Select(k => (new SuiteCaseKey(k.SuiteId, k.CaseId), "known failure", k.KnownFailureReason ?? "")).ToList());
            md.AppendLine().AppendLine("</details>");
        }

        return md.ToString();
    }

    private static void Changes(StringBuilder md, RunDiff? diff)
    {
        if (diff is null)
        {
            md.AppendLine("First run in the history: no comparison.").AppendLine();
            return;
        }

        var since = $"since run `{TrendChart.Short(diff.Before.RunId)}` ({diff.Before.StartedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)})";
        if (!diff.HasRegressions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"No regressions {since}.");
        }
        else
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### 🔻 {diff.NewlyFailing.Count} regression{(diff.NewlyFailing.Count == 1 ? "" : "s")} {since}").AppendLine();
            CaseList(md, diff.NewlyFailing.Select(Describe).ToList());
        }

        if (diff.NewlyPassing.Count > 0)
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"### 🔺 {diff.NewlyPassing.Count} newly passing").AppendLine();
            CaseList(md, diff.NewlyPassing.Select(Describe).ToList());
        }

        md.AppendLine();
    }

    private static (SuiteCaseKey, string, string) Describe(CaseChange change) =>
        (change.Key, $"{change.Before.Verdict} → {change.After.Verdict}", change.After.Message ?? "");

    private static void CaseList(StringBuilder md, IReadOnlyList<(SuiteCaseKey Key, string Verdict, string Message)> cases)
    {
        foreach (var (key, verdict, message) in cases.Take(CasesListed))
        {
            var first = message.Split('\n', 2)[0].TrimEnd('\r');
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{key}` {verdict}{(first.Length > 0 ? $": {Cell(first)}" : "")}");
        }

        if (cases.Count > CasesListed)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- … and {cases.Count - CasesListed} more (see the dashboard)");
        }
    }

    private static void Row(StringBuilder md, string name, VerdictCounts c) =>
        md.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {PassRate.Format(c)} | {c.Passed} | {c.Failed} | {c.Errored} | {c.KnownFailure} | {c.UnexpectedPass} | {c.Skipped} | {c.Total} |");

    /// <summary>Text made safe for a table cell or list item: pipes escaped, HTML angle brackets neutralised.</summary>
    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
