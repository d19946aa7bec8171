using System.Text.Json;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>
/// A ReportGenerator report in reports/coverage/ (CI writes it with -reporttypes:Html;JsonSummary;MarkdownSummaryGithub):
/// its index page, and the line and branch coverage from Summary.json when present.
/// </summary>
public sealed record CoverageReport(string IndexPath, double? LineCoverage, double? BranchCoverage)
{
    public const string Folder = "coverage";

    /// <summary>The coverage report under <paramref name="reportsDirectory"/>, or null when there is none.</summary>
    public static CoverageReport? Find(DirectoryInfo reportsDirectory)
    {
        var folder = Path.Combine(reportsDirectory.FullName, Folder);
        if (!File.Exists(Path.Combine(folder, "index.html")))
        {
            return null;
        }

        var summary = Path.Combine(folder, "Summary.json");
        if (!File.Exists(summary))
        {
            return new CoverageReport($"{Folder}/index.html", null, null);
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(summary));
            var totals = json.RootElement.GetProperty("summary");
            return new CoverageReport($"{Folder}/index.html", Number(totals, "linecoverage"), Number(totals, "branchcoverage"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            // A coverage summary of another shape still leaves the report itself worth linking.
            return new CoverageReport($"{Folder}/index.html", null, null);
        }
    }

    private static double? Number(JsonElement totals, string name) =>
        totals.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
