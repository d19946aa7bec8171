using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>One report format. <see cref="ReportSet"/> runs every writer over the same run into the same reports folder.</summary>
public interface IReportWriter
{
    /// <summary>Writes this format's files for <paramref name="report"/> under <paramref name="reportsDirectory"/> and returns them.</summary>
    IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory);
}
