using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Hawk.Labs.Sandboxing;

/// <summary>
/// Runs a sandboxed program as a Hawker container (`hawk container run`): a root file system that holds only the
/// system folders (read-only), the folders the request makes visible (read-only) and the run folder (writable, at its
/// own path), own PID, network, IPC, UTS and mount namespaces, a memory and a pids cgroup, and inside it the same
/// prlimit bounds as every sandbox. Hidden folders are simply not there. The process tree (hawk, the shim, the
/// container) is killed at the time limit and the container deleted afterwards.
/// </summary>
internal static class HawkerSandbox
{
    /// <summary>The host's top-level system folders; merged-/usr hosts have bin, lib, lib64, sbin as links into /usr.</summary>
    private static readonly string[] SystemFolders = ["/usr", "/etc", "/bin", "/lib", "/lib64", "/sbin"];

    /// <summary>Memory the container's cgroup allows beyond the heap limit: the runtime itself, mapped files, page cache.</summary>
    private const long CgroupHeadroom = 1024L * 1024 * 1024;

    private const int PidsLimit = 512;

    private static readonly string[] Namespaces = ["pid", "network", "ipc", "uts", "mount"];

    /// <summary>
    /// What a program needs to manage its own run folder as root, and CAP_NET_ADMIN for the container's own network
    /// namespace (bringing its loopback up); nothing that administers the host.
    /// </summary>
    private static readonly string[] Capabilities = ["CAP_KILL", "CAP_SETUID", "CAP_SETGID", "CAP_DAC_OVERRIDE", "CAP_FOWNER", "CAP_CHOWN", "CAP_NET_ADMIN"];

    /// <summary>
    /// A new network namespace starts with its loopback down; test hosts talk to their runner over it (vstest and its
    /// data collector). Then the command replaces the shell.
    /// </summary>
    private const string LoopbackUp = "ip link set lo up 2>/dev/null || true; exec \"$@\"";

    private static readonly TimeSpan CleanupTime = TimeSpan.FromSeconds(30);

    private static string Hawk => Path.Combine(AppContext.BaseDirectory, "hawk");

    private static string StateRoot => Path.Combine(Sandbox.WorkRoot.FullName, ".hawker-state");

    /// <summary>Whether a container runs here: the hawk executable beside the grader, root, and a trial run of /bin/true.</summary>
    public static bool Works()
    {
        if (!File.Exists(Hawk))
        {
            return false;
        }

        var run = Sandbox.CreateWorkspace("sandbox-trial-");
        try
        {
            var request = new SandboxRequest("/bin/true", [], run, [], new Definition.ResourceLimits(TimeSpan.FromSeconds(30), 64L * 1024 * 1024));
            var outcome = RunAsync(request, ["/bin/true"], new Dictionary<string, string> { ["PATH"] = "/usr/bin:/bin" }, 1 << 16, CancellationToken.None).GetAwaiter().GetResult();
            return outcome.Succeeded;
        }
        finally
        {
            run.Delete(recursive: true);
        }
    }

    /// <param name="command">The program and its arguments (the prlimit command line).</param>
    public static async Task<ProcessOutcome> RunAsync(SandboxRequest request, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, int maxOutputChars, CancellationToken cancellation)
    {
        var id = "lab-" + Guid.NewGuid().ToString("N")[..16];
        var bundle = Directory.CreateDirectory(Path.Combine(Sandbox.WorkRoot.FullName, ".sandbox-bundles", id));
        try
        {
            var visible = (request.Visible ?? [])
                .Select(Path.GetFullPath)
                .Where(Directory.Exists)
                .Where(folder => !IsInside(request.RunFolder.FullName, folder))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            WriteRootFilesystem(bundle, visible.Append(request.RunFolder.FullName));
            var config = Config(request, command, environment, visible, id);
            await File.WriteAllTextAsync(Path.Combine(bundle.FullName, "config.json"), config.ToJsonString(), cancellation).ConfigureAwait(false);
            var start = new ProcessStartInfo(Hawk) { WorkingDirectory = request.RunFolder.FullName };
            foreach (var argument in new[] { "container", "--root", StateRoot, "run", id, "-b", bundle.FullName })
            {
                start.ArgumentList.Add(argument);
            }

            return await BoundedProcess.RunAsync(start, request.StandardInput, request.Limits.Time, maxOutputChars, cancellation).ConfigureAwait(false);
        }
        finally
        {
            await DeleteAsync(id).ConfigureAwait(false);
            bundle.Delete(recursive: true);
        }
    }

