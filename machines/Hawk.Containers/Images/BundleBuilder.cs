using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hawk.Containers.Cli;

namespace Hawk.Containers.Images;

/// <summary>Unpacks an image into BUNDLE/rootfs and writes BUNDLE/config.json from the image's Entrypoint, Cmd, Env, WorkingDir and User.</summary>
public static class BundleBuilder
{
    /// <param name="command">Replaces the image's Cmd when not empty (the Entrypoint stays, as with docker run).</param>
    public static void Build(string reference, string bundle, IReadOnlyList<string> command)
    {
        var image = ImageLayout.Resolve(reference);
        var rootfs = Path.Combine(bundle, "rootfs");
        Directory.CreateDirectory(rootfs);
        foreach (var layer in image.Layers)
        {
            LayerUnpacker.Apply(layer, rootfs);
        }

        var args = image.Config.Entrypoint.Concat(command.Count > 0 ? command : image.Config.Cmd).ToArray();
        if (args.Length == 0)
        {
            throw new ImageException($"{reference}: the image has no Entrypoint or Cmd and no command was given");
        }

        var config = JsonNode.Parse(DefaultSpec.Json(args))!;
        var process = config["process"]!;
        var env = new JsonArray();
        foreach (var variable in image.Config.Env.Count > 0 ? image.Config.Env : process["env"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray())
        {
            env.Add((JsonNode?)JsonValue.Create(variable));
        }

        process["env"] = env;
        process["cwd"] = string.IsNullOrEmpty(image.Config.WorkingDir) ? "/" : image.Config.WorkingDir;
        if (ParseUser(image.Config.User) is var (uid, gid))
        {
            process["user"] = new JsonObject { ["uid"] = uid, ["gid"] = gid };
        }

        File.WriteAllText(Path.Combine(bundle, "config.json"), config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Numeric "uid" or "uid:gid" only: names would need the image's /etc/passwd.</summary>
    private static (uint Uid, uint Gid)? ParseUser(string? user)
    {
        if (string.IsNullOrEmpty(user))
        {
            return null;
        }

        var parts = user.Split(':');
        return uint.TryParse(parts[0], CultureInfo.InvariantCulture, out var uid) && (parts.Length == 1 || uint.TryParse(parts[1], CultureInfo.InvariantCulture, out _))
            ? (uid, parts.Length > 1 ? uint.Parse(parts[1], CultureInfo.InvariantCulture) : 0)
            : throw new ImageException($"image User \"{user}\": only numeric uid[:gid] is supported");
    }
}
