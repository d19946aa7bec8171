using System.Text.Json;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>Writes reports/run.json, the latest run in full (artefacts are referenced by path, written by <see cref="ArtefactFiles"/>).</summary>
public sealed class JsonReportWriter : IReportWriter
{
    public const string FileName = "run.json";

    public IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory)
    {
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, FileName));
        using (var stream = file.Create())
        {
            JsonSerializer.Serialize(stream, RunDocument.From(report), ReportJson.Indented);
        }

        return [file];
    }
}
