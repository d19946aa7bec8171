using System.Text.Json.Nodes;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

/// <summary>The isolation and limit cases: each runs a busybox script inside the container and states what it must see.</summary>
public static class ConformanceCases
{
    public static IEnumerable<ContainerCase> All =>
    [
        new("pid-namespace-makes-the-process-pid-1", "echo $$", _ => { }, r => Assert.That(r.Stdout.Trim(), Is.EqualTo("1"))),
        new("hostname-is-set-in-the-uts-namespace", "hostname", b => b.Config["hostname"] = "hawk-test", r => Assert.That(r.Stdout.Trim(), Is.EqualTo("hawk-test"))),
        new("domainname-is-set", "cat /proc/sys/kernel/domainname", b => b.Config["domainname"] = "hawk.example", r => Assert.That(r.Stdout.Trim(), Is.EqualTo("hawk.example")),
            new PeerDifference("runc", "runc 1.1 ignores the domainname field (support came in runc 1.2)", "hawk.example", "(none)")),
        new("mount-table-has-the-configured-mounts", "awk '$2 !~ /^\\/sys\\/fs\\/cgroup\\// {print $2, $3}' /proc/mounts | sort", _ => { }, r =>
            Assert.That(r.Stdout, Does.Contain("/proc proc").And.Contain("/dev tmpfs").And.Contain("/dev/pts devpts").And.Contain("/dev/shm tmpfs")
                .And.Contain("/dev/mqueue mqueue").And.Contain("/sys sysfs").And.Contain("/sys/fs/cgroup tmpfs")),
            new PeerDifference("crun", "crun masks a file by binding the host's /dev/null (devtmpfs); hawker and runc bind the container's /dev/null (tmpfs)",
                "(/proc/(?:keys|timer_list|kcore|latency_stats|timer_stats|sched_debug)) tmpfs\n", "$1 devtmpfs\n")),
        new("masked-paths-read-empty", "wc -c < /proc/keys; wc -c < /proc/timer_list; ls /sys/firmware | wc -l", _ => { }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "0", "0", "0" }))),
        new("readonly-paths-and-root-refuse-writes",
            "echo 1 > /proc/sys/kernel/ns_last_pid 2>/dev/null && echo writable || echo readonly; touch /x 2>/dev/null && echo rw-root || echo ro-root",
            _ => { }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "readonly", "ro-root" }))),
        new("writable-root-accepts-writes", "touch /tmp/x && echo rw-root", b => b.Config["root"]!["readonly"] = false, r => Assert.That(r.Stdout.Trim(), Is.EqualTo("rw-root"))),
        new("default-capabilities", "grep -E '^Cap(Inh|Prm|Eff|Bnd|Amb)' /proc/self/status", _ => { }, r =>
            Assert.That(Lines(r), Is.EqualTo(new[] { "CapInh:\t0000000000000000", "CapPrm:\t0000000020000420", "CapEff:\t0000000020000420", "CapBnd:\t0000000020000420", "CapAmb:\t0000000000000000" }))),
        new("ambient-capabilities-reach-the-process", "grep -E '^Cap(Inh|Amb|Eff)' /proc/self/status", b =>
        {
            foreach (var set in new[] { "bounding", "effective", "permitted", "inheritable", "ambient" })
            {
                b.Process["capabilities"]![set] = new JsonArray("CAP_NET_RAW", "CAP_SYS_ADMIN");
            }
        }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "CapInh:\t0000000000202000", "CapEff:\t0000000000202000", "CapAmb:\t0000000000202000" }))),
        new("rlimits-are-applied", "awk '/open files|processes/ {print $(NF-2), $(NF-1)}' /proc/self/limits", b =>
            b.Process["rlimits"]!.AsArray().Add(new JsonObject { ["type"] = "RLIMIT_NPROC", ["soft"] = 100, ["hard"] = 200 }),
            r => Assert.That(Lines(r), Is.EqualTo(new[] { "100 200", "1024 1024" }))),
        new("user-namespace-maps-root", "id -u; cat /proc/self/uid_map /proc/self/gid_map | tr -s ' '", b =>
        {
            b.Linux["namespaces"]!.AsArray().Add(new JsonObject { ["type"] = "user" });
            b.Linux["uidMappings"] = new JsonArray(new JsonObject { ["containerID"] = 0, ["hostID"] = 100000, ["size"] = 65536 });
            b.Linux["gidMappings"] = new JsonArray(new JsonObject { ["containerID"] = 0, ["hostID"] = 100000, ["size"] = 65536 });
            RemoveMount(b, "/sys/fs/cgroup"); // cgroup v1 cannot be mounted from a user namespace.
        }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "0", " 0 100000 65536", " 0 100000 65536" }))),
        new("process-user-and-groups", "id", b => b.Process["user"] = new JsonObject { ["uid"] = 1000, ["gid"] = 1000, ["additionalGids"] = new JsonArray(10, 20) },
            r => Assert.That(r.Stdout.Trim(), Does.StartWith("uid=1000 gid=1000").And.Contain("10").And.Contain("20"))),
        new("umask-is-applied", "umask", b => b.Process["user"]!["umask"] = 23, r => Assert.That(r.Stdout.Trim(), Is.EqualTo("0027"))),
        new("cwd-and-env", "pwd; echo $GREETING", b =>
        {
            b.Process["cwd"] = "/tmp";
            b.Process["env"]!.AsArray().Add("GREETING=hello");
        }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "/tmp", "hello" }))),
        new("no-new-privileges", "grep NoNewPrivs /proc/self/status", _ => { }, r => Assert.That(r.Stdout.Trim(), Is.EqualTo("NoNewPrivs:\t1"))),
        new("oom-score-adj", "cat /proc/self/oom_score_adj", b => b.Process["oomScoreAdj"] = 123, r => Assert.That(r.Stdout.Trim(), Is.EqualTo("123"))),
        new("sysctl-is-written", "cat /proc/sys/kernel/shm_rmid_forced /proc/sys/net/ipv4/ip_forward", b =>
            b.Linux["sysctl"] = new JsonObject { ["kernel.shm_rmid_forced"] = "1", ["net.ipv4.ip_forward"] = "1" },
            r => Assert.That(Lines(r), Is.EqualTo(new[] { "1", "1" }))),
        new("devices-are-created", "stat -c '%n %F %t:%T %a' /dev/hawk0 /dev/null /dev/zero /dev/urandom", b =>
            b.Linux["devices"] = new JsonArray(new JsonObject { ["path"] = "/dev/hawk0", ["type"] = "c", ["major"] = 1, ["minor"] = 3, ["fileMode"] = 416 }),
            r => Assert.That(Lines(r), Is.EqualTo(new[] { "/dev/hawk0 character special file 1:3 640", "/dev/null character special file 1:3 666", "/dev/zero character special file 1:5 666", "/dev/urandom character special file 1:9 666" }))),
        new("bind-mount-read-only", "cat /data/file; touch /data/new 2>/dev/null && echo writable || echo read-only", b =>
        {
            Directory.CreateDirectory(Path.Combine(b.Directory, "data"));
            File.WriteAllText(Path.Combine(b.Directory, "data", "file"), "from the host\n");
            b.Config["mounts"]!.AsArray().Add(new JsonObject { ["destination"] = "/data", ["type"] = "bind", ["source"] = "data", ["options"] = new JsonArray("rbind", "ro") });
        }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "from the host", "read-only" }))),
        new("seccomp-errno-rule", "mkdir /tmp/blocked 2>/dev/null; echo $?; cat /proc/self/status | grep ^Seccomp:", b =>
            b.Linux["seccomp"] = new JsonObject
            {
                ["defaultAction"] = "SCMP_ACT_ALLOW",
                ["architectures"] = new JsonArray("SCMP_ARCH_X86_64"),
                ["syscalls"] = new JsonArray(new JsonObject { ["names"] = new JsonArray("mkdir", "mkdirat"), ["action"] = "SCMP_ACT_ERRNO", ["errnoRet"] = 1 }),
            }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "1", "Seccomp:\t2" }))),
        new("seccomp-argument-condition", "for s in 0 17 18 23; do kill -s $s $$ 2>/dev/null && echo $s-sent || echo $s-blocked; done", b =>
            b.Linux["seccomp"] = new JsonObject
            {
                ["defaultAction"] = "SCMP_ACT_ALLOW",
                ["syscalls"] = new JsonArray(new JsonObject
                {
                    ["names"] = new JsonArray("kill"), ["action"] = "SCMP_ACT_ERRNO",
                    ["args"] = new JsonArray(new JsonObject { ["index"] = 1, ["value"] = 18, ["op"] = "SCMP_CMP_GE" }),
                }),
            }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "0-sent", "17-sent", "18-blocked", "23-blocked" }))),
        new("device-cgroup-denies-other-devices", "mknod /tmp/disk b 7 0 && (head -c 1 /tmp/disk >/dev/null 2>&1 && echo opened || echo denied); head -c 1 /dev/zero | wc -c", b =>
        {
            b.Config["root"]!["readonly"] = false;
            foreach (var set in new[] { "bounding", "effective", "permitted" })
            {
                b.Process["capabilities"]![set]!.AsArray().Add("CAP_MKNOD");
            }
        }, r => Assert.That(Lines(r), Is.EqualTo(new[] { "denied", "1" }))),
        new("symlinks-in-the-rootfs-cannot-move-mounts-to-the-host", $"grep -c ' {EscapeTarget}/x ' /proc/mounts; ls -d /up/y", b =>
        {
            // The target exists inside the rootfs (crun refuses dangling links instead of creating their targets).
            Directory.CreateDirectory(b.Directory + "/rootfs" + EscapeTarget);
            File.CreateSymbolicLink(Path.Combine(b.Directory, "rootfs", "escape"), EscapeTarget);
            File.CreateSymbolicLink(Path.Combine(b.Directory, "rootfs", "up"), "../../../../../../../../tmp");
            b.Config["mounts"]!.AsArray().Add(new JsonObject { ["destination"] = "/escape/x", ["type"] = "tmpfs", ["source"] = "tmpfs" });
            b.Config["mounts"]!.AsArray().Add(new JsonObject { ["destination"] = "/up/y", ["type"] = "tmpfs", ["source"] = "tmpfs" });
        }, r =>
        {
            Assert.That(Lines(r), Is.EqualTo(new[] { "1", "/up/y" }), "the mounts exist inside the container");
            Assert.That(Directory.Exists(EscapeTarget), Is.False, "nothing was created on the host");
        }),
        new("exit-code-is-returned", "exit 42", _ => { }, r => Assert.That(r.ExitCode, Is.EqualTo(42))),
        new("memory-limit-kills", "dd if=/dev/zero of=/dev/null bs=96M count=1 2>/dev/null; echo $?", b =>
            b.Linux["resources"]!["memory"] = new JsonObject { ["limit"] = 32 << 20, ["swap"] = 32 << 20 },
            r => Assert.That(r.Stdout.Trim(), Is.EqualTo("137"))),
        new("pids-limit-stops-forks", "sh -c 'for i in $(seq 30); do sleep 5 & done' 2>&1 | grep -c \"can't fork\"", b =>
            b.Linux["resources"]!["pids"] = new JsonObject { ["limit"] = 10 },
            r => Assert.That(r.Stdout.Trim(), Is.EqualTo("1"))),
        new("cpu-quota-throttles",
            "cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us; end=$(($(date +%s)+2)); while [ $(date +%s) -lt $end ]; do :; done; awk '/nr_throttled/ {print ($2 > 0) ? \"throttled\" : \"free\"}' /sys/fs/cgroup/cpu/cpu.stat",
            b => b.Linux["resources"]!["cpu"] = new JsonObject { ["quota"] = 10000, ["period"] = 100000 },
            r => Assert.That(Lines(r), Is.EqualTo(new[] { "10000", "throttled" }))),
    ];

    /// <summary>A host path a hostile rootfs symlink points at; it must stay untouched.</summary>
    private static readonly string EscapeTarget = $"/tmp/hawk-escape-{Environment.ProcessId}";

    public static ContainerCase Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Builds the case's bundle: `sh -c SCRIPT` in busybox with the case's edits.</summary>
    public static TestBundle Bundle(ContainerCase testCase)
    {
        var bundle = new TestBundle("sh", "-c", testCase.Script);
        testCase.Configure(bundle);
        return bundle.Save();
    }

    private static string[] Lines(RunResult result) => result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static void RemoveMount(TestBundle bundle, string destination)
    {
        var mounts = bundle.Config["mounts"]!.AsArray();
        mounts.Remove(mounts.Single(m => m!["destination"]!.GetValue<string>() == destination));
    }
}
