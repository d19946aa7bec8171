namespace Hawk.Harness.Suites;

/// <summary>A suite's data could not be fetched: no source for a file, an HTTP failure, or a file that is not the pinned one.</summary>
public class SuiteFetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A downloaded file's sha256 differs from the manifest's pin; nothing was kept.</summary>
public sealed class SuiteDigestMismatchException(string suiteId, SuiteFile file, Uri source, string actualSha256)
    : SuiteFetchException($"Suite '{suiteId}' file '{file.Path}' from {source} has sha256 {actualSha256}, expected {file.Sha256}; it was not kept.")
{
    public SuiteFile File => file;

    public string ExpectedSha256 => file.Sha256;

    public string ActualSha256 => actualSha256;
}
