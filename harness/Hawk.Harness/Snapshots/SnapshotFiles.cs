namespace Hawk.Harness.Snapshots;

/// <summary>
/// Verify's file conventions: the accepted snapshot <c>Name.verified.ext</c> sits beside the last differing
/// observation <c>Name.received.ext</c> (git-ignored). Accepting renames received to verified.
/// </summary>
public static class SnapshotFiles
{
    public const string Verified = ".verified.";
    public const string Received = ".received.";

    public static string VerifiedPath(string folder, string name, string extension) => Path.Combine(folder, $"{name}{Verified}{extension}");

    public static string ReceivedPath(string folder, string name, string extension) => Path.Combine(folder, $"{name}{Received}{extension}");

    /// <summary>The verified file a received file becomes.</summary>
    public static string VerifiedFor(string receivedPath)
    {
        var name = Path.GetFileName(receivedPath);
        var at = name.LastIndexOf(Received, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"{receivedPath} is not a received snapshot (*{Received}*).", nameof(receivedPath));
        }

        return Path.Combine(Path.GetDirectoryName(receivedPath)!, string.Concat(name.AsSpan(0, at), Verified, name.AsSpan(at + Received.Length)));
    }

    /// <summary>The received snapshots at <paramref name="path"/>: the file itself, or every one under the folder (bin/ and obj/ left out).</summary>
    public static IReadOnlyList<string> FindReceived(string path)
    {
        if (File.Exists(path))
        {
            return Path.GetFileName(path).Contains(Received, StringComparison.Ordinal) ? [Path.GetFullPath(path)] : [];
        }

        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"{path} is neither a file nor a folder.");
        }

        return [.. Directory.EnumerateFiles(path, $"*{Received}*", SearchOption.AllDirectories)
            .Where(file => !InBuildOutput(Path.GetRelativePath(path, file)))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Renames each received snapshot found at <paramref name="path"/> to its verified name (replacing it); returns the verified files.</summary>
    public static IReadOnlyList<string> Accept(string path) =>
        [.. FindReceived(path).Select(received =>
        {
            var verified = VerifiedFor(received);
            File.Move(received, verified, overwrite: true);
            return verified;
        })];

    private static bool InBuildOutput(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Any(segment => segment is "bin" or "obj" or ".git");
}
