using Hawk.Harness.Configuration;
using Hawk.Harness.NUnit;
using Hawk.Harness.Suites;
using Hawk.Labs.Definition;
using Hawk.Labs.Regions;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Tests;

/// <summary>The repository these tests run in, and its labs.</summary>
internal static class TestRepository
{
    public static DirectoryInfo Root { get; } = RepositoryRoot.Find();

    public static HawkSettings Settings { get; } = HawkSettings.From(ProcessEnvironment.Instance);

    public static LabSources Sources(string id) => new(LabCatalog.Load(Root, id), Root);

    /// <summary>Ignores the test without ca65/ld65, or fails it where they are required ($HAWK_REQUIRE_CC65 or _ALL, CI).</summary>
    public static void RequireCc65() =>
        new RequiredComponent("CC65").Ensure(ExecutablePath.Find("ca65") is null || ExecutablePath.Find("ld65") is null ? "ca65/ld65 not on PATH (apt-get install cc65)" : null);

    /// <summary>Ignores the test when a suite's data is absent, or fails it where suites are required ($HAWK_REQUIRE_SUITES, CI).</summary>
    public static void RequireSuite(string suiteId)
    {
        var location = new SuiteLocator(Settings).Locate(SuiteCatalog.Load(Settings.SuitesDirectory).Get(suiteId));
        new RequiredComponent("SUITES").Ensure(location.IsMissing ? location.MissingMessage : null);
    }
}
