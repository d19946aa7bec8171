using Hawk.Harness.Suites;
using Hawk.Harness.Tests.Support;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Tests;

public sealed class SuiteCatalogTests
{
    [Test]
    public void Loads_every_manifest_and_collects_errors_per_broken_one()
    {
        using var repository = new TempRepository();
        repository.AddSuite("beta", repository.SuitesRoot, ("b.txt", "b"));
        repository.AddSuite("alpha", repository.SuitesRoot, ("a.txt", "a"));
        repository.WriteManifest("broken", "id: broken\ntitle: [\n");
        repository.WriteManifest("misnamed", TempRepository.ManifestYaml("other", [("x.txt", "x")]));
        Directory.CreateDirectory(Path.Combine(repository.Root.FullName, "conformance", "suites", "no-manifest"));

        var catalog = SuiteCatalog.Load(repository.Settings().SuitesDirectory);

        Assert.That(catalog.Manifests.Select(m => m.Id), Is.EqualTo(new[] { "alpha", "beta" }));
        Assert.That(catalog.Errors.Select(e => Path.GetFileName(Path.GetDirectoryName(e.FilePath))), Is.EqualTo(new[] { "broken", "misnamed" }));
        Assert.That(catalog.Find("alpha")!.Files[0].Path, Is.EqualTo("a.txt"));
        Assert.That(catalog.Find("broken"), Is.Null);
        Assert.Throws<SuiteManifestException>(() => catalog.Get("broken"));
        var unknown = Assert.Throws<UnknownSuiteException>(() => catalog.Get("gamma"));
        Assert.That(unknown!.Message, Does.Contain("conformance/suites/gamma/suite.yaml").And.Contain("alpha, beta"));
    }

    [Test]
    public void A_repository_without_suites_has_an_empty_catalog()
    {
        using var repository = new TempRepository();

        var catalog = SuiteCatalog.Load(repository.Settings().SuitesDirectory);

        Assert.That(catalog.Manifests, Is.Empty);
        Assert.That(catalog.Errors, Is.Empty);
    }
}
