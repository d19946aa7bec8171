using System.Globalization;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Cgroups;

/// <summary>
/// The container's cgroup in every managed hierarchy (cgroup v1 controllers and the v2 tree; on a hybrid host both).
/// Each resource is written once: through its v1 controller where mounted, else through v2.
/// </summary>
public sealed partial class ContainerCgroup
{
    /// <summary>Whether each directory is a v2 one, when known from creation (else asked of the directory).</summary>
    private readonly List<bool>? _isV2;

    private ContainerCgroup(IReadOnlyList<string> directories, List<bool>? isV2 = null)
    {
        Directories = directories;
        _isV2 = isV2;
    }

    /// <summary>The cgroup directories, one per hierarchy (persisted in the state so delete can remove them).</summary>
    public IReadOnlyList<string> Directories { get; }

    public static ContainerCgroup Open(IReadOnlyList<string> directories) => new(directories);

    /// <summary>Creates the cgroup under each hierarchy and applies <paramref name="resources"/>; removes what it made if that fails.</summary>
    public static ContainerCgroup Create(IReadOnlyList<CgroupHierarchy> hierarchies, string cgroupsPath, ResourcesSpec resources)
    {
        var relative = cgroupsPath.Trim('/');
        if (relative.Length == 0 || relative.Split('/').Contains(".."))
        {
            throw new ConfigException("linux.cgroupsPath", $"\"{cgroupsPath}\" is not a usable cgroup path");
        }

        var managed = hierarchies.Where(h => h.IsManaged).ToArray();
        var created = new List<string>();
        var isV2 = new List<bool>();
        var cgroup = new ContainerCgroup(created, isV2);
        try
        {
            foreach (var hierarchy in managed)
            {
                var directory = Path.Combine(hierarchy.MountPoint, relative);
                if (Directory.Exists(directory))
                {
                    throw new InvalidOperationException($"cgroup {directory} already exists");
                }

                if (hierarchy.IsV2)
                {
                    EnableV2Controllers(hierarchy, relative, NeededV2(managed, hierarchy, resources));
                }

                Directory.CreateDirectory(directory);
                created.Add(directory);
                isV2.Add(hierarchy.IsV2);
            }

            Apply(managed, relative, resources);
            return cgroup;
        }
        catch (ConfigException)
        {
            cgroup.Destroy();
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            cgroup.Destroy();
            throw new InvalidOperationException($"cgroups: {e.Message}", e);
        }
    }

    /// <summary>The directories with their kind: the shim joins v1 ones through `tasks` and v2 ones by clone3 (see hawker-shim.c).</summary>
    public IEnumerable<(string Directory, bool IsV2)> Members =>
        Directories.Select((d, i) => (d, _isV2?[i] ?? File.Exists(Path.Combine(d, "cgroup.controllers"))));

    private static void Apply(IReadOnlyList<CgroupHierarchy> managed, string relative, ResourcesSpec resources)
    {
        foreach (var (file, value) in Settings(managed, relative, resources))
        {
            File.WriteAllText(file, value);
        }
    }

