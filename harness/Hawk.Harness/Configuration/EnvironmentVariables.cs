namespace Hawk.Harness.Configuration;

/// <summary>The environment variables Hawk honours, in one place.</summary>
public static class EnvironmentVariables
{
    /// <summary>The repository root (the folder holding Hawk.sln); otherwise it is searched for.</summary>
    public const string Root = "HAWK_ROOT";

    /// <summary>The first suite data root, and the target of `hawk suites fetch`.</summary>
    public const string Suites = "HAWK_SUITES";

    /// <summary>"1" (or "true") turns missing suite data from a skip into an error (CI).</summary>
    public const string RequireSuites = "HAWK_REQUIRE_SUITES";

    /// <summary>Base URL of a mirror laid out like a suite root: &lt;mirror&gt;/&lt;data&gt;/&lt;path&gt;.</summary>
    public const string SuitesMirror = "HAWK_SUITES_MIRROR";
}
