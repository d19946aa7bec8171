using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Hawk.Harness.Suites;

/// <summary>
/// SHA-256 of files, cached per process by (full path, length, last write time) so that NUnit discovery and the
/// run that follows, or several suites sharing data, hash each large file once.
/// </summary>
public static class FileDigests
{
    private static readonly ConcurrentDictionary<(string Path, long Length, DateTime LastWriteUtc), string> Cache = new();

    /// <summary>Lower-case hex SHA-256 of <paramref name="file"/>.</summary>
    public static string Sha256(FileInfo file)
    {
        file.Refresh();
        return Cache.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), key => Compute(key.Path));
    }

    public static string Compute(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
