using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Hawk.Containers.Tests.Support;

/// <summary>Writes an OCI image layout (oci-layout, index.json, blobs/sha256) from in-memory layers, for the image tests.</summary>
public sealed class ImageLayoutWriter
{
    private readonly List<(string MediaType, string Digest, long Size)> _layers = [];

    public ImageLayoutWriter(string directory)
    {
        Directory = directory;
        System.IO.Directory.CreateDirectory(Path.Combine(directory, "blobs", "sha256"));
        File.WriteAllText(Path.Combine(directory, "oci-layout"), "{\"imageLayoutVersion\": \"1.0.0\"}");
    }

    public string Directory { get; }

    /// <summary>Adds a layer: entries are (path, content) for files, (path/, null) for directories, (path, "->target") for symlinks.</summary>
    public ImageLayoutWriter Layer(string compression, params (string Path, string? Content)[] entries)
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, content) in entries)
            {
                writer.WriteEntry(Entry(path, content));
            }
        }

        var (mediaType, bytes) = compression switch
        {
            "gzip" => ("application/vnd.oci.image.layer.v1.tar+gzip", Gzip(tar.ToArray())),
            "zstd" => ("application/vnd.oci.image.layer.v1.tar+zstd", Zstd(tar.ToArray())),
            _ => ("application/vnd.oci.image.layer.v1.tar", tar.ToArray()),
        };
        _layers.Add((mediaType, Blob(bytes), bytes.Length));
        return this;
    }

    /// <summary>Adds a layer holding busybox-static with applet links, as an image's base.</summary>
    public ImageLayoutWriter BusyboxLayer()
    {
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(Host.Busybox, "bin/busybox");
            foreach (var applet in new[] { "sh", "cat", "echo", "ls" })
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, $"bin/{applet}") { LinkName = "busybox" });
            }

            foreach (var folder in new[] { "proc/", "dev/", "sys/", "tmp/", "etc/" })
            {
                writer.WriteEntry(Entry(folder, null));
            }
        }

        var bytes = Gzip(tar.ToArray());
        _layers.Add(("application/vnd.oci.image.layer.v1.tar+gzip", Blob(bytes), bytes.Length));
        return this;
    }

    public void Commit(string tag, string[] cmd, string[]? env = null)
    {
        var config = new JsonObject
        {
            ["architecture"] = "amd64",
            ["os"] = "linux",
            ["config"] = new JsonObject { ["Cmd"] = Array(cmd), ["Env"] = Array(env ?? ["PATH=/bin"]), ["WorkingDir"] = "/tmp" },
            ["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = new JsonArray() },
        };
        var configBytes = Encoding.UTF8.GetBytes(config.ToJsonString());
        var layers = new JsonArray();
        foreach (var (mediaType, digest, size) in _layers)
        {
            layers.Add(new JsonObject { ["mediaType"] = mediaType, ["digest"] = digest, ["size"] = size });
        }

        var manifest = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = "application/vnd.oci.image.manifest.v1+json",
            ["config"] = new JsonObject { ["mediaType"] = "application/vnd.oci.image.config.v1+json", ["digest"] = Blob(configBytes), ["size"] = configBytes.Length },
            ["layers"] = layers,
        };
        var manifestBytes = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        var index = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["manifests"] = new JsonArray(new JsonObject
            {
                ["mediaType"] = "application/vnd.oci.image.manifest.v1+json",
                ["digest"] = Blob(manifestBytes),
                ["size"] = manifestBytes.Length,
                ["annotations"] = new JsonObject { ["org.opencontainers.image.ref.name"] = tag },
            }),
        };
        File.WriteAllText(Path.Combine(Directory, "index.json"), index.ToJsonString());
    }

    public string BlobPath(string digest) => Path.Combine(Directory, "blobs", "sha256", digest["sha256:".Length..]);

    public IReadOnlyList<string> LayerDigests => _layers.Select(l => l.Digest).ToArray();

    private static JsonArray Array(string[] items) => new(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());

    private static PaxTarEntry Entry(string path, string? content)
    {
        if (path.EndsWith('/'))
        {
            return new PaxTarEntry(TarEntryType.Directory, path) { Mode = (UnixFileMode)0b111_101_101 };
        }

        if (content?.StartsWith("->", StringComparison.Ordinal) == true)
        {
            return new PaxTarEntry(TarEntryType.SymbolicLink, path) { LinkName = content[2..] };
        }

        return new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content ?? "")), Mode = (UnixFileMode)0b110_100_100 };
    }

    private string Blob(byte[] bytes)
    {
        var hex = Convert.ToHexStringLower(SHA256.HashData(bytes));
        File.WriteAllBytes(Path.Combine(Directory, "blobs", "sha256", hex), bytes);
        return "sha256:" + hex;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Zstd(byte[] bytes)
    {
        var input = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(input, bytes);
            using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("zstd", ["-q", "-f", "-c", input]) { RedirectStandardOutput = true })!;
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return output.ToArray();
        }
        finally
        {
            File.Delete(input);
        }
    }
}
