using System.Globalization;
using System.Text;
using Hawk.Containers.Cgroups;
using Hawk.Containers.Seccomp;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Runtime;

/// <summary>
/// Turns a validated config into the flat operation list hawker-shim executes (see native/hawker-shim.c).
/// All policy lives here (option parsing, defaults, cgroup mount layout, BPF); the shim only performs syscalls.
/// </summary>
internal sealed class InitPlan
{
    private static readonly (string Path, long Major, long Minor)[] DefaultDevices =
        [("/dev/null", 1, 3), ("/dev/zero", 1, 5), ("/dev/full", 1, 7), ("/dev/random", 1, 8), ("/dev/urandom", 1, 9), ("/dev/tty", 5, 0)];

    private static readonly (string Target, string Link)[] DevLinks =
        [("/proc/self/fd", "/dev/fd"), ("/proc/self/fd/0", "/dev/stdin"), ("/proc/self/fd/1", "/dev/stdout"), ("/proc/self/fd/2", "/dev/stderr"), ("pts/ptmx", "/dev/ptmx")];

    private readonly List<string> _words = [];

    public bool HasHookSync { get; private set; }

    /// <summary>The init waits for the two state JSONs its createContainer and startContainer hooks read.</summary>
    public bool NeedsStates { get; private set; }

    /// <summary>The plan for a container's init: new namespaces, the root filesystem and the process, waiting on <paramref name="fifo"/>.</summary>
    public static InitPlan ForInit(RuntimeSpec spec, string bundle, string fifo, string? consoleSocket, bool foreground, IReadOnlyList<CgroupHierarchy> hierarchies)
    {
        var plan = new InitPlan();
        var process = spec.Process ?? throw new ConfigException("process", "is required to create a container");
        plan.Op("mode", foreground ? "foreground" : "detached");
        plan.Namespaces(spec.Linux.Namespaces.Select(n => (n.Type, n.Path ?? "")));
        plan.IdMaps(spec.Linux);
        plan.Op("setsid");
        plan.Op("fifo", fifo);
        if (process.Terminal)
        {
            plan.Op("console", consoleSocket ?? throw new ConfigException("process.terminal", "a terminal needs --console-socket"));
        }

        if (spec.Linux.Has("mount"))
        {
            plan.RootFilesystem(spec, bundle, hierarchies);
        }

        foreach (var (key, value) in spec.Linux.Sysctl)
        {
            plan.Op("sysctl", key, value);
        }

        if (!string.IsNullOrEmpty(spec.Hostname))
        {
            plan.Op("hostname", spec.Hostname);
        }

        if (!string.IsNullOrEmpty(spec.Domainname))
        {
            plan.Op("domainname", spec.Domainname);
        }

        plan.Hooks("createContainer", spec.Hooks.CreateContainer);
        plan.Hooks("startContainer", spec.Hooks.StartContainer);
        if (spec.Hooks.CreateContainer.Count + spec.Hooks.StartContainer.Count > 0)
        {
            plan.Op("states");
            plan.NeedsStates = true;
        }
        plan.Process(process, spec.Linux.Seccomp);
        return plan;
    }

    /// <summary>The plan for `exec`: join every namespace of the running init, then run <paramref name="process"/>.</summary>
    public static InitPlan ForExec(RuntimeSpec spec, int initPid, ProcessSpec process, bool foreground, string? consoleSocket)
    {
        var plan = new InitPlan();
        plan.Op("mode", foreground ? "foreground" : "detached");
        plan.Namespaces(spec.Linux.Namespaces.Select(n => (n.Type, $"/proc/{initPid}/ns/{LinuxNames.Namespaces[n.Type]}")));
        if (process.Terminal)
        {
            plan.Op("setsid"); // only a session leader can take the pty as its controlling terminal
            plan.Op("console", consoleSocket ?? throw new ConfigException("process.terminal", "a terminal needs --console-socket"));
        }

        plan.Process(process, spec.Linux.Seccomp);
        return plan;
    }

