using Hawk.Harness.Suites;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class SuiteVerifierTests
{
    private static SuiteData Data(TempRepository repository)
    {
        var manifest = SuiteCatalog.Load(repository.Settings().SuitesDirectory).Get("alpha");
        return new SuiteLocator(repository.Settings()).Locate(manifest).Data!;
    }

    [Test]
    public void Intact_data_has_no_problems()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("a.txt", "alpha"), ("sub/b.txt", "beta"));

        Assert.That(SuiteVerifier.Verify(Data(repository)), Is.Empty);
    }

    [Test]
    public void Missing_resized_and_altered_files_are_each_reported()
    {
        using var repository = new TempRepository();
        repository.AddSuite("alpha", repository.SuitesRoot, ("a.txt", "alpha"), ("b.txt", "beta"), ("c.txt", "gamma"));
        var folder = Path.Combine(repository.SuitesRoot.FullName, "alpha");
        File.Delete(Path.Combine(folder, "a.txt"));
        File.WriteAllText(Path.Combine(folder, "b.txt"), "beta!");
        File.WriteAllText(Path.Combine(folder, "c.txt"), "GAMMA");

        var problems = SuiteVerifier.Verify(Data(repository));

        Assert.That(problems, Has.Count.EqualTo(3));
        Assert.That(problems[0], Is.TypeOf<MissingFile>());
        Assert.That(problems[0].File.Path, Is.EqualTo("a.txt"));
        Assert.That(problems[1], Is.EqualTo(new SizeMismatch(problems[1].File, 5)));
        Assert.That(problems[1].ToString(), Is.EqualTo("b.txt: 5 bytes, expected 4"));
        var digest = (DigestMismatch)problems[2];
        Assert.That(digest.ExpectedSha256, Is.EqualTo(TempRepository.Sha256("gamma")));
        Assert.That(digest.ActualSha256, Is.EqualTo(TempRepository.Sha256("GAMMA")));
    }

    [Test]
    public void Digests_are_recomputed_when_a_file_changes()
    {
        using var repository = new TempRepository();
        var file = new FileInfo(Path.Combine(repository.Base.FullName, "x.bin"));
        File.WriteAllText(file.FullName, "one");
        var first = FileDigests.Sha256(file);
        File.WriteAllText(file.FullName, "two");
        File.SetLastWriteTimeUtc(file.FullName, DateTime.UtcNow.AddMinutes(1));

        Assert.That(first, Is.EqualTo(TempRepository.Sha256("one")));
        Assert.That(FileDigests.Sha256(file), Is.EqualTo(TempRepository.Sha256("two")));
    }
}