    /// <summary>Kills what is left inside and removes the directories (retrying while the kernel finishes the exits).</summary>
    public void Destroy()
    {
        bool thawed = false;
        foreach (var directory in Directories.Reverse())
        {
            // rmdir first, with no checks around it: after a `run` the cgroups are empty, and delete is on its critical path.
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    Directory.Delete(directory);
                    break;
                }
                catch (DirectoryNotFoundException)
                {
                    break;
                }
                catch (IOException) when (attempt < 200)
                {
                    if (!thawed)
                    {
                        thawed = true;
                        KillFrozen();
                    }

                    KillMembers(directory);
                    Thread.Sleep(5);
                }
            }
        }
    }

    /// <summary>Frozen tasks act on SIGKILL only once thawed.</summary>
    private void KillFrozen()
    {
        if (IsFrozen)
        {
            foreach (var directory in DirectoriesWith("cgroup.procs"))
            {
                KillMembers(directory);
            }

            SetFrozen(false);
        }
    }

    private static void KillMembers(string directory)
    {
        var procs = Path.Combine(directory, "cgroup.procs");
        if (!File.Exists(procs))
        {
            return;
        }

        foreach (var line in File.ReadAllLines(procs))
        {
            if (int.TryParse(line, CultureInfo.InvariantCulture, out int pid))
            {
                Runtime.Native.Kill(pid, Runtime.Native.SigKill);
            }
        }
    }

    private static IEnumerable<(string File, string Value)> Settings(IReadOnlyList<CgroupHierarchy> hierarchies, string relative, ResourcesSpec resources)
    {
        // BEGIN LAB cgroup-limits
        string? V1(string controller) => hierarchies.FirstOrDefault(h => !h.IsV2 && h.Controllers.Contains(controller)) is { } h ? Path.Combine(h.MountPoint, relative) : null;
        string? V2(string controller) => hierarchies.FirstOrDefault(h => h.IsV2 && h.Controllers.Contains(controller)) is { } h ? Path.Combine(h.MountPoint, relative) : null;
        string Missing(string controller) => throw new ConfigException("linux.resources", $"the {controller} controller is not available on this host");
        static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

        if (resources.MemoryLimit is { } limit)
        {
            if (V1("memory") is { } v1)
            {
                var memsw = Path.Combine(v1, "memory.memsw.limit_in_bytes");
                (string, string) memory = (Path.Combine(v1, "memory.limit_in_bytes"), Text(limit));
                if (resources.MemorySwap is { } swap && File.Exists(memsw))
                {
                    // The kernel keeps memsw >= limit at every step: a growing memsw goes first, a shrinking one last.
                    bool growing = swap < 0 || swap > long.Parse(File.ReadAllText(memsw).Trim(), CultureInfo.InvariantCulture);
                    yield return growing ? (memsw, Text(swap)) : memory;
                    yield return growing ? memory : (memsw, Text(swap));
                }
                else
                {
                    yield return memory;
                }
            }
            else
            {
                var v2 = V2("memory") ?? Missing("memory");
                yield return (Path.Combine(v2, "memory.max"), limit < 0 ? "max" : Text(limit));
                if (resources.MemorySwap is { } swap)
                {
                    yield return (Path.Combine(v2, "memory.swap.max"), swap < 0 ? "max" : Text(Math.Max(0, swap - limit)));
                }
            }
        }

        if (resources.CpuQuota is not null || resources.CpuPeriod is not null || resources.CpuShares is not null)
        {
            if (V1("cpu") is { } v1)
            {
                if (resources.CpuPeriod is { } period)
                {
                    yield return (Path.Combine(v1, "cpu.cfs_period_us"), period.ToString(CultureInfo.InvariantCulture));
                }

                if (resources.CpuQuota is { } quota)
                {
                    yield return (Path.Combine(v1, "cpu.cfs_quota_us"), Text(quota));
                }

                if (resources.CpuShares is { } shares)
                {
                    yield return (Path.Combine(v1, "cpu.shares"), shares.ToString(CultureInfo.InvariantCulture));
                }
            }
            else
            {
                var v2 = V2("cpu") ?? Missing("cpu");
                if (resources.CpuQuota is not null || resources.CpuPeriod is not null)
                {
                    var quota = resources.CpuQuota is { } q and >= 0 ? Text(q) : "max";
                    yield return (Path.Combine(v2, "cpu.max"), $"{quota} {resources.CpuPeriod ?? 100000}");
                }

                if (resources.CpuShares is { } shares)
                {
                    yield return (Path.Combine(v2, "cpu.weight"), SharesToWeight(shares).ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        if (V1("devices") is { } devices && resources.Devices.Count > 0)
        {
            foreach (var rule in resources.Devices)
            {
                yield return (Path.Combine(devices, rule.Allow ? "devices.allow" : "devices.deny"), rule.Line);
            }
        }

        if (resources.PidsLimit is { } pids)
        {
            var directory = V1("pids") ?? V2("pids") ?? Missing("pids");
            yield return (Path.Combine(directory, "pids.max"), pids <= 0 ? "max" : Text(pids));
        }
        // END LAB cgroup-limits
    }

    /// <summary>The conversion runc and crun use: shares 2..262144 map linearly onto weight 1..10000.</summary>
    public static ulong SharesToWeight(ulong shares) => shares == 0 ? 100 : 1 + ((Math.Clamp(shares, 2, 262144) - 2) * 9999 / 262142);

    private static string[] NeededV2(IReadOnlyList<CgroupHierarchy> hierarchies, CgroupHierarchy v2, ResourcesSpec resources)
    {
        var wanted = new List<string>();
        if (resources.MemoryLimit is not null)
        {
            wanted.Add("memory");
        }

        if (resources.CpuQuota is not null || resources.CpuPeriod is not null || resources.CpuShares is not null)
        {
            wanted.Add("cpu");
        }

        if (resources.PidsLimit is not null)
        {
            wanted.Add("pids");
        }

        return wanted.Where(c => v2.Controllers.Contains(c) && !hierarchies.Any(h => !h.IsV2 && h.Controllers.Contains(c))).ToArray();
    }

    /// <summary>v2 only offers a controller to a child when every ancestor lists it in cgroup.subtree_control.</summary>
    private static void EnableV2Controllers(CgroupHierarchy v2, string relative, string[] controllers)
    {
        if (controllers.Length == 0)
        {
            return;
        }

        var directory = v2.MountPoint;
        foreach (var part in relative.Split('/'))
        {
            File.WriteAllText(Path.Combine(directory, "cgroup.subtree_control"), string.Join(' ', controllers.Select(c => "+" + c)));
            directory = Path.Combine(directory, part);
            Directory.CreateDirectory(directory);
        }
    }
}
