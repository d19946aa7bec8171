using Hawk.Harness.Reports;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Spectre.Console;

namespace Hawk.Cli.Output;

/// <summary>The end of `hawk conformance run`: per-suite counts, the first failures in full, stale expectations, report paths.</summary>
internal static class RunSummaryView
{
    private const int FailuresShown = 5;

    public static void Write(CliContext context, RunReport report, IReadOnlyList<FileInfo> reports)
    {
        var table = new Table().AddColumns("Suite", "Machine", "Passed", "Failed", "Known", "Unexpected pass", "Skipped", "Errored", "Duration");
        foreach (var suite in report.Suites)
        {
            AddRow(table, suite.SuiteId, suite.Machine, suite.Counts, suite.Duration);
        }

        AddRow(table, "total", "", report.Totals, report.Elapsed);
        context.Console.Write(table);

        var failures = report.Results.Where(r => r.IsFailure).ToList();
        foreach (var failure in failures.Take(FailuresShown))
        {
            context.Out.WriteLine();
            context.Out.WriteLine(ResultText.Describe(failure));
        }

        if (failures.Count > FailuresShown)
        {
            context.Out.WriteLine($"... and {failures.Count - FailuresShown} more failing cases (see the reports).");
        }

        foreach (var stale in report.StaleExpectations)
        {
            context.Out.WriteLine($"warning: stale known failure {stale}: no such case");
        }

        context.Out.WriteLine();
        // Top-level report files one per line; the dashboard's per-machine and per-suite pages and badges as a count.
        var folder = reports.Count > 0 ? reports[0].DirectoryName : null;
        foreach (var file in reports.Where(f => f.DirectoryName == folder))
        {
            context.Out.WriteLine($"Wrote {file.FullName}");
        }

        if (reports.Count(f => f.DirectoryName != folder) is > 0 and var nested)
        {
            context.Out.WriteLine($"Wrote {nested} dashboard pages and badges under {folder}");
        }

        context.Out.WriteLine(report.HasFailures
            ? $"FAILED: {report.Totals.Failures} failing verdicts of {report.Totals.Total} cases."
            : $"OK: {report.Totals.Total} cases, no failing verdict.");
    }

    private static void AddRow(Table table, string suite, string machine, VerdictCounts counts, TimeSpan duration) =>
        table.AddRow(
            new Text(suite),
            new Text(machine),
            new Text($"{counts.Passed}"),
            new Text($"{counts.Failed}"),
            new Text($"{counts.KnownFailure}"),
            new Text($"{counts.UnexpectedPass}"),
            new Text($"{counts.Skipped}"),
            new Text($"{counts.Errored}"),
            new Text($"{duration.TotalSeconds:0.0} s"));
}
