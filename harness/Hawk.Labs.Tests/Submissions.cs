using Hawk.Labs.Definition;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Tests;

/// <summary>Writes fixture submissions: per region, the reference solution, the starter's stub, or a body of the test's own.</summary>
internal static class Submissions
{
    /// <summary>The reference's code for the region.</summary>
    public const string Reference = "\u0000reference";

    /// <param name="bodies">Region id to its body: <see cref="Reference"/>, or replacement lines. Regions not named keep the starter's stub.</param>
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
                    lines.RemoveRange(region.BeginLine, region.EndLine - region.BeginLine - 1);
                    lines.InsertRange(region.BeginLine, body.Split('\n').Select(line => region.Indent + line));
                }
            }

            File.WriteAllLines(path, lines);
        }

        return target;
    }

    public static Dictionary<string, string> AllReference(LabDefinition lab) => lab.Regions.ToDictionary(region => region.Id, _ => Reference);
}
