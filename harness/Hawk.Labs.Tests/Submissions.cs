using Hawk.Labs.Definition;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Tests;

/// <summary>Writes fixture submissions: per region, the reference solution, the starter's stub, or a body of the test's own.</summary>
internal static class Submissions
{
    /// <summary>The reference's code for the region.</summary>
    public const string Reference = "\u0000reference";

    private const string BeforeReferenceTag = "\u0000before\n";

    /// <summary>Lines that run first, then the reference's code for the region (in every method the region spans).</summary>
    public static string BeforeReference(string lines) => BeforeReferenceTag + lines;

    /// <param name="bodies">Region id to its body: <see cref="Reference"/>, <see cref="BeforeReference"/>, or replacement lines. Regions not named keep the starter's stub.</param>
    public static DirectoryInfo Write(LabSources sources, DirectoryInfo target, IReadOnlyDictionary<string, string> bodies)
    {
        sources.Materialise(target, id => !bodies.ContainsKey(id));
        foreach (var file in sources.Lab.StudentFiles)
        {
            var path = Path.Combine(target.FullName, file);
            var lines = File.ReadAllLines(path).ToList();
            foreach (var region in SolutionMarkers.Find(lines, path, sources.Lab.Language).Reverse())
            {
                if (bodies.TryGetValue(region.Id, out var body) && body != Reference)
                {
                    Replace(lines, region, body);
                }
            }

            File.WriteAllLines(path, lines);
        }

        return target;
    }

    /// <summary>
    /// Puts <paramref name="body"/> in the region. An expression-bodied region (<c>=&gt;</c> before its BEGIN marker)
    /// becomes a block body first, so that statements fit and the reference's expression is returned after a prefix.
    /// </summary>
    private static void Replace(List<string> lines, MarkedRegion region, string body)
    {
        var prefix = body.StartsWith(BeforeReferenceTag, StringComparison.Ordinal);
        var inserted = body[(prefix ? BeforeReferenceTag.Length : 0)..].Split('\n').ToList();
        int first = region.BeginLine;
        int count = region.EndLine - region.BeginLine - 1;
        var reference = lines.GetRange(first, count).Select(line => line.Trim()).ToList();
        var arrow = lines[first - 2].TrimEnd();
        if (arrow.EndsWith("=>", StringComparison.Ordinal))
        {
            lines[first - 2] = arrow[..^2].TrimEnd();
            inserted = ["{", .. inserted, .. prefix ? ["return " + string.Join(' ', reference)] : Array.Empty<string>(), "}"];
            prefix = false;
        }

        if (!prefix)
        {
            lines.RemoveRange(first, count);
        }

        lines.InsertRange(first, inserted.Select(line => region.Indent + line));
    }

    public static Dictionary<string, string> AllReference(LabDefinition lab) => lab.Regions.ToDictionary(region => region.Id, _ => Reference);
}
