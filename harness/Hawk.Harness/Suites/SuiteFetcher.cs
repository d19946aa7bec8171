using System.Security.Cryptography;

namespace Hawk.Harness.Suites;

/// <summary>Bytes downloaded so far, of one file and of the whole suite; <paramref name="FileDone"/> once per file, when it is in place.</summary>
public sealed record FetchProgress(string File, long FileBytes, long FileTotal, long SuiteBytes, long SuiteTotal, bool FileDone);

/// <summary>What a fetch did: the data folder, files downloaded, files that were already present and intact.</summary>
public sealed record FetchSummary(DirectoryInfo Directory, int Downloaded, int AlreadyPresent, long BytesDownloaded);

/// <summary>
/// Downloads a suite's pinned files into &lt;target root&gt;/&lt;data&gt;/. Each file goes to a temporary file first, is
/// checked for size and sha256, and only then moved into place, so a bad or interrupted download leaves nothing behind.
/// </summary>
public sealed class SuiteFetcher(HttpClient http)
{
    private const int BufferSize = 1 << 16;

    /// <summary>Fetches every file not already present and intact; <paramref name="mirror"/>, when given, replaces the upstream URLs.</summary>
    /// <exception cref="SuiteFetchException">A file has no source, a download failed, or a file is not the pinned one.</exception>
    public async Task<FetchSummary> FetchAsync(SuiteManifest manifest, DirectoryInfo targetRoot, Uri? mirror,
        IProgress<FetchProgress>? progress = null, CancellationToken cancellation = default)
    {
        var plan = FetchPlan.For(manifest, mirror);
        var folder = new DirectoryInfo(Path.Combine(targetRoot.FullName, manifest.DataFolder));
        var suiteTotal = manifest.Files.Sum(f => f.Bytes);
        long suiteBytes = 0, downloadedBytes = 0;
        var downloaded = 0;
        foreach (var (file, url) in plan)
        {
            var destination = new FileInfo(Path.Combine(folder.FullName, file.Path));
            if (SuiteVerifier.Check(file, destination) is not null)
            {
                var done = suiteBytes;
                await DownloadAsync(manifest.Id, file, url, destination,
                    bytes => progress?.Report(new FetchProgress(file.Path, bytes, file.Bytes, done + bytes, suiteTotal, FileDone: false)),
                    cancellation).ConfigureAwait(false);
                downloaded++;
                downloadedBytes += file.Bytes;
            }

            suiteBytes += file.Bytes;
            progress?.Report(new FetchProgress(file.Path, file.Bytes, file.Bytes, suiteBytes, suiteTotal, FileDone: true));
        }

        return new FetchSummary(folder, downloaded, plan.Count - downloaded, downloadedBytes);
    }

    private async Task DownloadAsync(string suiteId, SuiteFile file, Uri url, FileInfo destination, Action<long> reportBytes, CancellationToken cancellation)
    {
        destination.Directory!.Create();
        var temporary = Path.Combine(destination.DirectoryName!, $".{destination.Name}.{Guid.NewGuid():n}.part");
        try
        {
            var digest = await DownloadToAsync(suiteId, file, url, temporary, reportBytes, cancellation).ConfigureAwait(false);
            if (digest != file.Sha256)
            {
                throw new SuiteDigestMismatchException(suiteId, file, url, digest);
            }

            File.Move(temporary, destination.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Streams <paramref name="url"/> into <paramref name="path"/>, enforcing the pinned size; returns the sha256.</summary>
    private async Task<string> DownloadToAsync(string suiteId, SuiteFile file, Uri url, string path, Action<long> reportBytes, CancellationToken cancellation)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new SuiteFetchException($"Suite '{suiteId}' file '{file.Path}': GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var source = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
            await using (source.ConfigureAwait(false))
            {
                var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
                await using (target.ConfigureAwait(false))
                {
                    var buffer = new byte[BufferSize];
                    long total = 0;
                    int read;
                    while ((read = await source.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
                    {
                        total += read;
                        if (total > file.Bytes)
                        {
                            throw new SuiteFetchException($"Suite '{suiteId}' file '{file.Path}' from {url} is longer than the pinned {file.Bytes} bytes; it was not kept.");
                        }

                        hash.AppendData(buffer, 0, read);
                        await target.WriteAsync(buffer.AsMemory(0, read), cancellation).ConfigureAwait(false);
                        reportBytes(total);
                    }

                    if (total != file.Bytes)
                    {
                        throw new SuiteFetchException($"Suite '{suiteId}' file '{file.Path}' from {url} has {total} bytes, expected {file.Bytes}; it was not kept.");
                    }
                }
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch (HttpRequestException e)
        {
            throw new SuiteFetchException($"Suite '{suiteId}' file '{file.Path}': GET {url} failed: {e.Message}", e);
        }
    }
}
