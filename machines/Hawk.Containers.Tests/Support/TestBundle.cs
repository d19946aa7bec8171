using System.Text.Json;
using System.Text.Json.Nodes;
using Hawk.Containers.Cli;

namespace Hawk.Containers.Tests.Support;

/// <summary>A throw-away OCI bundle: busybox-static as the root filesystem and hawker's default config, edited by the test.</summary>
public sealed class TestBundle : IDisposable
{
    private static readonly string[] Applets = ["sh", "true", "cat", "echo", "ls", "id", "hostname", "grep", "sleep", "ps", "dd", "seq", "mkdir", "stat", "awk", "sort", "date", "nice", "umask", "wc", "touch", "kill", "cut", "tr", "head", "domainname", "readlink"];

    public TestBundle(params string[] args)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("hawker-bundle-").FullName;
        // Readable by everyone: a user-namespaced container's root maps to an unprivileged host uid.
        File.SetUnixFileMode(Directory, (UnixFileMode)0b111_101_101);
        var rootfs = Path.Combine(Directory, "rootfs");
        foreach (var folder in new[] { "bin", "proc", "dev", "sys", "tmp", "etc" })
        {
            System.IO.Directory.CreateDirectory(Path.Combine(rootfs, folder));
        }

        File.Copy(Host.Busybox, Path.Combine(rootfs, "bin", "busybox"));
        foreach (var applet in Applets)
        {
            File.CreateSymbolicLink(Path.Combine(rootfs, "bin", applet), "busybox");
        }

        Config = JsonNode.Parse(DefaultSpec.Json(args))!;
    }

    public string Directory { get; }

    public JsonNode Config { get; }

    public JsonNode Process => Config["process"]!;

    public JsonNode Linux => Config["linux"]!;

    public string ConfigPath => Path.Combine(Directory, "config.json");

    /// <summary>Writes config.json; call after editing <see cref="Config"/> and before running.</summary>
    public TestBundle Save()
    {
        File.WriteAllText(ConfigPath, Config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