    /// <summary>
    /// The shim's second message: the cgroups the new process is born into (it is moved there before it runs anything
    /// of the plan). Sent apart so that the shim creates the container's namespaces while the runtime makes the cgroups.
    /// </summary>
    public static InitPlan ForCgroups(ContainerCgroup cgroup)
    {
        var plan = new InitPlan();
        foreach (var (directory, isV2) in cgroup.Members)
        {
            plan.Op(isV2 ? "cgroup2" : "cgroup1", directory);
        }

        return plan;
    }

    /// <returns>u32 length (little-endian) followed by the NUL-terminated words.</returns>
    public byte[] Serialize()
    {
        var body = Encoding.UTF8.GetBytes(string.Concat(_words.Select(w => w + "\0")));
        var bytes = new byte[4 + body.Length];
        BitConverter.TryWriteBytes(bytes, (uint)body.Length);
        body.CopyTo(bytes, 4);
        return bytes;
    }

    public IReadOnlyList<string> Words => _words;

    private void Op(string name, params string[] args)
    {
        foreach (var word in args.Prepend(name))
        {
            _words.Add(word.Contains('\0', StringComparison.Ordinal) ? throw new ConfigException("", $"\"{word}\" contains a NUL character") : word);
        }
    }

    private void Namespaces(IEnumerable<(string Type, string Path)> namespaces)
    {
        // BEGIN LAB namespaces
        foreach (var (type, path) in namespaces)
        {
            Op("ns", type, path);
        }
        // END LAB namespaces
    }

    private void IdMaps(LinuxSpec linux)
    {
        static string Map(IEnumerable<IdMapping> mappings) => string.Concat(mappings.Select(m => $"{m.ContainerId} {m.HostId} {m.Size}\n"));
        if (linux.UidMappings.Count > 0)
        {
            Op("uidmap", Map(linux.UidMappings));
            Op("gidmap", Map(linux.GidMappings));
        }
    }

    private void RootFilesystem(RuntimeSpec spec, string bundle, IReadOnlyList<CgroupHierarchy> hierarchies)
    {
        var rootfs = Path.GetFullPath(spec.Root.Path, bundle);
        if (!Directory.Exists(rootfs))
        {
            throw new ConfigException("root.path", $"{rootfs} is not a directory");
        }

        Op("rootfs", rootfs, Number(MountOptions.RootPropagation(spec.Linux.RootfsPropagation)));
        for (int i = 0; i < spec.Mounts.Count; i++)
        {
            Mount(spec.Mounts[i], $"mounts[{i}]", bundle, hierarchies);
        }

        var devices = spec.Linux.Devices.ToDictionary(d => d.Path, StringComparer.Ordinal);
        foreach (var (path, major, minor) in DefaultDevices.Where(d => !devices.ContainsKey(d.Path)))
        {
            Op("device", path, "c", Number(major), Number(minor), "438", "0", "0");
        }

        foreach (var device in spec.Linux.Devices)
        {
            Op("device", device.Path, device.Type == 'u' ? "c" : device.Type.ToString(), Number(device.Major), Number(device.Minor),
                Number(device.FileMode ?? 438), Number(device.Uid ?? 0), Number(device.Gid ?? 0));
        }

        foreach (var (target, link) in DevLinks)
        {
            Op("symlink", target, link);
        }

        if (spec.Hooks.Prestart.Count + spec.Hooks.CreateRuntime.Count > 0)
        {
            Op("hooksync");
            HasHookSync = true;
        }

        foreach (var path in spec.Linux.MaskedPaths)
        {
            Op("mask", path);
        }

        foreach (var path in spec.Linux.ReadonlyPaths)
        {
            Op("readonly", path);
        }

        if (spec.Root.Readonly)
        {
            Op("rootro");
        }
    }

