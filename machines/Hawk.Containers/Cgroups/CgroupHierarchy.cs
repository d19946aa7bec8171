namespace Hawk.Containers.Cgroups;

/// <summary>A mounted cgroup hierarchy: a v1 one with its controllers (e.g. "memory", "name=systemd"), or the v2 tree.</summary>
public sealed record CgroupHierarchy(string MountPoint, IReadOnlySet<string> Controllers, bool IsV2)
{
    /// <summary>Reads cgroup and cgroup2 mounts from a /proc/self/mounts-style text.</summary>
    public static IReadOnlyList<CgroupHierarchy> Parse(string mounts)
    {
        var hierarchies = new List<CgroupHierarchy>();
        foreach (var line in mounts.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length < 4)
            {
                continue;
            }

            var mountPoint = fields[1].Replace("\\040", " ", StringComparison.Ordinal);
            if (fields[2] == "cgroup2")
            {
                var available = Path.Combine(mountPoint, "cgroup.controllers");
                var controllers = File.Exists(available) ? File.ReadAllText(available).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                hierarchies.Add(new CgroupHierarchy(mountPoint, controllers.ToHashSet(StringComparer.Ordinal), true));
            }
            else if (fields[2] == "cgroup")
            {
                var controllers = fields[3].Split(',').Where(option => KnownV1.Contains(option) || option.StartsWith("name=", StringComparison.Ordinal));
                hierarchies.Add(new CgroupHierarchy(mountPoint, controllers.ToHashSet(StringComparer.Ordinal), false));
            }
        }

        return hierarchies;
    }

    public static IReadOnlyList<CgroupHierarchy> Discover() => Parse(File.ReadAllText("/proc/self/mounts"));

    /// <summary>cpuset needs cpus/mems copied down every level before it accepts a process; Hawker does not manage it.</summary>
    public bool IsManaged => IsV2 || !Controllers.Contains("cpuset");

    private static readonly HashSet<string> KnownV1 = new(StringComparer.Ordinal)
    {
        "cpu", "cpuacct", "cpuset", "memory", "devices", "freezer", "net_cls", "net_prio", "blkio", "perf_event", "hugetlb", "pids", "rdma", "misc",
    };
}
