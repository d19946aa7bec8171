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

    private CgroupHierarchy Hierarchy(string name, bool v2, params string[] controllers)
    {
        var path = Path.Combine(_root, name);
        Directory.CreateDirectory(path);
        return new CgroupHierarchy(path, controllers.ToHashSet(), v2);
    }

    private static string Read(string directory, string file) => File.ReadAllText(Path.Combine(directory, file));
}