    private static bool IsInside(string folder, string path) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);

    /// <summary>An empty root with links where the host has them (merged /usr) and mount points for every bind.</summary>
    private static void WriteRootFilesystem(DirectoryInfo bundle, IEnumerable<string> binds)
    {
        var rootfs = bundle.CreateSubdirectory("rootfs");
        foreach (var folder in new[] { "proc", "dev", "tmp", "sys" })
        {
            rootfs.CreateSubdirectory(folder);
        }

        foreach (var folder in SystemFolders.Where(Path.Exists))
        {
            var target = Path.Combine(rootfs.FullName, folder.TrimStart('/'));
            if (new FileInfo(folder).LinkTarget is { } link)
            {
                File.CreateSymbolicLink(target, link);
            }
            else
            {
                Directory.CreateDirectory(target);
            }
        }

        foreach (var folder in binds)
        {
            Directory.CreateDirectory(Path.Combine(rootfs.FullName, folder.TrimStart('/')));
        }
    }

    private static JsonObject Config(SandboxRequest request, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> visible, string id)
    {
        static JsonObject Mount(string destination, string type, string source, params string[] options) =>
            new() { ["destination"] = destination, ["type"] = type, ["source"] = source, ["options"] = new JsonArray([.. options.Select(o => JsonValue.Create(o))]) };

        var mounts = new JsonArray
        {
            Mount("/proc", "proc", "proc"),
            Mount("/dev", "tmpfs", "tmpfs", "nosuid", "mode=755", "size=65536k"),
            Mount("/dev/shm", "tmpfs", "shm", "nosuid", "noexec", "nodev", "mode=1777", "size=16m"),
            Mount("/tmp", "tmpfs", "tmpfs", "nosuid", "nodev", "size=64m"),
        };
        foreach (var folder in SystemFolders.Where(folder => Directory.Exists(folder) && new FileInfo(folder).LinkTarget is null))
        {
            mounts.Add(Mount(folder, "bind", folder, "rbind", "ro", "nosuid"));
        }

        foreach (var folder in visible)
        {
            mounts.Add(Mount(folder, "bind", folder, "rbind", "ro", "nosuid"));
        }

        mounts.Add(Mount(request.RunFolder.FullName, "bind", request.RunFolder.FullName, "bind", "rw", "nosuid"));
        if (request.NestedContainers)
        {
            // The probe of lab 4 creates containers: it needs the cgroup file system and its capabilities.
            mounts.Add(Mount("/sys", "bind", "/sys", "rbind", "rw"));
        }

        var process = new JsonObject
        {
            ["terminal"] = false,
            ["user"] = new JsonObject { ["uid"] = 0, ["gid"] = 0 },
            ["args"] = new JsonArray([.. new[] { "/bin/sh", "-c", LoopbackUp, "sandbox" }.Concat(command).Select(argument => JsonValue.Create(argument))]),
            ["env"] = new JsonArray([.. environment.Select(pair => JsonValue.Create($"{pair.Key}={pair.Value}"))]),
            ["cwd"] = request.RunFolder.FullName,
            ["noNewPrivileges"] = !request.NestedContainers,
        };
        if (!request.NestedContainers)
        {
            JsonArray Set() => [.. Capabilities.Select(c => JsonValue.Create(c))];
            process["capabilities"] = new JsonObject { ["bounding"] = Set(), ["effective"] = Set(), ["permitted"] = Set() };
        }

        return new JsonObject
        {
            ["ociVersion"] = "1.0.2",
            ["process"] = process,
            ["root"] = new JsonObject { ["path"] = "rootfs", ["readonly"] = true },
            ["hostname"] = "sandbox",
            ["mounts"] = mounts,
            ["linux"] = new JsonObject
            {
                ["cgroupsPath"] = $"/hawk-lab-sandbox/{id}",
                ["resources"] = new JsonObject
                {
                    ["memory"] = new JsonObject { ["limit"] = request.Limits.MemoryBytes + CgroupHeadroom },
                    ["pids"] = new JsonObject { ["limit"] = PidsLimit },
                },
                ["namespaces"] = new JsonArray([.. Namespaces.Select(type => (JsonNode)new JsonObject { ["type"] = type })]),
                ["maskedPaths"] = new JsonArray([.. request.Hidden.Where(hidden => visible.Any(folder => IsInside(folder, hidden))).Select(hidden => JsonValue.Create(Path.GetFullPath(hidden)))]),
            },
        };
    }

    /// <summary>Removes the container's state and cgroup whatever happened to it (after a kill at the time limit too).</summary>
    private static async Task DeleteAsync(string id)
    {
        var start = new ProcessStartInfo(Hawk);
        foreach (var argument in new[] { "container", "--root", StateRoot, "delete", "-f", id })
        {
            start.ArgumentList.Add(argument);
        }

        await BoundedProcess.RunAsync(start, null, CleanupTime, 1 << 12).ConfigureAwait(false);
    }
}
