using Hawk.Harness.Running;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>
/// Writes the static HTML dashboard: index.html, machines/*.html, suites/*.html and badges/*.svg. It reads
/// history.jsonl for the runs before this one, so it runs after <see cref="HistoryWriter"/>.
/// </summary>
public sealed class DashboardWriter : IReportWriter
{
    public const string FileName = "index.html";

    public IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory) =>
        Write(RunDocument.From(report), reportsDirectory);

    /// <summary>Writes the dashboard of <paramref name="run"/> with the history and coverage found in <paramref name="reportsDirectory"/>.</summary>
    public static IReadOnlyList<FileInfo> Write(RunDocument run, DirectoryInfo reportsDirectory)
    {
        var data = DashboardData.From(run, History.Read(reportsDirectory), CoverageReport.Find(reportsDirectory));
        var written = new List<FileInfo> { Save(reportsDirectory, FileName, IndexPage.Render(data)) };
        foreach (var machine in data.Machines)
        {
            written.Add(Save(reportsDirectory, Html.MachinePath(machine), MachinePage.Render(data, machine)));
            written.Add(Save(reportsDirectory, Badges.RelativePath("machine", machine), Badges.Svg(machine, data.CountsOf(machine))));
        }

        foreach (var suite in run.Suites)
        {
            written.Add(Save(reportsDirectory, Html.SuitePath(suite.SuiteId), SuitePage.Render(data, suite)));
            written.Add(Save(reportsDirectory, Badges.RelativePath("suite", suite.SuiteId), Badges.Svg(suite.SuiteId, suite.Counts)));
        }

        written.Add(Save(reportsDirectory, Badges.RelativePath("all"), Badges.Svg("conformance", run.Totals)));
        return written;
    }

    private static FileInfo Save(DirectoryInfo reportsDirectory, string relativePath, string content)
    {
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, relativePath));
        file.Directory!.Create();
        File.WriteAllText(file.FullName, content);
        return file;
    }
}
