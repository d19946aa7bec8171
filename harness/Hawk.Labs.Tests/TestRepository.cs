using Hawk.Harness.Configuration;
using Hawk.Labs.Definition;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Tests;

/// <summary>The repository these tests run in, and its labs.</summary>
internal static class TestRepository
{
    public static DirectoryInfo Root { get; } = RepositoryRoot.Find();

    public static HawkSettings Settings { get; } = HawkSettings.From(ProcessEnvironment.Instance);

    public static LabSources Sources(string id) => new(LabCatalog.Load(Root, id), Root);
}
