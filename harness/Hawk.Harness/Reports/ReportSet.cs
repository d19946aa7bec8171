using Hawk.Harness.Reports.Dashboard;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>Writes a run's artefacts and every report format into one reports folder.</summary>
public static class ReportSet
{
    /// <summary>run.json, history.jsonl, junit.xml, summary.md and the HTML dashboard (last: it reads the history).</summary>
    public static IReadOnlyList<IReportWriter> DefaultWriters { get; } =
        [new JsonReportWriter(), new HistoryWriter(), new JUnitReportWriter(), new MarkdownSummaryWriter(), new DashboardWriter()];

    /// <summary>Writes <paramref name="report"/> with <see cref="DefaultWriters"/>; returns the report files written.</summary>
    public static IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory) =>
        Write(report, reportsDirectory, DefaultWriters);

    /// <summary>Writes the artefacts under artefacts/, then runs <paramref name="writers"/> in order; returns the report files written.</summary>
    public static IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory, IEnumerable<IReportWriter> writers)
    {
        reportsDirectory.Create();
        ArtefactFiles.ReplaceAll(report, reportsDirectory);
        return writers.SelectMany(writer => writer.Write(report, reportsDirectory)).ToList();
    }
}
