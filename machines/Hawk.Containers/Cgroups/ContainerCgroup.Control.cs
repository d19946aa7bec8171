using System.Globalization;
using Hawk.Containers.Runtime;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Cgroups;

/// <summary>
/// What a running container's cgroup offers after creation: freezing (pause/resume), its processes (ps), counters
/// (events --stats) and new limits (update). Each controller is found by its files, so v1, v2 and hybrid layouts (and
/// fake trees in tests) are handled alike: the v1 file wins where both exist, as when the limits were written.
/// </summary>
public sealed partial class ContainerCgroup
{
    private static readonly TimeSpan FreezeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Linux reports cpuacct.stat in USER_HZ ticks, which is 100 per second on every architecture.</summary>
    private const ulong NanosecondsPerTick = 10_000_000;

    /// <summary>v1 freezer.state is FROZEN, or v2 cgroup.events says "frozen 1".</summary>
    public bool IsFrozen => DirectoryWith("freezer.state") is { } v1
        ? Text(v1, "freezer.state") == "FROZEN"
        : DirectoryWith("cgroup.events") is { } v2 && Keyed(v2, "cgroup.events").GetValueOrDefault("frozen") == 1;

    /// <summary>Freezes or thaws every process and waits until the kernel reports it done (a freeze that does not complete is undone).</summary>
    public void SetFrozen(bool frozen)
    {
        if (DirectoryWith("freezer.state") is { } v1)
        {
            var wanted = frozen ? "FROZEN" : "THAWED";
            // v1 may stay FREEZING while tasks are busy in the kernel; writing again retries them (runc does the same).
            WaitUntil(frozen, wanted, () =>
            {
                Write(v1, "freezer.state", wanted);
                return Text(v1, "freezer.state") == wanted;
            }, () => Write(v1, "freezer.state", "THAWED"));
        }
        else if (DirectoryWith("cgroup.freeze") is { } v2)
        {
            Write(v2, "cgroup.freeze", frozen ? "1" : "0");
            WaitUntil(frozen, frozen ? "frozen" : "thawed", () => IsFrozen == frozen, () => Write(v2, "cgroup.freeze", "0"));
        }
        else
        {
            throw new ContainerException("the container has no freezer (neither a v1 freezer cgroup nor v2 cgroup.freeze)");
        }
    }

    /// <summary>The pids (as the host sees them) of every process in the container, ascending.</summary>
    public IReadOnlyList<int> Processes()
    {
        var directory = DirectoryWith("cgroup.procs") ?? throw new ContainerException("the container has no cgroup");
        return File.ReadAllLines(Path.Combine(directory, "cgroup.procs"))
            .Where(line => line.Length > 0)
            .Select(line => int.Parse(line, CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
    }

    public CgroupStats Stats() => new(CpuStatistics(), MemoryStatistics(), PidsStatistics());

    /// <summary>
    /// Writes the limits given in <paramref name="resources"/> (null fields stay as they are). v2 controllers that
    /// were not needed at creation are enabled down the path first.
    /// </summary>
    public void Update(IReadOnlyList<CgroupHierarchy> hierarchies, ResourcesSpec resources)
    {
        var managed = hierarchies.Where(h => h.IsManaged).ToArray();
        var relative = Directories
            .SelectMany(d => managed.Where(h => d.StartsWith(h.MountPoint + "/", StringComparison.Ordinal)).Select(h => d[(h.MountPoint.Length + 1)..]))
            .FirstOrDefault() ?? throw new ContainerException("the container's cgroups are not under any mounted hierarchy");
        try
        {
            foreach (var v2 in managed.Where(h => h.IsV2))
            {
                EnableV2Controllers(v2, relative, NeededV2(managed, v2, resources));
            }

            Apply(managed, relative, resources with { Devices = [] });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContainerException($"cgroups: {e.Message}", e);
        }
    }

    private CpuStats? CpuStatistics()
    {
        if (DirectoryWith("cpuacct.usage") is { } v1)
        {
            var ticks = Keyed(v1, "cpuacct.stat");
            var perCpu = DirectoryWith("cpuacct.usage_percpu") is { } d
                ? Text(d, "cpuacct.usage_percpu").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToArray()
                : [];
            return new CpuStats(Number(v1, "cpuacct.usage"), ticks.GetValueOrDefault("user") * NanosecondsPerTick, ticks.GetValueOrDefault("system") * NanosecondsPerTick, perCpu);
        }

        // v1's cpu controller has a cpu.stat too (throttling only): the v2 one is the one with usage_usec.
        foreach (var directory in DirectoriesWith("cpu.stat"))
        {
            var stat = Keyed(directory, "cpu.stat");
            if (stat.TryGetValue("usage_usec", out var usage))
            {
                return new CpuStats(usage * 1000, stat.GetValueOrDefault("user_usec") * 1000, stat.GetValueOrDefault("system_usec") * 1000, []);
            }
        }

        return null;
    }

    private MemoryStats? MemoryStatistics()
    {
        if (DirectoryWith("memory.usage_in_bytes") is { } v1)
        {
            return new MemoryStats(Number(v1, "memory.usage_in_bytes"), Number(v1, "memory.max_usage_in_bytes"), Number(v1, "memory.limit_in_bytes"), Number(v1, "memory.failcnt"));
        }

        if (DirectoryWith("memory.current") is { } v2)
        {
            ulong? peak = File.Exists(Path.Combine(v2, "memory.peak")) ? Number(v2, "memory.peak") : null;
            return new MemoryStats(Number(v2, "memory.current"), peak, Number(v2, "memory.max"), Keyed(v2, "memory.events").GetValueOrDefault("max"));
        }

        return null;
    }

    private PidsStats? PidsStatistics()
    {
        if (DirectoryWith("pids.current") is not { } directory)
        {
            return null;
        }

        var limit = Number(directory, "pids.max");
        return new PidsStats(Number(directory, "pids.current"), limit == ulong.MaxValue ? 0 : limit);
    }

    private static void WaitUntil(bool freezing, string state, Func<bool> done, Action thaw)
    {
        var deadline = DateTime.UtcNow + FreezeTimeout;
        while (!done())
        {
            if (DateTime.UtcNow > deadline)
            {
                if (freezing)
                {
                    thaw();
                }

                throw new ContainerException($"the container's cgroup did not become {state} within {FreezeTimeout.TotalSeconds} s{(freezing ? "; it was thawed again" : "")}");
            }

            Thread.Sleep(1);
        }
    }

    private string? DirectoryWith(string file) => DirectoriesWith(file).FirstOrDefault();

    private IEnumerable<string> DirectoriesWith(string file) => Directories.Where(d => File.Exists(Path.Combine(d, file)));

    private static string Text(string directory, string file) => File.ReadAllText(Path.Combine(directory, file)).Trim();

    private static void Write(string directory, string file, string value) => File.WriteAllText(Path.Combine(directory, file), value);

    private static ulong Number(string directory, string file) => Parse(Text(directory, file));

    /// <summary>Counters and limits; v2 writes "max" for no limit.</summary>
    private static ulong Parse(string text) => text == "max" ? ulong.MaxValue : ulong.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Files of "key value" lines (cpu.stat, cpuacct.stat, memory.events, cgroup.events).</summary>
    private static Dictionary<string, ulong> Keyed(string directory, string file) => File.ReadAllLines(Path.Combine(directory, file))
        .Select(line => line.Split(' ', 2))
        .Where(parts => parts.Length == 2 && ulong.TryParse(parts[1], CultureInfo.InvariantCulture, out _))
        .ToDictionary(parts => parts[0], parts => ulong.Parse(parts[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
