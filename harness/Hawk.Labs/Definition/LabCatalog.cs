namespace Hawk.Labs.Definition;

/// <summary>The labs under course-labs/: each folder with a lab.yaml.</summary>
public static class LabCatalog
{
    public static DirectoryInfo Folder(DirectoryInfo repositoryRoot) => new(Path.Combine(repositoryRoot.FullName, "course-labs"));

    /// <summary>Ids of every lab folder, sorted.</summary>
    public static IReadOnlyList<string> Ids(DirectoryInfo repositoryRoot) =>
        Folder(repositoryRoot) is { Exists: true } folder
            ? [.. folder.EnumerateDirectories().Where(lab => File.Exists(Path.Combine(lab.FullName, LabDefinitionParser.FileName))).Select(lab => lab.Name).Order(StringComparer.Ordinal)]
            : [];

    /// <exception cref="UnknownLabException">No such lab.</exception>
    /// <exception cref="LabDefinitionException">Its lab.yaml is malformed.</exception>
    public static LabDefinition Load(DirectoryInfo repositoryRoot, string id)
    {
        var file = new FileInfo(Path.Combine(Folder(repositoryRoot).FullName, id, LabDefinitionParser.FileName));
        return file.Exists && !id.Contains('/', StringComparison.Ordinal) && !id.Contains("..", StringComparison.Ordinal)
            ? LabDefinitionParser.Load(file)
            : throw new UnknownLabException(id, Ids(repositoryRoot));
    }
}

public sealed class UnknownLabException(string id, IReadOnlyList<string> known)
    : Exception($"no lab '{id}' in course-labs/; known labs: {string.Join(", ", known)}");
