using System.Text.Json;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>The runs recorded in a reports folder's history.jsonl, oldest first, and the lines that could not be read.</summary>
public sealed record History(IReadOnlyList<HistoryEntry> Entries, IReadOnlyList<string> Problems)
{
    public static History None { get; } = new([], []);

    /// <summary>
    /// Reads &lt;reports&gt;/history.jsonl; none when the file does not exist. A damaged line (an interrupted write, a
    /// hand edit) is reported in <see cref="Problems"/> instead of failing the run that is writing its reports.
    /// </summary>
    public static History Read(DirectoryInfo reportsDirectory)
    {
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, HistoryWriter.FileName));
        if (!file.Exists)
        {
            return None;
        }

        var entries = new List<HistoryEntry>();
        var problems = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                var entry = JsonSerializer.Deserialize<HistoryEntry>(line, ReportJson.Compact);
                if (entry is { Schema: HistoryEntry.CurrentSchema, RunId: not null, Suites: not null, NotPassing: not null, Totals: not null })
                {
                    entries.Add(entry);
                    continue;
                }

                problems.Add($"{file.Name} line {number}: not a {HistoryEntry.CurrentSchema} entry");
            }
            catch (JsonException e)
            {
                problems.Add($"{file.Name} line {number}: {e.Message}");
            }
        }

        return new History([.. entries.OrderBy(h => h.StartedUtc)], problems);
    }
}
