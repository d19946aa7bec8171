namespace Hawk.Harness.Configuration;

/// <summary>Where Hawk finds its repository and suite data, resolved once from an environment.</summary>
/// <param name="RepositoryRoot">The folder holding Hawk.sln.</param>
/// <param name="SuiteRoots">Suite data roots in lookup order: $HAWK_SUITES, ~/.cache/hawk/suites, &lt;repo&gt;/../shared/conformance.</param>
/// <param name="FetchTarget">Where `hawk suites fetch` writes: $HAWK_SUITES, else ~/.cache/hawk/suites.</param>
/// <param name="RequireSuites">Missing suite data is an error rather than a skip ($HAWK_REQUIRE_SUITES=1).</param>
/// <param name="Mirror">Base URL of a suite mirror ($HAWK_SUITES_MIRROR), if any.</param>
public sealed record HawkSettings(
    DirectoryInfo RepositoryRoot,
    IReadOnlyList<DirectoryInfo> SuiteRoots,
    DirectoryInfo FetchTarget,
    bool RequireSuites,
    Uri? Mirror)
{
    public DirectoryInfo SuitesDirectory => new(Path.Combine(RepositoryRoot.FullName, "conformance", "suites"));

    public DirectoryInfo ExpectationsDirectory => new(Path.Combine(RepositoryRoot.FullName, "conformance", "expectations"));

    public DirectoryInfo DefaultReportsDirectory => new(Path.Combine(RepositoryRoot.FullName, "reports"));

    /// <exception cref="RepositoryRootNotFoundException">The repository root cannot be found.</exception>
    /// <exception cref="InvalidSettingException">$HAWK_SUITES_MIRROR is not an absolute http(s) URL.</exception>
    public static HawkSettings From(IHawkEnvironment environment)
    {
        var root = Configuration.RepositoryRoot.Find(environment);
        var cache = new DirectoryInfo(Path.Combine(environment.HomeDirectory, ".cache", "hawk", "suites"));
        var shared = new DirectoryInfo(Path.GetFullPath(Path.Combine(root.FullName, "..", "shared", "conformance")));
        var explicitRoot = environment.Variable(EnvironmentVariables.Suites) is { } path ? new DirectoryInfo(path) : null;

        var roots = explicitRoot is null ? new[] { cache, shared } : [explicitRoot, cache, shared];
        return new HawkSettings(
            root,
            roots,
            explicitRoot ?? cache,
            IsTrue(environment.Variable(EnvironmentVariables.RequireSuites)),
            ParseMirror(environment.Variable(EnvironmentVariables.SuitesMirror)));
    }

    /// <summary>Parses a mirror base URL given on the command line or in $HAWK_SUITES_MIRROR.</summary>
    /// <exception cref="InvalidSettingException">The value is not an absolute http(s) URL.</exception>
    public static Uri? ParseMirror(string? value) =>
        value is null ? null
        : Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri
        : throw new InvalidSettingException($"Suite mirror '{value}' is not an absolute http(s) URL.");

    /// <summary>"1" or "true" (any case), as Hawk's boolean environment variables are spelled.</summary>
    public static bool IsTrue(string? value) =>
        value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}

/// <summary>A setting from the environment or the command line has an unusable value.</summary>
public sealed class InvalidSettingException(string message) : Exception(message);
