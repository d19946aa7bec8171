namespace Hawk.Harness.Reports.Dashboard;

/// <summary>The runs recorded in a reports folder's history.jsonl, oldest first.</summary>
public static class History
{
    /// <summary>The entries of &lt;reports&gt;/history.jsonl; none when the file does not exist.</summary>
    /// <exception cref="System.Text.Json.JsonException">A line is not a history entry.</exception>
    public static IReadOnlyList<HistoryEntry> Read(DirectoryInfo reportsDirectory)
    {
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, HistoryWriter.FileName));
        return file.Exists ? [.. ReportJson.ReadHistory(file).OrderBy(h => h.StartedUtc)] : [];
    }
}
