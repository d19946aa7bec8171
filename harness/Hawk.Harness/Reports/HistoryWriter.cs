using System.Text.Json;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>Appends one compact line per run to reports/history.jsonl.</summary>
public sealed class HistoryWriter : IReportWriter
{
    public const string FileName = "history.jsonl";

    public IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory)
    {
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, FileName));
        File.AppendAllText(file.FullName, JsonSerializer.Serialize(HistoryEntry.From(report), ReportJson.Compact) + "\n");
        return [file];
    }
}
