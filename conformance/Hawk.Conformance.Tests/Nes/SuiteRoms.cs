using Hawk.Harness.Configuration;
using Hawk.Harness.NUnit;
using Hawk.Harness.Running;

namespace Hawk.Conformance.Tests.Nes;

/// <summary>ROM files of a suite's data for tests that drive the console directly; missing data ignores the test
/// locally and fails it in CI.</summary>
internal static class SuiteRoms
{
    private static readonly Lazy<ConformanceSession> Session = new(() => new ConformanceSession(HawkSettings.From(ProcessEnvironment.Instance)));

    public static string PathOf(string suite, string rom)
    {
        var data = Session.Value.Locator.Locate(Session.Value.Catalog.Manifests.Single(m => m.Id == suite)).Data;
        new RequiredComponent("SUITES").Ensure(data is null ? $"suite data '{suite}' is missing (hawk suites fetch {suite})" : null);
        return data!.PathOf(rom);
    }
}
