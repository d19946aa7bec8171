using Hawk.Harness.Configuration;

namespace Hawk.Harness.Suites;

/// <summary>Finds a suite's data folder: the first root, in order, that holds &lt;data&gt;/.</summary>
public sealed class SuiteLocator(IReadOnlyList<DirectoryInfo> roots, bool requireSuites)
{
    public SuiteLocator(HawkSettings settings)
        : this(settings.SuiteRoots, settings.RequireSuites)
    {
    }

    public IReadOnlyList<DirectoryInfo> Roots => roots;

    /// <summary>Missing data is an error rather than a skip ($HAWK_REQUIRE_SUITES=1).</summary>
    public bool RequireSuites => requireSuites;

    public SuiteLocation Locate(SuiteManifest manifest)
    {
        var found = roots
            .Select(root => new DirectoryInfo(Path.Combine(root.FullName, manifest.DataFolder)))
            .FirstOrDefault(folder => folder.Exists);
        return new SuiteLocation(manifest, found is null ? null : new SuiteData(manifest, found), roots);
    }
}

/// <summary>Where a suite's data was found, or that it was not.</summary>
public sealed record SuiteLocation(SuiteManifest Manifest, SuiteData? Data, IReadOnlyList<DirectoryInfo> RootsSearched)
{
    public bool IsMissing => Data is null;

    /// <summary>What a person should do about missing data.</summary>
    public string MissingMessage =>
        $"Suite '{Manifest.Id}' data folder '{Manifest.DataFolder}' is in none of the suite roots: "
        + string.Join(", ", RootsSearched.Select(r => r.FullName))
        + $". Run `hawk suites fetch {Manifest.Id}` to download it.";
}
