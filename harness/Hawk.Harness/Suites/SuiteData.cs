namespace Hawk.Harness.Suites;

/// <summary>A suite manifest together with the folder its (verified) data was found in.</summary>
public sealed record SuiteData(SuiteManifest Manifest, DirectoryInfo Directory)
{
    public string PathOf(string relativePath) => Path.Combine(Directory.FullName, relativePath);
}
