using System.Text.RegularExpressions;
using Hawk.Labs.Definition;

namespace Hawk.Labs.Regions;

/// <summary>One <c>BEGIN LAB id</c> … <c>END LAB id</c> span: the marker lines themselves are 1-based <paramref name="BeginLine"/> and <paramref name="EndLine"/>.</summary>
public sealed record MarkedRegion(string Id, int BeginLine, int EndLine, string Indent);

/// <summary>A marker is malformed (unterminated, nested, mismatched): names the file and line.</summary>
public sealed class SolutionMarkerException(string file, int line, string detail)
    : Exception($"{file}:{line}: {detail}")
{
    public string File => file;

    public int Line => line;
}

/// <summary>
/// Finds solution markers in reference sources: a line whose comment is <c>// BEGIN LAB id</c> (C#) or
/// <c>; BEGIN LAB id</c> (ca65), closed by the matching END line. Regions do not nest.
/// </summary>
public static partial class SolutionMarkers
{
    public static IReadOnlyList<MarkedRegion> Find(IReadOnlyList<string> lines, string file, LabLanguage language)
    {
        var regions = new List<MarkedRegion>();
        (string Id, int Line, string Indent)? open = null;
        for (int index = 0; index < lines.Count; index++)
        {
            var match = Marker(language).Match(lines[index]);
            if (!match.Success)
            {
                continue;
            }

            var (indent, kind, id) = (match.Groups["indent"].Value, match.Groups["kind"].Value, match.Groups["id"].Value);
            int line = index + 1;
            if (kind == "BEGIN")
            {
                if (open is { } outer)
                {
                    throw new SolutionMarkerException(file, line, $"BEGIN LAB {id} inside region '{outer.Id}' opened at line {outer.Line}; regions do not nest");
                }

                open = (id, line, indent);
            }
            else if (open is not { } current || current.Id != id)
            {
                throw new SolutionMarkerException(file, line, open is null ? $"END LAB {id} without a BEGIN" : $"END LAB {id} closes region '{open.Value.Id}' opened at line {open.Value.Line}");
            }
            else
            {
                regions.Add(new MarkedRegion(id, current.Line, line, current.Indent));
                open = null;
            }
        }

        return open is { } unclosed
            ? throw new SolutionMarkerException(file, unclosed.Line, $"BEGIN LAB {unclosed.Id} is never closed by END LAB {unclosed.Id}")
            : regions;
    }

    /// <summary>The lines with every region of <paramref name="removed"/> replaced by its stub (markers kept, so the student sees where to work).</summary>
    public static IReadOnlyList<string> Replace(IReadOnlyList<string> lines, string file, LabDefinition lab, Func<string, bool> removed)
    {
        var regions = Find(lines, file, lab.Language).Where(region => removed(region.Id)).ToList();
        var output = new List<string>(lines.Count);
        int next = 0;
        foreach (var region in regions)
        {
            output.AddRange(lines.Skip(next).Take(region.BeginLine - next));
            output.Add(Stub(lab, lab.Regions.FirstOrDefault(r => r.Id == region.Id), region));
            output.Add(lines[region.EndLine - 1]);
            next = region.EndLine;
        }

        output.AddRange(lines.Skip(next));
        return output;
    }

    private static string Stub(LabDefinition lab, LabRegion? region, MarkedRegion marked)
    {
        var task = region?.Task ?? marked.Id;
        return lab.Language == LabLanguage.CSharp
            ? $"{marked.Indent}throw new NotImplementedException(\"{lab.Id}/{marked.Id}: {task}\");"
            : $"{marked.Indent}rts ; TODO {lab.Id}/{marked.Id}: {task}";
    }

    private static Regex Marker(LabLanguage language) => language == LabLanguage.CSharp ? CSharpMarker() : AssemblyMarker();

    [GeneratedRegex(@"^(?<indent>\s*)//\s*(?<kind>BEGIN|END) LAB (?<id>[A-Za-z0-9_-]+)\s*$")]
    private static partial Regex CSharpMarker();

    [GeneratedRegex(@"^(?<indent>\s*);\s*(?<kind>BEGIN|END) LAB (?<id>[A-Za-z0-9_-]+)\s*$")]
    private static partial Regex AssemblyMarker();
}
