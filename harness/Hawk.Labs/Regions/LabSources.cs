using Hawk.Labs.Definition;

namespace Hawk.Labs.Regions;

/// <summary>
/// Lays out a lab's sources in a folder: the reference, the starter (every region stubbed), the reference with one
/// region stubbed, or a submission (the student's versions of the region files over the reference). Only the files
/// that carry regions ever come from a submission, so a submission cannot change project files or the harness.
/// </summary>
public sealed class LabSources(LabDefinition lab, DirectoryInfo repositoryRoot)
{
    /// <summary>Files beside Hawk.sln that every C# project build needs.</summary>
    public static readonly string[] BuildSupportFiles = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    /// <summary>First line of a starter C# file: the fields the removed solution used are unused until the student's code uses them.</summary>
    public const string StarterPragma = "#pragma warning disable CS0169, CS0414, CS0649 // lab starter: fields your solution will use";

    private static readonly string[] SkippedFolders = ["bin", "obj", "TestResults"];

    public LabDefinition Lab => lab;

    public DirectoryInfo RepositoryRoot => repositoryRoot;

    public DirectoryInfo ReferenceRoot => new(Path.Combine(repositoryRoot.FullName, lab.Reference));

    /// <summary>Paths (relative to the repository root) the lab needs that are missing: its machine is not there yet.</summary>
    public IReadOnlyList<string> MissingRequirements() =>
        [.. lab.Requires
            .Concat(lab.Projects.Select(FromRepository))
            .Distinct(StringComparer.Ordinal)
            .Where(path => !File.Exists(Path.Combine(repositoryRoot.FullName, path)) && !Directory.Exists(Path.Combine(repositoryRoot.FullName, path)))];

    /// <summary>A path relative to the reference folder, as a path relative to the repository root.</summary>
    public string FromRepository(string path) => lab.Reference == "." ? path : $"{lab.Reference}/{path}";

    /// <summary>Regions declared in lab.yaml without markers in one of their files ("region 'x' has no markers in y").</summary>
    /// <exception cref="SolutionMarkerException">A file's markers are malformed.</exception>
    public IReadOnlyList<string> MissingMarkers()
    {
        var missing = new List<string>();
        foreach (var region in lab.Regions)
        {
            foreach (var file in region.Files)
            {
                var path = Path.Combine(ReferenceRoot.FullName, file);
                if (!File.Exists(path))
                {
                    missing.Add($"region '{region.Id}': {FromRepository(file)} does not exist");
                }
                else if (SolutionMarkers.Find(File.ReadAllLines(path), path, lab.Language).All(marked => marked.Id != region.Id))
                {
                    missing.Add($"region '{region.Id}': no BEGIN LAB {region.Id} … END LAB {region.Id} markers in {FromRepository(file)}");
                }
            }
        }

        return missing;
    }

    /// <summary>Writes the lab's sources to <paramref name="target"/>, stubbing the regions <paramref name="stubbed"/> selects.</summary>
    /// <param name="submission">When set, the student's region files replace the reference's (a missing one counts as the starter's).</param>
    public void Materialise(DirectoryInfo target, Func<string, bool> stubbed, DirectoryInfo? submission = null)
    {
        target.Create();
        if (lab.Language == LabLanguage.CSharp)
        {
            foreach (var file in BuildSupportFiles.Where(file => File.Exists(Path.Combine(ReferenceRoot.FullName, file))))
            {
                File.Copy(Path.Combine(ReferenceRoot.FullName, file), Path.Combine(target.FullName, file), overwrite: true);
            }

            foreach (var project in lab.Projects)
            {
                var folder = Path.GetDirectoryName(project) ?? "";
                CopyFolder(new DirectoryInfo(Path.Combine(ReferenceRoot.FullName, folder)), new DirectoryInfo(Path.Combine(target.FullName, folder)));
            }
        }
        else
        {
            CopyFolder(ReferenceRoot, target);
        }

        foreach (var file in lab.StudentFiles)
        {
            var destination = Path.Combine(target.FullName, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            var submitted = submission is null ? null : new FileInfo(Path.Combine(submission.FullName, file));
            if (submitted is { Exists: true })
            {
                File.Copy(submitted.FullName, destination, overwrite: true);
                continue;
            }

            var source = Path.Combine(ReferenceRoot.FullName, file);
            var removed = submission is null ? stubbed : _ => true;
            File.WriteAllLines(destination, Stubbed(source, removed));
        }
    }

    /// <summary>
    /// The reference or starter text of one region file. In C#, a stubbed file starts by silencing the compiler's
    /// unused-field warnings: fields the removed code used would otherwise fail a warnings-as-errors build.
    /// </summary>
    private IEnumerable<string> Stubbed(string source, Func<string, bool> removed)
    {
        var lines = File.ReadAllLines(source);
        var replaced = SolutionMarkers.Replace(lines, source, lab, removed);
        var stubbedAny = SolutionMarkers.Find(lines, source, lab.Language).Any(region => removed(region.Id));
        return stubbedAny && lab.Language == LabLanguage.CSharp ? replaced.Prepend(StarterPragma) : replaced;
    }

    /// <summary>Copies a folder tree without build output; other programs' files are copied as they are.</summary>
    public static void CopyFolder(DirectoryInfo source, DirectoryInfo target)
    {
        target.Create();
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(target.FullName, file.Name), overwrite: true);
        }

        foreach (var folder in source.EnumerateDirectories().Where(folder => !SkippedFolders.Contains(folder.Name, StringComparer.Ordinal)))
        {
            CopyFolder(folder, new DirectoryInfo(Path.Combine(target.FullName, folder.Name)));
        }
    }
}
