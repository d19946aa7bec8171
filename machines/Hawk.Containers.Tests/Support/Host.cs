using Hawk.Harness.NUnit;

namespace Hawk.Containers.Tests.Support;

/// <summary>What the integration tests need from the machine: root with namespaces, busybox-static, runc, crun.</summary>
internal static class Host
{
    public const string Busybox = "/bin/busybox";

    public static void RequireContainers()
    {
        new RequiredComponent("NAMESPACES").Ensure(Environment.UserName != "root" && !File.Exists("/proc/self/ns/user")
            ? "creating containers needs root and Linux namespaces" : Environment.UserName != "root" ? "creating containers needs root" : null);
        new RequiredComponent("BUSYBOX").Ensure(IsStatic(Busybox) ? null : $"{Busybox} from busybox-static (apt-get install busybox-static)");
    }

    public static void RequirePeer(string name)
    {
        RequireContainers();
        new RequiredComponent(name.ToUpperInvariant()).Ensure(Which(name) is null ? $"{name} is not on PATH (apt-get install {name})" : null);
    }

    public static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    private static bool IsStatic(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        // A dynamically linked ELF has a PT_INTERP header naming its loader; a static one does not.
        var bytes = File.ReadAllBytes(path);
        return !System.Text.Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).Contains("ld-linux", StringComparison.Ordinal);
    }
}
