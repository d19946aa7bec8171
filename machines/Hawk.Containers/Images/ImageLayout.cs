using System.Security.Cryptography;
using System.Text.Json;

namespace Hawk.Containers.Images;

/// <summary>The parts of an image's config Hawker uses to generate config.json.</summary>
public sealed record ImageConfig(IReadOnlyList<string> Env, IReadOnlyList<string> Entrypoint, IReadOnlyList<string> Cmd, string? WorkingDir, string? User);

public sealed record ImageLayer(string MediaType, string BlobPath);

public sealed record ResolvedImage(ImageConfig Config, IReadOnlyList<ImageLayer> Layers);

/// <summary>
/// Reads an OCI image layout (oci-layout, index.json, blobs/ALG/HEX): finds the manifest whose
/// org.opencontainers.image.ref.name annotation is the tag (descending into nested indexes for linux/amd64),
/// verifying each blob's digest.
/// </summary>
public static class ImageLayout
{
    private const string RefName = "org.opencontainers.image.ref.name";

    /// <param name="reference">LAYOUT-DIRECTORY[:TAG]; without a tag the index must hold exactly one manifest.</param>
    public static ResolvedImage Resolve(string reference)
    {
        int colon = reference.LastIndexOf(':');
        var (directory, tag) = colon > 0 && !reference[(colon + 1)..].Contains('/', StringComparison.Ordinal)
            ? (reference[..colon], reference[(colon + 1)..])
            : (reference, (string?)null);
        if (!File.Exists(Path.Combine(directory, "index.json")))
        {
            throw new ImageException($"{directory}: not an OCI image layout (no index.json)");
        }

        using var index = Parse(File.ReadAllBytes(Path.Combine(directory, "index.json")), "index.json");
        var manifest = SelectManifest(directory, index.RootElement, tag, "index.json");
        using var manifestJson = Parse(ReadBlob(directory, manifest), "manifest");
        var configDescriptor = Property(manifestJson.RootElement, "config", "manifest");
        using var config = Parse(ReadBlob(directory, configDescriptor), "image config");
        var layers = Property(manifestJson.RootElement, "layers", "manifest").EnumerateArray()
            .Select(layer => new ImageLayer(Property(layer, "mediaType", "manifest.layers[]").GetString()!, VerifiedBlobPath(directory, layer)))
            .ToArray();
        return new ResolvedImage(ReadConfig(config.RootElement), layers);
    }

    private static JsonElement SelectManifest(string directory, JsonElement index, string? tag, string where)
    {
        var manifests = Property(index, "manifests", where).EnumerateArray().ToArray();
        var candidates = tag is null
            ? manifests
            : manifests.Where(m => m.TryGetProperty("annotations", out var a) && a.TryGetProperty(RefName, out var name) && name.GetString() == tag).ToArray();
        if (candidates.Length == 0 && tag is not null && where != "index.json")
        {
            candidates = manifests;
        }

        candidates = candidates.Length > 1 ? candidates.Where(IsLinuxAmd64).ToArray() : candidates;
        if (candidates.Length != 1)
        {
            throw new ImageException(tag is null
                ? $"{where}: {manifests.Length} manifests and no tag given: use LAYOUT:TAG"
                : $"{where}: {candidates.Length} manifests match tag \"{tag}\" (expected exactly one)");
        }

        var chosen = candidates[0];
        if (Property(chosen, "mediaType", where).GetString() == "application/vnd.oci.image.index.v1+json")
        {
            using var nested = Parse(ReadBlob(directory, chosen), "nested index");
            return SelectManifest(directory, nested.RootElement, tag, "nested index").Clone();
        }

        return chosen;
    }

    private static bool IsLinuxAmd64(JsonElement descriptor) =>
        !descriptor.TryGetProperty("platform", out var platform)
        || (platform.TryGetProperty("os", out var os) && os.GetString() == "linux" && platform.TryGetProperty("architecture", out var arch) && arch.GetString() == "amd64");

    private static ImageConfig ReadConfig(JsonElement root)
    {
        var config = root.TryGetProperty("config", out var c) ? c : default;
        IReadOnlyList<string> Strings(string name) =>
            config.ValueKind == JsonValueKind.Object && config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToArray()
                : [];
        string? Text(string name) => config.ValueKind == JsonValueKind.Object && config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return new ImageConfig(Strings("Env"), Strings("Entrypoint"), Strings("Cmd"), Text("WorkingDir"), Text("User"));
    }

    private static byte[] ReadBlob(string directory, JsonElement descriptor) => File.ReadAllBytes(VerifiedBlobPath(directory, descriptor));

    private static string VerifiedBlobPath(string directory, JsonElement descriptor)
    {
        var digest = Property(descriptor, "digest", "descriptor").GetString()!;
        var parts = digest.Split(':');
        if (parts.Length != 2 || parts[0] != "sha256" || parts[1].Length != 64 || !parts[1].All(Uri.IsHexDigit))
        {
            throw new ImageException($"unsupported digest \"{digest}\" (expected sha256:64 hex digits)");
        }

        var path = Path.Combine(directory, "blobs", "sha256", parts[1]);
        if (!File.Exists(path))
        {
            throw new ImageException($"blob {digest} is missing ({path})");
        }

        using (var stream = File.OpenRead(path))
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            if (actual != parts[1])
            {
                throw new ImageException($"blob {digest} is corrupt: its content hashes to sha256:{actual}");
            }
        }

        return path;
    }

    private static JsonDocument Parse(byte[] bytes, string what)
    {
        try
        {
            return JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new ImageException($"{what}: not valid JSON at line {e.LineNumber + 1}", e);
        }
    }

    private static JsonElement Property(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : throw new ImageException($"{where}: missing \"{name}\"");
}
