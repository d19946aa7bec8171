using System.Text.Json;
using Hawk.Containers.Tests.Support;
using static Hawk.Containers.Tests.Support.RuntimeSteps;

namespace Hawk.Containers.Tests;

/// <summary>
/// pause/resume, ps, events --stats and update on a live container, side by side on hawker, runc and crun (crun 1.8
/// has no `events`). What is compared is what the host and the container observe, not the runtimes' own output.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class ControlTests
{
    private static int _sequence;

    public static IEnumerable<string> WithEvents => ["hawker", "runc"];

    [TestCaseSource(typeof(RuntimeSteps), nameof(RuntimeSteps.Runtimes))]
    public void Pause_stops_the_processes_and_resume_lets_them_run_again(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sh", "-c", "while :; do :; done").Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        int pid = State(runtime, id).GetProperty("pid").GetInt32();
        Assert.That(runtime.Invoke("pause", id).ExitCode, Is.Zero);
        Assert.That(Status(runtime, id), Is.EqualTo("paused"));
        var frozenAt = CpuTicks(pid);
        Thread.Sleep(300);
        Assert.That(CpuTicks(pid), Is.EqualTo(frozenAt), "a paused busy loop gets no CPU time");

        Assert.That(runtime.Invoke("resume", id).ExitCode, Is.Zero);
        Assert.That(Status(runtime, id), Is.EqualTo("running"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (CpuTicks(pid) == frozenAt && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            Thread.Sleep(20);
        }

        Assert.That(CpuTicks(pid), Is.GreaterThan(frozenAt), "a resumed busy loop runs again (a loaded machine may take a while to schedule it)");
    }

    [Test]
    public void Pause_and_resume_refuse_the_wrong_status_and_delete_force_ends_a_paused_container()
    {
        var runtime = Require("hawker");
        using var bundle = new TestBundle("sleep", "30").Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        Assert.That(runtime.Invoke("resume", id).ExitCode, Is.Not.Zero, "resume of a running container");
        Assert.That(runtime.Invoke("pause", id).ExitCode, Is.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(runtime.Invoke("pause", id).ExitCode, Is.Not.Zero, "pause of a paused container");
            Assert.That(runtime.Invoke("exec", id, "true").ExitCode, Is.Not.Zero, "exec in a paused container");
            Assert.That(runtime.Invoke("delete", id).ExitCode, Is.Not.Zero, "delete of a paused container without --force");
        });
        var pid = State(runtime, id).GetProperty("pid").GetInt32();
        Assert.That(runtime.Invoke("delete", "--force", id).ExitCode, Is.Zero);
        Assert.That(IsAlive(pid), Is.False, "the frozen init was killed");
        Assert.That(Directory.Exists($"/sys/fs/cgroup/freezer/hawker/{id}"), Is.False, "the freezer cgroup is gone");
    }

    /// <summary>
    /// This host binds every controller to v1, but the v2 core files work on the real unified tree: the init must have
    /// been cloned into hawker's v2 cgroup, and freezing through cgroup.freeze and cpu.stat's usage must act on it.
    /// </summary>
    [Test]
    public void The_v2_freeze_and_cpu_usage_work_on_the_real_unified_tree()
    {
        var runtime = Require("hawker");
        var unified = Hawk.Containers.Cgroups.CgroupHierarchy.Discover().FirstOrDefault(h => h.IsV2);
        new Hawk.Harness.NUnit.RequiredComponent("CGROUP2").Ensure(unified is null ? "no cgroup2 hierarchy is mounted" : null);
        using var bundle = new TestBundle("sh", "-c", "while :; do :; done").Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        int pid = State(runtime, id).GetProperty("pid").GetInt32();
        var directory = Path.Combine(unified!.MountPoint, "hawker", id);
        Assert.That(File.ReadAllLines($"/proc/{pid}/cgroup"), Does.Contain($"0::/hawker/{id}"), "born into the v2 cgroup by clone3");
        var v2 = Hawk.Containers.Cgroups.ContainerCgroup.Open([directory]);
        v2.SetFrozen(true);
        var frozenAt = CpuTicks(pid);
        Thread.Sleep(300);
        Assert.That(CpuTicks(pid), Is.EqualTo(frozenAt), "frozen through cgroup.freeze");
        v2.SetFrozen(false);
        Thread.Sleep(100);
        Assert.That(v2.Stats().Cpu!.Total, Is.GreaterThan(0UL), "cpu.stat usage_usec of the v2 cgroup");
        Assert.That(v2.Processes(), Is.EqualTo(new[] { pid }));
    }

    [TestCaseSource(typeof(RuntimeSteps), nameof(RuntimeSteps.Runtimes))]
    public void Ps_lists_the_init_and_its_children(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sh", "-c", "sleep 30 & sleep 31").Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        int init = State(runtime, id).GetProperty("pid").GetInt32();
        var pids = WaitForProcesses(runtime, id, 2);
        Assert.That(pids, Has.Length.EqualTo(2).And.Contains(init));
        Assert.That(pids.Select(p => File.ReadAllText($"/proc/{p}/cmdline").Replace('\0', ' ').Trim()).Order(),
            Is.EqualTo(new[] { "sleep 30", "sleep 31" }));
        if (name == "hawker")
        {
            var table = runtime.Invoke("ps", id).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(table, Has.Length.EqualTo(3));
            Assert.That(table[0], Does.StartWith("PID"));
            Assert.That(table.Skip(1).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]), Is.EquivalentTo(pids.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    [TestCaseSource(nameof(WithEvents))]
    public void Events_stats_report_the_cgroup_counters_and_limits(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sh", "-c", "sleep 30 & sleep 31");
        bundle.Linux["resources"] = JsonNodeOf("""{ "memory": { "limit": 67108864 }, "pids": { "limit": 50 } }""");
        bundle.Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        WaitForProcesses(runtime, id, 2);
        var result = runtime.Invoke("events", "--stats", id);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var stats = JsonDocument.Parse(result.Stdout).RootElement;
        var data = stats.GetProperty("data");
        Assert.Multiple(() =>
        {
            Assert.That(stats.GetProperty("type").GetString(), Is.EqualTo("stats"));
            Assert.That(stats.GetProperty("id").GetString(), Is.EqualTo(id));
            Assert.That(data.GetProperty("pids").GetProperty("current").GetInt64(), Is.EqualTo(2));
            Assert.That(data.GetProperty("pids").GetProperty("limit").GetInt64(), Is.EqualTo(50));
            Assert.That(data.GetProperty("memory").GetProperty("usage").GetProperty("limit").GetInt64(), Is.EqualTo(67108864));
            Assert.That(data.GetProperty("memory").GetProperty("usage").GetProperty("usage").GetInt64(), Is.Positive);
            Assert.That(data.GetProperty("cpu").GetProperty("usage").GetProperty("total").GetInt64(), Is.Positive);
        });
    }

    [TestCaseSource(typeof(RuntimeSteps), nameof(RuntimeSteps.Runtimes))]
    public void Update_changes_the_limits_the_container_sees(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        var update = runtime.Invoke("update", "--memory", "67108864", "--pids-limit", "20", "--cpu-period", "100000", "--cpu-quota", "50000", id);
        Assert.That(update.ExitCode, Is.Zero, update.ToString());
        Assert.That(SeenLimits(runtime, id), Is.EqualTo("67108864 20 50000 100000"));
    }

    [TestCaseSource(typeof(RuntimeSteps), nameof(RuntimeSteps.Runtimes))]
    public void Update_raises_memory_and_swap_together_in_the_order_the_kernel_accepts(string name)
    {
        var runtime = Require(name);
        new Hawk.Harness.NUnit.RequiredComponent("SWAP-ACCOUNTING").Ensure(File.Exists("/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes")
            ? null : "the memory cgroup has no memsw files (boot with swapaccount=1)");
        using var bundle = new TestBundle("sleep", "30");
        bundle.Linux["resources"] = JsonNodeOf("""{ "memory": { "limit": 67108864, "swap": 67108864 } }""");
        bundle.Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        foreach (var (memory, swap) in new[] { ("134217728", "268435456"), ("33554432", "50331648") })
        {
            var update = runtime.Invoke("update", "--memory", memory, "--memory-swap", swap, id);
            Assert.That(update.ExitCode, Is.Zero, update.ToString());
            var seen = runtime.Invoke("exec", id, "cat", "/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes");
            Assert.That(seen.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { memory, swap }));
        }
    }

    [Test]
    public void Update_reads_a_resources_file_and_names_a_wrong_field()
    {
        var runtime = Require("hawker");
        using var bundle = new TestBundle("sleep", "30").Save();
        using var container = Started(runtime, bundle);
        var id = container.Id;
        var file = Path.Combine(bundle.Directory, "resources.json");
        File.WriteAllText(file, """{ "memory": { "limit": 33554432 }, "cpu": { "quota": 20000, "period": 50000 }, "pids": { "limit": 7 } }""");
        var update = runtime.Invoke("update", "--resources", file, id);
        Assert.That(update.ExitCode, Is.Zero, update.ToString());
        Assert.That(SeenLimits(runtime, id), Is.EqualTo("33554432 7 20000 50000"));

        File.WriteAllText(file, """{ "pids": { "limit": "many" } }""");
        var wrong = runtime.Invoke("update", "-r", file, id);
        Assert.That(wrong.ExitCode, Is.Not.Zero);
        Assert.That(wrong.Stderr, Does.Contain("pids.limit"));
        Assert.That(SeenLimits(runtime, id), Is.EqualTo("33554432 7 20000 50000"), "a rejected file changes nothing");
    }

    /// <summary>A container run detached from <paramref name="bundle"/>; disposing it deletes it (forced).</summary>
    private static LiveContainer Started(OciRuntime runtime, TestBundle bundle)
    {
        var id = $"ctl-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}";
        var run = runtime.Invoke("run", "--detach", "--bundle", bundle.Directory, id);
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        return new LiveContainer(runtime, id);
    }

    private sealed record LiveContainer(OciRuntime Runtime, string Id) : IDisposable
    {
        public void Dispose() => Runtime.Invoke("delete", "--force", Id);
    }

    /// <summary>memory, pids, cfs quota and period as the container reads them from its own cgroup mounts.</summary>
    private static string SeenLimits(OciRuntime runtime, string id)
    {
        var seen = runtime.Invoke("exec", id, "cat", "/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/pids/pids.max",
            "/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu/cpu.cfs_period_us");
        Assert.That(seen.ExitCode, Is.Zero, seen.ToString());
        return string.Join(' ', seen.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>`ps --format json` until it lists <paramref name="count"/> processes (the shell's child may still be starting).</summary>
    private static int[] WaitForProcesses(OciRuntime runtime, string id, int count)
    {
        int[] pids = [];
        for (int attempt = 0; attempt < 100 && pids.Length != count; attempt++)
        {
            var result = runtime.Invoke("ps", "--format", "json", id);
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            pids = JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Select(e => e.GetInt32()).ToArray();
            if (pids.Length != count)
            {
                Thread.Sleep(20);
            }
        }

        return pids;
    }

    /// <summary>utime + stime of the process, from /proc/PID/stat (fields 14 and 15).</summary>
    private static long CpuTicks(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
