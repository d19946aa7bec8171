using Hawk.Harness.Suites;

namespace Hawk.Harness.Running;

/// <summary>Why a suite's cases cannot run.</summary>
public enum UnavailableKind
{
    /// <summary>The data is in no suite root: a skip, or an error when suites are required.</summary>
    Missing,
    /// <summary>The manifest, the expectations, the data's digests or the adapter's enumeration is broken: always an error.</summary>
    Broken,
}

public sealed record SuiteUnavailable(UnavailableKind Kind, string Message);

/// <summary>A suite ready to run (data located and verified, cases enumerated), or the reason it is not.</summary>
public sealed record PreparedSuite(string SuiteId, SuiteManifest? Manifest, SuiteData? Data, IReadOnlyList<SuiteCase> Cases, SuiteUnavailable? Problem)
{
    /// <summary>The id of the single stand-in case reported for a suite that cannot run.</summary>
    public const string PlaceholderCaseId = "suite-unavailable";

    public SuiteCase Placeholder => new(SuiteId, PlaceholderCaseId, "");

    public static PreparedSuite Unavailable(string suiteId, SuiteManifest? manifest, UnavailableKind kind, string message) =>
        new(suiteId, manifest, null, [], new SuiteUnavailable(kind, message));
}
