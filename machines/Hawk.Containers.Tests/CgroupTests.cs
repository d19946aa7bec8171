using Hawk.Containers.Cgroups;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Tests;

/// <summary>Cgroup layout and resource files, on fake hierarchies in a temporary directory (no root needed).</summary>
public sealed class CgroupTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("hawker-cgroups-").FullName;

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void Mounts_are_read_as_v1_controllers_and_the_v2_tree()
    {
        var hierarchies = CgroupHierarchy.Parse(
            "cgroup /sys/fs/cgroup/cpu cgroup rw,relatime,cpu 0 0\n" +
            "cgroup /sys/fs/cgroup/systemd cgroup rw,relatime,name=systemd 0 0\n" +
            "tmpfs /tmp tmpfs rw 0 0\n" +
            "cgroup2 /nonexistent/unified cgroup2 rw 0 0\n");
        Assert.That(hierarchies.Select(h => (h.MountPoint, string.Join(',', h.Controllers), h.IsV2)), Is.EqualTo(new[]
        {
            ("/sys/fs/cgroup/cpu", "cpu", false), ("/sys/fs/cgroup/systemd", "name=systemd", false), ("/nonexistent/unified", "", true),
        }));
    }

    [Test]
    public void V2_limits_are_written_in_v2_syntax_and_controllers_enabled_down_the_path()
    {
        var v2 = Hierarchy("unified", true, "memory", "cpu", "pids");
        var cgroup = ContainerCgroup.Create([v2], "/hawker/box", new ResourcesSpec(64 << 20, 96 << 20, 50000, 100000, 1024, 32));
        var directory = Path.Combine(_root, "unified", "hawker", "box");
        Assert.Multiple(() =>
        {
            Assert.That(cgroup.Directories, Is.EqualTo(new[] { directory }));
            Assert.That(Read(directory, "memory.max"), Is.EqualTo("67108864"));
            Assert.That(Read(directory, "memory.swap.max"), Is.EqualTo("33554432"));
            Assert.That(Read(directory, "cpu.max"), Is.EqualTo("50000 100000"));
            Assert.That(Read(directory, "cpu.weight"), Is.EqualTo("39"));
            Assert.That(Read(directory, "pids.max"), Is.EqualTo("32"));
            Assert.That(Read(Path.Combine(_root, "unified"), "cgroup.subtree_control"), Is.EqualTo("+memory +cpu +pids"));
            Assert.That(Read(Path.Combine(_root, "unified", "hawker"), "cgroup.subtree_control"), Is.EqualTo("+memory +cpu +pids"));
        });
    }

    [Test]
    public void On_a_hybrid_host_v1_controllers_win_and_v2_only_holds_the_process()
    {
        var memory = Hierarchy("memory", false, "memory");
        var pids = Hierarchy("pids", false, "pids");
        var v2 = Hierarchy("unified", true, "hugetlb");
        ContainerCgroup.Create([memory, pids, v2], "box", new ResourcesSpec(1 << 20, null, null, null, null, -1));
        Assert.Multiple(() =>
        {
            Assert.That(Read(Path.Combine(_root, "memory", "box"), "memory.limit_in_bytes"), Is.EqualTo("1048576"));
            Assert.That(Read(Path.Combine(_root, "pids", "box"), "pids.max"), Is.EqualTo("max"));
            Assert.That(Directory.GetFiles(Path.Combine(_root, "unified", "box")), Is.Empty);
        });
    }

    [Test]
    public void A_missing_controller_is_a_config_error_and_nothing_stays()
    {
        var memory = Hierarchy("memory", false, "memory");
        var error = Assert.Throws<ConfigException>(() => ContainerCgroup.Create([memory], "box", new ResourcesSpec(null, null, null, null, null, 10)));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("linux.resources: the pids controller is not available on this host"));
            Assert.That(Directory.Exists(Path.Combine(_root, "memory", "box")), Is.False);
        });
    }

    [Test]
    public void Device_rules_are_written_in_order_to_allow_and_deny()
    {
        var devices = Hierarchy("devices", false, "devices");
        var rules = new DeviceRule[] { new(false, 'a', null, null, "rwm"), new(true, 'c', 1, 3, "rwm") };
        ContainerCgroup.Create([devices], "box", new ResourcesSpec(null, null, null, null, null, null) { Devices = rules });
        Assert.Multiple(() =>
        {
            Assert.That(Read(Path.Combine(_root, "devices", "box"), "devices.deny"), Is.EqualTo("a *:* rwm"));
            Assert.That(Read(Path.Combine(_root, "devices", "box"), "devices.allow"), Is.EqualTo("c 1:3 rwm"));
        });
    }

    [TestCase(2UL, 1UL)]
    [TestCase(1024UL, 39UL)]
    [TestCase(262144UL, 10000UL)]
    public void Shares_convert_to_weight_like_runc_and_crun(ulong shares, ulong weight) => Assert.That(ContainerCgroup.SharesToWeight(shares), Is.EqualTo(weight));

    [Test]
    public void V2_freeze_writes_cgroup_freeze_and_waits_for_the_frozen_event()
    {
        var v2 = Hierarchy("unified", true, "memory", "pids");
        var cgroup = ContainerCgroup.Create([v2], "box", new ResourcesSpec(null, null, null, null, null, null));
        var directory = Path.Combine(_root, "unified", "box");
        // The kernel would report the completed freeze in cgroup.events; the fake tree says so up front.
        File.WriteAllText(Path.Combine(directory, "cgroup.freeze"), "0");
        File.WriteAllText(Path.Combine(directory, "cgroup.events"), "populated 1\nfrozen 1\n");
        cgroup.SetFrozen(true);
        Assert.Multiple(() =>
        {
            Assert.That(Read(directory, "cgroup.freeze"), Is.EqualTo("1"));
            Assert.That(cgroup.IsFrozen, Is.True);
        });
        File.WriteAllText(Path.Combine(directory, "cgroup.events"), "populated 1\nfrozen 0\n");
        cgroup.SetFrozen(false);
        Assert.Multiple(() =>
        {
            Assert.That(Read(directory, "cgroup.freeze"), Is.EqualTo("0"));
            Assert.That(cgroup.IsFrozen, Is.False);
        });
    }

    [Test]
    public void On_a_hybrid_host_the_v1_freezer_is_used()
    {
        var freezer = Hierarchy("freezer", false, "freezer");
        var v2 = Hierarchy("unified", true);
        var cgroup = ContainerCgroup.Create([freezer, v2], "box", new ResourcesSpec(null, null, null, null, null, null));
        File.WriteAllText(Path.Combine(_root, "freezer", "box", "freezer.state"), "THAWED");
        File.WriteAllText(Path.Combine(_root, "unified", "box", "cgroup.freeze"), "0");
        cgroup.SetFrozen(true);
        Assert.Multiple(() =>
        {
            Assert.That(Read(Path.Combine(_root, "freezer", "box"), "freezer.state"), Is.EqualTo("FROZEN"));
            Assert.That(Read(Path.Combine(_root, "unified", "box"), "cgroup.freeze"), Is.EqualTo("0"));
            Assert.That(cgroup.IsFrozen, Is.True);
        });
    }

    [Test]
    public void A_freeze_the_kernel_never_completes_times_out_and_is_undone()
    {
        var v2 = Hierarchy("unified", true);
        var cgroup = ContainerCgroup.Create([v2], "box", new ResourcesSpec(null, null, null, null, null, null));
        var directory = Path.Combine(_root, "unified", "box");
        File.WriteAllText(Path.Combine(directory, "cgroup.freeze"), "0");
        File.WriteAllText(Path.Combine(directory, "cgroup.events"), "populated 1\nfrozen 0\n");
        var error = Assert.Throws<Hawk.Containers.Runtime.ContainerException>(() => cgroup.SetFrozen(true));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.Contain("did not become frozen"));
            Assert.That(Read(directory, "cgroup.freeze"), Is.EqualTo("0"), "thawed again");
        });
    }

    [Test]
    public void V2_statistics_come_from_memory_current_cpu_stat_and_pids()
    {
        var v2 = Hierarchy("unified", true, "memory", "cpu", "pids");
        var cgroup = ContainerCgroup.Create([v2], "box", new ResourcesSpec(1 << 20, null, null, null, null, 10));
        var directory = Path.Combine(_root, "unified", "box");
        File.WriteAllText(Path.Combine(directory, "memory.current"), "4096\n");
        File.WriteAllText(Path.Combine(directory, "memory.peak"), "8192\n");
        File.WriteAllText(Path.Combine(directory, "memory.events"), "low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n");
        File.WriteAllText(Path.Combine(directory, "cpu.stat"), "usage_usec 1500\nuser_usec 1000\nsystem_usec 500\nnr_periods 0\n");
        File.WriteAllText(Path.Combine(directory, "pids.current"), "4\n");
        File.WriteAllText(Path.Combine(directory, "cgroup.procs"), "42\n7\n");
        var stats = cgroup.Stats();
        Assert.Multiple(() =>
        {
            Assert.That(stats.Memory, Is.EqualTo(new MemoryStats(4096, 8192, 1 << 20, 3)));
            Assert.That(stats.Cpu!.Total, Is.EqualTo(1_500_000));
            Assert.That((stats.Cpu.User, stats.Cpu.Kernel), Is.EqualTo(((ulong?)1_000_000, (ulong?)500_000)));
            Assert.That(stats.Pids, Is.EqualTo(new PidsStats(4, 10)));
            Assert.That(cgroup.Processes(), Is.EqualTo(new[] { 7, 42 }));
            Assert.That(stats.ToEventJson("box"), Does.StartWith("""{"type":"stats","id":"box","data":{"cpu":{"usage":{"total":1500000,"percpu":[],"kernel":500000,"user":1000000}}"""));
        });
    }

    [Test]
    public void V1_statistics_convert_cpuacct_ticks_and_report_unlimited_like_runc()
    {
        var cpuacct = Hierarchy("cpuacct", false, "cpuacct");
        var cpu = Hierarchy("cpu", false, "cpu");
        var memory = Hierarchy("memory", false, "memory");
        var pids = Hierarchy("pids", false, "pids");
        var cgroup = ContainerCgroup.Create([cpu, cpuacct, memory, pids], "box", new ResourcesSpec(null, null, null, null, null, null));
        Write("cpu/box/cpu.stat", "nr_periods 0\nnr_throttled 0\nthrottled_time 0\n");
        Write("cpuacct/box/cpuacct.usage", "123456789\n");
        Write("cpuacct/box/cpuacct.usage_percpu", "100000000 23456789 \n");
        Write("cpuacct/box/cpuacct.stat", "user 7\nsystem 3\n");
        Write("memory/box/memory.usage_in_bytes", "65536\n");
        Write("memory/box/memory.max_usage_in_bytes", "131072\n");
        Write("memory/box/memory.limit_in_bytes", "9223372036854771712\n");
        Write("memory/box/memory.failcnt", "0\n");
        Write("pids/box/pids.current", "1\n");
        Write("pids/box/pids.max", "max\n");
        var stats = cgroup.Stats();
        Assert.Multiple(() =>
        {
            Assert.That(stats.Cpu!.Total, Is.EqualTo(123456789));
            Assert.That(stats.Cpu.PerCpu, Is.EqualTo(new ulong[] { 100000000, 23456789 }));
            Assert.That((stats.Cpu.User, stats.Cpu.Kernel), Is.EqualTo(((ulong?)70_000_000, (ulong?)30_000_000)));
            Assert.That(stats.Memory, Is.EqualTo(new MemoryStats(65536, 131072, 9223372036854771712, 0)));
            Assert.That(stats.Pids, Is.EqualTo(new PidsStats(1, 0)), "max is reported as limit 0, as runc does");
        });
    }

    [Test]
    public void V2_update_writes_memory_max_cpu_max_and_pids_max_and_enables_new_controllers()
    {
        var v2 = Hierarchy("unified", true, "memory", "cpu", "pids");
        var cgroup = ContainerCgroup.Create([v2], "hawker/box", new ResourcesSpec(null, null, null, null, null, 5));
        cgroup.Update([v2], new ResourcesSpec(32 << 20, null, 25000, 50000, null, -1));
        var directory = Path.Combine(_root, "unified", "hawker", "box");
        Assert.Multiple(() =>
        {
            Assert.That(Read(directory, "memory.max"), Is.EqualTo("33554432"));
            Assert.That(Read(directory, "cpu.max"), Is.EqualTo("25000 50000"));
            Assert.That(Read(directory, "pids.max"), Is.EqualTo("max"));
            Assert.That(Read(Path.Combine(_root, "unified", "hawker"), "cgroup.subtree_control"), Is.EqualTo("+memory +cpu +pids"));
        });
    }

    [Test]
    public void Update_leaves_unspecified_limits_alone_and_uses_v1_where_mounted()
    {
        var memory = Hierarchy("memory", false, "memory");
        var pids = Hierarchy("pids", false, "pids");
        var v2 = Hierarchy("unified", true, "memory", "pids");
        var cgroup = ContainerCgroup.Create([memory, pids, v2], "box", new ResourcesSpec(1 << 20, null, null, null, null, 10));
        cgroup.Update([memory, pids, v2], new ResourcesSpec(null, null, null, null, null, 20));
        Assert.Multiple(() =>
        {
            Assert.That(Read(Path.Combine(_root, "memory", "box"), "memory.limit_in_bytes"), Is.EqualTo("1048576"));
            Assert.That(Read(Path.Combine(_root, "pids", "box"), "pids.max"), Is.EqualTo("20"));
            Assert.That(File.Exists(Path.Combine(_root, "unified", "box", "pids.max")), Is.False);
        });
    }

    private void Write(string relative, string content) => File.WriteAllText(Path.Combine(_root, relative), content);

    private CgroupHierarchy Hierarchy(string name, bool v2, params string[] controllers)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return new CgroupHierarchy(path, controllers.ToHashSet(), v2);
    }

    private static string Read(string directory, string file) => File.ReadAllText(Path.Combine(directory, file));
}
