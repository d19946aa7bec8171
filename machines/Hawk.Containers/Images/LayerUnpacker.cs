using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Hawk.Containers.Images;

/// <summary>
/// Applies image layers to a root filesystem in order, with the OCI whiteout rules: ".wh.NAME" deletes NAME from
/// lower layers, ".wh..wh..opq" empties its directory of lower-layer content. Entries may not leave the root
/// (no "..", no writing through symbolic links).
/// </summary>
public static partial class LayerUnpacker
{
    private const string WhiteoutPrefix = ".wh.", OpaqueMarker = ".wh..wh..opq";

    public static void Apply(ImageLayer layer, string rootfs)
    {
        using var file = File.OpenRead(layer.BlobPath);
        using var content = Decompress(layer.MediaType, file);
        Apply(content, rootfs, layer.BlobPath);
    }

    public static void Apply(Stream tar, string rootfs, string name)
    {
        rootfs = Path.GetFullPath(rootfs);
        var written = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new TarReader(tar);
        TarEntry? entry;
        while ((entry = Next(reader, name)) is not null)
        {
            var relative = Normalize(entry.Name, name);
            if (relative.Length == 0)
            {
                continue;
            }

            var target = Path.Combine(rootfs, relative);
            CheckParents(rootfs, target, entry.Name, name);
            var baseName = Path.GetFileName(relative);
            var parent = Path.GetDirectoryName(target)!;
            if (baseName == OpaqueMarker)
            {
                foreach (var child in Directory.Exists(parent) ? Directory.EnumerateFileSystemEntries(parent) : [])
                {
                    if (!written.Contains(child))
                    {
                        Remove(child);
                    }
                }

                continue;
            }

            if (baseName.StartsWith(WhiteoutPrefix, StringComparison.Ordinal))
            {
                Remove(Path.Combine(parent, baseName[WhiteoutPrefix.Length..]));
                continue;
            }

            Directory.CreateDirectory(parent);
            Extract(entry, target, rootfs, name);
            written.Add(target);
        }
    }

    public static Stream Decompress(string mediaType, Stream blob) => mediaType switch
    {
        _ when mediaType.EndsWith("+gzip", StringComparison.Ordinal) || mediaType.EndsWith(".tar.gzip", StringComparison.Ordinal) => new GZipStream(blob, CompressionMode.Decompress),
        _ when mediaType.EndsWith("+zstd", StringComparison.Ordinal) => new ZstdStream(blob),
        _ when mediaType.EndsWith(".tar", StringComparison.Ordinal) || mediaType.EndsWith("diff.tar", StringComparison.Ordinal) => blob,
        _ => throw new ImageException($"unsupported layer media type \"{mediaType}\""),
    };

    private static TarEntry? Next(TarReader reader, string name)
    {
        try
        {
            return reader.GetNextEntry(copyData: false);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new ImageException($"{name}: corrupt layer: {e.Message}", e);
        }
    }

    private static void Extract(TarEntry entry, string target, string rootfs, string name)
    {
        var mode = (UnixFileMode)((int)entry.Mode & 0xFFF);
        switch (entry.EntryType)
        {
            case TarEntryType.Directory:
                if (!Directory.Exists(target))
                {
                    Remove(target);
                    Directory.CreateDirectory(target);
                }

                File.SetUnixFileMode(target, mode);
                break;
            case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                Remove(target);
                using (var output = new FileStream(target, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = mode }))
                {
                    entry.DataStream?.CopyTo(output);
                }

                File.SetUnixFileMode(target, mode);
                break;
            case TarEntryType.SymbolicLink:
                Remove(target);
                File.CreateSymbolicLink(target, entry.LinkName);
                break;
            case TarEntryType.HardLink:
                var source = Path.Combine(rootfs, Normalize(entry.LinkName, name));
                Remove(target);
                if (link(source, target) != 0)
                {
                    throw new ImageException($"{name}: hard link {entry.Name} -> {entry.LinkName} failed (errno {Marshal.GetLastPInvokeError()})");
                }

                return;
            case TarEntryType.Fifo:
                Remove(target);
                Runtime.Native.MakeFifo(target, (uint)mode);
                break;
            default:
                // Device nodes come from the runtime's linux.devices, not from image layers (runc's unpackers skip them too when unprivileged).
                return;
        }

        if (lchown(target, entry.Uid, entry.Gid) != 0)
        {
            throw new ImageException($"{name}: chown {entry.Name} failed (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    private static string Normalize(string entryName, string name)
    {
        var parts = entryName.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".").ToArray();
        return parts.Contains("..") ? throw new ImageException($"{name}: entry \"{entryName}\" leaves the root filesystem") : string.Join('/', parts);
    }

    private static void CheckParents(string rootfs, string target, string entryName, string name)
    {
        for (var directory = Path.GetDirectoryName(target); directory is not null && directory.Length > rootfs.Length; directory = Path.GetDirectoryName(directory))
        {
            if (new FileInfo(directory).LinkTarget is not null)
            {
                throw new ImageException($"{name}: entry \"{entryName}\" goes through the symbolic link {directory[rootfs.Length..]}");
            }
        }
    }

    private static void Remove(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || File.Exists(path))
        {
            info.Delete();
        }
        else if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int link(string existing, string created);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int lchown(string path, int uid, int gid);
}
