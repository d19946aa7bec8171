namespace Hawk.Harness.Suites;

/// <summary>Checks a suite's data folder against its manifest: every file present, of the pinned size and digest.</summary>
public static class SuiteVerifier
{
    /// <summary>The problems found, in manifest order; empty when the data is intact.</summary>
    public static IReadOnlyList<SuiteFileProblem> Verify(SuiteData data) =>
        data.Manifest.Files.Select(file => Check(file, new FileInfo(data.PathOf(file.Path))))
            .OfType<SuiteFileProblem>()
            .ToList();

    /// <summary>The problem with <paramref name="actual"/> as a copy of <paramref name="file"/>, or null when it matches.</summary>
    public static SuiteFileProblem? Check(SuiteFile file, FileInfo actual)
    {
        if (!actual.Exists)
        {
            return new MissingFile(file);
        }

        if (actual.Length != file.Bytes)
        {
            return new SizeMismatch(file, actual.Length);
        }

        var digest = FileDigests.Sha256(actual);
        return digest == file.Sha256 ? null : new DigestMismatch(file, digest);
    }
}
