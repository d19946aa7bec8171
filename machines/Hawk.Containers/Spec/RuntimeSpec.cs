namespace Hawk.Containers.Spec;

/// <summary>A validated OCI runtime config.json (runtime-spec 1.x), reduced to what Hawker executes.</summary>
public sealed record RuntimeSpec(
    string OciVersion,
    RootSpec Root,
    ProcessSpec? Process,
    string? Hostname,
    string? Domainname,
    IReadOnlyList<MountSpec> Mounts,
    HooksSpec Hooks,
    IReadOnlyDictionary<string, string> Annotations,
    LinuxSpec Linux);

public sealed record RootSpec(string Path, bool Readonly);

public sealed record ProcessSpec(
    bool Terminal,
    UserSpec User,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> Env,
    string Cwd,
    CapabilitySets? Capabilities,
    IReadOnlyList<RlimitSpec> Rlimits,
    bool NoNewPrivileges,
    int? OomScoreAdj);

public sealed record UserSpec(uint Uid, uint Gid, uint? Umask, IReadOnlyList<uint> AdditionalGids);

/// <summary>Capability sets as bit masks (bit n = capability number n).</summary>
public sealed record CapabilitySets(ulong Bounding, ulong Effective, ulong Inheritable, ulong Permitted, ulong Ambient);

public sealed record RlimitSpec(string Type, int Resource, ulong Soft, ulong Hard);

public sealed record MountSpec(string Destination, string? Type, string? Source, IReadOnlyList<string> Options);

public sealed record HookSpec(string Path, IReadOnlyList<string> Args, IReadOnlyList<string> Env, int? Timeout);

public sealed record HooksSpec(
    IReadOnlyList<HookSpec> Prestart,
    IReadOnlyList<HookSpec> CreateRuntime,
    IReadOnlyList<HookSpec> CreateContainer,
    IReadOnlyList<HookSpec> StartContainer,
    IReadOnlyList<HookSpec> Poststart,
    IReadOnlyList<HookSpec> Poststop);

public sealed record LinuxSpec(
    IReadOnlyList<NamespaceSpec> Namespaces,
    IReadOnlyList<IdMapping> UidMappings,
    IReadOnlyList<IdMapping> GidMappings,
    IReadOnlyList<DeviceSpec> Devices,
    string? CgroupsPath,
    ResourcesSpec Resources,
    IReadOnlyList<string> MaskedPaths,
    IReadOnlyList<string> ReadonlyPaths,
    IReadOnlyDictionary<string, string> Sysctl,
    SeccompSpec? Seccomp,
    string? RootfsPropagation)
{
    public bool Has(string namespaceType) => Namespaces.Any(n => n.Type == namespaceType);
}

/// <summary><see cref="Type"/> uses the spec's names: pid, network, mount, ipc, uts, user, cgroup.</summary>
public sealed record NamespaceSpec(string Type, string? Path);

public sealed record IdMapping(uint ContainerId, uint HostId, uint Size);

public sealed record DeviceSpec(string Path, char Type, long Major, long Minor, uint? FileMode, uint? Uid, uint? Gid);

public sealed record ResourcesSpec(long? MemoryLimit, long? MemorySwap, long? CpuQuota, ulong? CpuPeriod, ulong? CpuShares, long? PidsLimit)
{
    /// <summary>linux.resources.devices in order (device cgroup rules).</summary>
    public IReadOnlyList<DeviceRule> Devices { get; init; } = [];
}

/// <summary>A device cgroup rule; null major/minor mean any (*), type 'a' means all devices.</summary>
public sealed record DeviceRule(bool Allow, char Type, long? Major, long? Minor, string Access)
{
    /// <summary>The v1 devices.allow/devices.deny line, e.g. "c 1:3 rwm" or "a *:* rwm".</summary>
    public string Line => $"{Type} {(Major is { } major ? major.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*")}:{(Minor is { } minor ? minor.ToString(System.Globalization.CultureInfo.InvariantCulture) : "*")} {Access}";
}

public sealed record SeccompSpec(string DefaultAction, uint? DefaultErrnoRet, IReadOnlyList<string> Architectures, IReadOnlyList<SeccompRule> Syscalls);

public sealed record SeccompRule(IReadOnlyList<string> Names, string Action, uint? ErrnoRet, IReadOnlyList<SeccompArg> Args);

public sealed record SeccompArg(uint Index, ulong Value, ulong ValueTwo, string Op);
