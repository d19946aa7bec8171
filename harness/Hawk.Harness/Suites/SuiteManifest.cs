using Hawk.Harness.Running;

namespace Hawk.Harness.Suites;

/// <summary>
/// conformance/suites/&lt;id&gt;/suite.yaml: what a suite is, where its pinned data comes from and how cases are bounded.
/// </summary>
/// <param name="Id">Suite id, equal to the manifest's folder name.</param>
/// <param name="Machine">Machine id the suite runs on (mos6502, nes, jvm, x86, hypervisor, containers).</param>
/// <param name="DataFolder">Folder name of the data under a suite root ($HAWK_SUITES, ~/.cache/hawk/suites, ../shared/conformance).</param>
/// <param name="Budget">Default per-case budget.</param>
/// <param name="ManifestPath">Where the manifest was read from, for error messages.</param>
public sealed record SuiteManifest(
    string Id,
    string Title,
    string Machine,
    string DataFolder,
    Budget Budget,
    IReadOnlyList<Upstream> Upstreams,
    IReadOnlyList<SuiteFile> Files,
    string ManifestPath);

/// <summary>A pinned upstream repository. <paramref name="UrlTemplate"/> expands {repository}, {commit} and {source};
/// null when the files are derived (e.g. a subset) and only a mirror laid out like the data folder can serve them.</summary>
public sealed record Upstream(string Repository, string Commit, string Licence, string? UrlTemplate, string? Note);

/// <summary>One data file: its path in the data folder, its path upstream, which upstream, and its pinned digest.</summary>
public sealed record SuiteFile(string Path, string? Source, string? From, string Sha256, long Bytes);
