using Hawk.Harness.Running;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Suites;

/// <summary>Reads conformance/suites/&lt;id&gt;/suite.yaml into a <see cref="SuiteManifest"/>, rejecting anything off-schema.</summary>
public static class SuiteManifestParser
{
    public const string FileName = "suite.yaml";

    /// <exception cref="SuiteManifestException">The manifest is malformed or its id differs from its folder name.</exception>
    public static SuiteManifest Load(FileInfo file)
    {
        var folderName = file.Directory?.Name ?? "";
        return Parse(File.ReadAllText(file.FullName), file.FullName, folderName);
    }

    /// <param name="expectedId">The manifest's folder name, which its id must equal.</param>
    /// <exception cref="SuiteManifestException">The manifest is malformed.</exception>
    public static SuiteManifest Parse(string yaml, string filePath, string expectedId)
    {
        var root = YamlDocument.LoadRoot(yaml, YamlErrors.ForManifest(filePath));
        root.AllowOnly("id", "title", "machine", "data", "budget", "upstream", "files");

        var id = root.RequiredString("id");
        if (id != expectedId)
        {
            throw root.ErrorAt("id", $"'id' is '{id}' but the manifest's folder is '{expectedId}'; they must be equal");
        }

        var title = root.RequiredString("title");
        var machine = root.RequiredString("machine");
        var data = root.Optional<string>("data", Syntax.IsFolderName, "must be a single folder name") ?? id;
        var budget = root.OptionalMap("budget") is { } budgetMap ? ReadBudget(budgetMap) : Budget.Default;
        var repositories = new HashSet<string>(StringComparer.Ordinal);
        var upstreams = root.RequiredList("upstream", map => ReadUpstream(map, repositories));
        var paths = new HashSet<string>(StringComparer.Ordinal);
        var files = root.RequiredList("files", map => ReadFile(map, upstreams, paths));

        return new SuiteManifest(id, title, machine, data, budget, upstreams, files, filePath);
    }

    private static Budget ReadBudget(MapReader map)
    {
        map.AllowOnly("cycles", "wall_time");
        var cycles = map.Optional<long>("cycles", Syntax.IsPositiveLong, "must be a positive integer");
        var wallTime = map.Optional<TimeSpan>("wall_time", Syntax.TryParseDuration, "must be a duration such as 500ms, 30s, 2m or 1h");
        return new Budget(
            cycles == 0 ? Budget.Default.Cycles : cycles,
            wallTime == TimeSpan.Zero ? Budget.Default.WallTime : wallTime);
    }

    private static Upstream ReadUpstream(MapReader map, HashSet<string> seen)
    {
        map.AllowOnly("repository", "commit", "licence", "url", "note");
        return new Upstream(
            Unique(map, "repository", map.Required<string>("repository", Syntax.IsRepository, "must be 'owner/name'"), seen),
            map.Required<string>("commit", Syntax.IsCommit, "must be 40 hex digits"),
            map.RequiredString("licence"),
            map.Optional<string>("url", Syntax.IsUrlTemplate, "must be an absolute http(s) URL, optionally with {repository}, {commit} and {source}"),
            map.OptionalString("note"));
    }

    private static SuiteFile ReadFile(MapReader map, IReadOnlyList<Upstream> upstreams, HashSet<string> seen)
    {
        map.AllowOnly("path", "source", "from", "sha256", "bytes");
        var path = Unique(map, "path", map.Required<string>("path", Syntax.IsRelativePath, "must be a relative path inside the data folder (no '..', not rooted)"), seen);
        var source = map.Optional<string>("source", Syntax.IsRelativePath, "must be a relative path in the upstream repository");
        var from = map.OptionalString("from");
        if (from is not null && upstreams.All(u => u.Repository != from))
        {
            throw map.ErrorAt("from", $"'{map.Qualify("from")}' names '{from}', which is not an upstream repository of this suite");
        }

        if (source is not null && from is null)
        {
            from = upstreams.Count == 1
                ? upstreams[0].Repository
                : throw map.ErrorAt("source", $"'{map.Qualify("from")}' is required: the suite has {upstreams.Count} upstreams");
        }

        var sha256 = map.Required<string>("sha256", Syntax.IsSha256, "must be 64 hex digits");
        var bytes = map.Required<long>("bytes", MapReader.NonNegativeLong, "must be a non-negative integer");
        return new SuiteFile(path, source, from, sha256.ToLowerInvariant(), bytes);
    }

    private static string Unique(MapReader map, string key, string value, HashSet<string> seen) =>
        seen.Add(value) ? value : throw map.ErrorAt(key, $"'{map.Qualify(key)}' repeats '{value}'");
}
