using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Hawk.Labs.Grading;

/// <summary>Whether one source line of the student's assembly ran: <paramref name="Hits"/> is 1 or 0 (the probe reports a set of executed addresses).</summary>
public sealed record LineCoverage(string File, int Line, int Hits);

/// <summary>
/// Coverage of ca65 sources: ld65's debug file (`--dbgfile`) maps each source line that emitted bytes to its address;
/// a line ran when the CPU fetched an instruction at that address. Written as Cobertura for ReportGenerator.
/// </summary>
public static partial class AssemblyCoverage
{
    /// <summary>The lines of <paramref name="sourceName"/> that emitted code or data, each with its first absolute address.</summary>
    /// <exception cref="FormatException">The debug file is not ld65's format 2.</exception>
    public static IReadOnlyDictionary<int, int> LineAddresses(string debugFile, string sourceName)
    {
        var records = debugFile.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Kind: parts[0], Fields: Fields(parts[1])))
            .ToList();
        var files = records.Where(r => r.Kind == "file" && Path.GetFileName(r.Fields["name"].Trim('"')) == sourceName).Select(r => r.Fields["id"]).ToHashSet(StringComparer.Ordinal);
        var segments = records.Where(r => r.Kind == "seg").ToDictionary(r => r.Fields["id"], r => Number(r.Fields["start"]), StringComparer.Ordinal);
        var spans = records.Where(r => r.Kind == "span").ToDictionary(r => r.Fields["id"], r => segments[r.Fields["seg"]] + Number(r.Fields["start"]), StringComparer.Ordinal);
        var lines = new SortedDictionary<int, int>();
        foreach (var (_, fields) in records.Where(r => r.Kind == "line" && files.Contains(r.Fields["file"]) && r.Fields.ContainsKey("span") && !r.Fields.ContainsKey("type")))
        {
            int address = (int)fields["span"].Split('+').Min(span => spans[span]);
            int line = (int)Number(fields["line"]);
            lines[line] = lines.TryGetValue(line, out var known) ? Math.Min(known, address) : address;
        }

        return lines;
    }

    /// <summary>Cobertura XML of the given lines, one class per file (what ReportGenerator reads).</summary>
    public static string Cobertura(IReadOnlyList<LineCoverage> lines, string sourceFolder)
    {
        static string Rate(int covered, int valid) => (valid == 0 ? 1.0 : (double)covered / valid).ToString("0.####", CultureInfo.InvariantCulture);
        int covered = lines.Count(line => line.Hits > 0);
        var classes = lines.GroupBy(line => line.File, StringComparer.Ordinal).Select(file => new XElement("class",
            new XAttribute("name", Path.GetFileNameWithoutExtension(file.Key)),
            new XAttribute("filename", file.Key),
            new XAttribute("line-rate", Rate(file.Count(line => line.Hits > 0), file.Count())),
            new XAttribute("branch-rate", "0"),
            new XAttribute("complexity", "0"),
            new XElement("methods"),
            new XElement("lines", file.OrderBy(line => line.Line).Select(line => new XElement("line",
                new XAttribute("number", line.Line), new XAttribute("hits", line.Hits), new XAttribute("branch", "false"))))));
        var document = new XDocument(new XElement("coverage",
            new XAttribute("line-rate", Rate(covered, lines.Count)),
            new XAttribute("branch-rate", "0"),
            new XAttribute("lines-covered", covered),
            new XAttribute("lines-valid", lines.Count),
            new XAttribute("branches-covered", 0),
            new XAttribute("branches-valid", 0),
            new XAttribute("complexity", 0),
            new XAttribute("version", "1"),
            new XAttribute("timestamp", 0),
            new XElement("sources", new XElement("source", sourceFolder)),
            new XElement("packages", new XElement("package",
                new XAttribute("name", "student"),
                new XAttribute("line-rate", Rate(covered, lines.Count)),
                new XAttribute("branch-rate", "0"),
                new XAttribute("complexity", "0"),
                new XElement("classes", classes)))));
        return document.ToString();
    }

    private static Dictionary<string, string> Fields(string text) =>
        FieldPattern().Matches(text).ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value, StringComparer.Ordinal);

    private static long Number(string text) =>
        text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? long.Parse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)
            : long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>key=value pairs separated by commas; values may be quoted strings containing commas.</summary>
    [GeneratedRegex("""([a-z]+)=("[^"]*"|[^,]*)""")]
    private static partial Regex FieldPattern();
}