    private void Mount(MountSpec mount, string field, string bundle, IReadOnlyList<CgroupHierarchy> hierarchies)
    {
        var options = MountOptions.Of(mount);
        if (mount.Type == "cgroup")
        {
            CgroupMount(mount.Destination, options, hierarchies);
            return;
        }

        if (options.IsBind)
        {
            var source = Path.GetFullPath(mount.Source ?? throw new ConfigException($"{field}.source", "a bind mount needs a source"), bundle);
            var kind = Directory.Exists(source) ? "d" : File.Exists(source) ? "f" : throw new ConfigException($"{field}.source", $"{source} does not exist");
            Op("mount", source, mount.Destination, "", Number(options.Flags & (MountOptions.Bind | MountOptions.Recursive)), "", kind);
            if ((options.Flags & ~(MountOptions.Bind | MountOptions.Recursive)) != 0)
            {
                // A bind mount takes no flags on creation: ro, nosuid... need a second, remounting call.
                Op("mount", "", mount.Destination, "", Number(options.Flags | MountOptions.Remount), "", "");
            }
        }
        else
        {
            Op("mount", mount.Source ?? mount.Type ?? "none", mount.Destination, mount.Type ?? "", Number(options.Flags), options.Data, "d");
        }

        if (options.Propagation != 0)
        {
            Op("mount", "", mount.Destination, "", Number(options.Propagation), "", "");
        }
    }

    /// <summary>On a v1 (or hybrid) host a cgroup mount is a tmpfs holding one mount per hierarchy, as runc lays it out.</summary>
    private void CgroupMount(string destination, MountOptions options, IReadOnlyList<CgroupHierarchy> hierarchies)
    {
        var flags = options.Flags & ~MountOptions.ReadOnly;
        if (hierarchies.All(h => h.IsV2))
        {
            Op("mount", "cgroup", destination, "cgroup2", Number(options.Flags), "", "d");
            return;
        }

        Op("mount", "tmpfs", destination, "tmpfs", Number(flags), "mode=755", "d");
        foreach (var hierarchy in hierarchies)
        {
            var target = $"{destination.TrimEnd('/')}/{Path.GetFileName(hierarchy.MountPoint)}";
            Op("mount", "cgroup", target, hierarchy.IsV2 ? "cgroup2" : "cgroup", Number(options.Flags), hierarchy.IsV2 ? "" : string.Join(',', hierarchy.Controllers), "d");
        }

        if ((options.Flags & MountOptions.ReadOnly) != 0)
        {
            Op("mount", "", destination, "", Number(flags | MountOptions.Remount | MountOptions.ReadOnly), "", "");
        }
    }

    private void Hooks(string stage, IReadOnlyList<HookSpec> hooks)
    {
        foreach (var hook in hooks)
        {
            Op("hook", stage, hook.Path, Number(hook.Timeout ?? 0), Number(hook.Args.Count));
            foreach (var arg in hook.Args)
            {
                Op("hookarg", arg);
            }

            foreach (var variable in hook.Env)
            {
                Op("hookenv", variable);
            }
        }
    }

    private void Process(ProcessSpec process, SeccompSpec? seccomp)
    {
        foreach (var rlimit in process.Rlimits)
        {
            Op("rlimit", Number(rlimit.Resource), rlimit.Soft.ToString(CultureInfo.InvariantCulture), rlimit.Hard.ToString(CultureInfo.InvariantCulture));
        }

        Op("user", Number(process.User.Uid), Number(process.User.Gid), Number(process.User.Umask ?? 0x12));
        foreach (var gid in process.User.AdditionalGids)
        {
            Op("group", Number(gid));
        }

        if (process.Capabilities is { } caps)
        {
            Op("caps", Hex(caps.Bounding), Hex(caps.Effective), Hex(caps.Permitted), Hex(caps.Inheritable), Hex(caps.Ambient));
        }

        if (process.NoNewPrivileges)
        {
            Op("nnp");
        }

        if (seccomp is not null)
        {
            Op("seccomp", Convert.ToHexString(SeccompCompiler.Compile(seccomp)));
        }

        Op("cwd", process.Cwd);
        foreach (var arg in process.Args)
        {
            Op("arg", arg);
        }

        foreach (var variable in process.Env)
        {
            Op("env", variable);
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Number(ulong value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Hex(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);
}
