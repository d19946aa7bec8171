using Hawk.Harness.Configuration;
using Hawk.Harness.Suites;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class SettingsAndLocatorTests
{
    [Test]
    public void The_root_is_HAWK_ROOT_when_set()
    {
        using var repository = new TempRepository();
        var environment = new FixedEnvironment(new Dictionary<string, string> { [EnvironmentVariables.Root] = repository.Root.FullName }, "/home", "/");

        Assert.That(RepositoryRoot.Find(environment).FullName, Is.EqualTo(repository.Root.FullName));
    }

    [Test]
    public void HAWK_ROOT_without_Hawk_sln_is_an_error()
    {
        using var repository = new TempRepository();
        var environment = new FixedEnvironment(new Dictionary<string, string> { [EnvironmentVariables.Root] = repository.Home.FullName }, "/home", repository.Root.FullName);

        var error = Assert.Throws<RepositoryRootNotFoundException>(() => RepositoryRoot.Find(environment));

        Assert.That(error!.Message, Does.Contain(repository.Home.FullName).And.Contain("Hawk.sln"));
    }

    [Test]
    public void The_root_is_searched_above_the_current_directory_then_the_program_folder()
    {
        using var repository = new TempRepository();
        var deep = repository.Root.CreateSubdirectory("machines/Hawk.Nes/bin");
        var empty = new Dictionary<string, string>();

        Assert.That(RepositoryRoot.Find(new FixedEnvironment(empty, "/home", deep.FullName, repository.Home.FullName)).FullName,
            Is.EqualTo(repository.Root.FullName));
        Assert.That(RepositoryRoot.Find(new FixedEnvironment(empty, "/home", repository.Home.FullName, deep.FullName)).FullName,
            Is.EqualTo(repository.Root.FullName));
        var error = Assert.Throws<RepositoryRootNotFoundException>(() =>
            RepositoryRoot.Find(new FixedEnvironment(empty, "/home", repository.Home.FullName, repository.Shared.FullName)));
        Assert.That(error!.Message, Does.Contain("HAWK_ROOT"));
    }

    [Test]
    public void Suite_roots_are_HAWK_SUITES_then_the_cache_then_shared_conformance()
    {
        using var repository = new TempRepository();

        var settings = repository.Settings();

        Assert.That(settings.SuiteRoots.Select(r => r.FullName), Is.EqualTo(new[]
        {
            repository.SuitesRoot.FullName,
            Path.Combine(repository.Home.FullName, ".cache", "hawk", "suites"),
            repository.Shared.FullName,
        }));
        Assert.That(settings.FetchTarget.FullName, Is.EqualTo(repository.SuitesRoot.FullName));
        Assert.That(settings.RequireSuites, Is.False);
        Assert.That(settings.Mirror, Is.Null);
    }

    [Test]
    public void Without_HAWK_SUITES_the_cache_is_first_and_the_fetch_target()
    {
        using var repository = new TempRepository();
        var environment = new FixedEnvironment(new Dictionary<string, string> { [EnvironmentVariables.Root] = repository.Root.FullName }, repository.Home.FullName, "/");

        var settings = HawkSettings.From(environment);

        var cache = Path.Combine(repository.Home.FullName, ".cache", "hawk", "suites");
        Assert.That(settings.SuiteRoots.Select(r => r.FullName), Is.EqualTo(new[] { cache, repository.Shared.FullName }));
        Assert.That(settings.FetchTarget.FullName, Is.EqualTo(cache));
    }

    [TestCase("1", true)]
    [TestCase("true", true)]
    [TestCase("0", false)]
    [TestCase("", false)]
    public void HAWK_REQUIRE_SUITES_makes_suites_required(string value, bool required)
    {
        using var repository = new TempRepository();
        repository.Variables[EnvironmentVariables.RequireSuites] = value;

        var settings = repository.Settings();

        Assert.That(settings.RequireSuites, Is.EqualTo(required));
        Assert.That(new SuiteLocator(settings).RequireSuites, Is.EqualTo(required));
    }

    [Test]
    public void A_mirror_must_be_an_http_url()
    {
        using var repository = new TempRepository();
        repository.Variables[EnvironmentVariables.SuitesMirror] = "ftp://mirror";

        var error = Assert.Throws<InvalidSettingException>(() => repository.Settings());

        Assert.That(error!.Message, Does.Contain("ftp://mirror"));
        Assert.That(HawkSettings.ParseMirror("http://127.0.0.1:8080/m"), Is.EqualTo(new Uri("http://127.0.0.1:8080/m")));
    }

    [Test]
    public void The_first_root_holding_the_data_folder_wins()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.Shared, ("a.txt", "a"));
        var manifest = SuiteCatalog.Load(repository.Settings().SuitesDirectory).Get("alpha");
        var locator = new SuiteLocator(repository.Settings());

        Assert.That(locator.Locate(manifest).Data!.Directory.FullName, Is.EqualTo(Path.Combine(repository.Shared.FullName, "alpha")));

        repository.SuitesRoot.CreateSubdirectory("alpha");
        Assert.That(locator.Locate(manifest).Data!.Directory.FullName, Is.EqualTo(Path.Combine(repository.SuitesRoot.FullName, "alpha")));
    }

    [Test]
    public void Missing_data_names_the_roots_searched_and_the_fetch_command()
    {
        using var repository = new TempRepository();
        repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", [("a.txt", "a")]));
        var manifest = SuiteCatalog.Load(repository.Settings().SuitesDirectory).Get("alpha");

        var location = new SuiteLocator(repository.Settings()).Locate(manifest);

        Assert.That(location.IsMissing, Is.True);
        Assert.That(location.MissingMessage, Does.Contain(repository.SuitesRoot.FullName)
            .And.Contain(repository.Shared.FullName)
            .And.Contain("hawk suites fetch alpha"));
    }
}
