using System.Text.Json.Nodes;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

/// <summary>An invalid config.json or an init that fails half-way gives an error naming the cause and leaves nothing behind.</summary>
[TestFixture]
[NonParallelizable]
public sealed class InvalidConfigTests
{
    private static int _sequence;

    public static IEnumerable<TestCaseData> Cases =>
    [
        Case("wrong-type", b => b.Process["args"] = 5, "process.args: expected an array, got number 5"),
        Case("missing-root", b => b.Config.AsObject().Remove("root"), "root: is required"),
        Case("bad-namespace-path", b => b.Linux["namespaces"]![1]!["path"] = "/proc/999999999/ns/net",
            "linux.namespaces[1].path: namespace file /proc/999999999/ns/net does not exist"),
        Case("unknown-capability", b => b.Process["capabilities"]!["bounding"]!.AsArray().Add("CAP_FOO"),
            "process.capabilities.bounding[3]: unknown capability \"CAP_FOO\""),
        Case("relative-cwd", b => b.Process["cwd"] = "tmp", "process.cwd: must be an absolute path, got \"tmp\""),
        Case("unknown-rlimit", b => b.Process["rlimits"]![0]!["type"] = "RLIMIT_FOO", "process.rlimits[0].type: unknown rlimit \"RLIMIT_FOO\""),
        Case("hostname-without-uts", b => b.Linux["namespaces"] = new JsonArray(new JsonObject { ["type"] = "mount" }, new JsonObject { ["type"] = "pid" }),
            "hostname: setting the hostname needs a new uts namespace"),
        Case("init-fails-mounting", b => b.Config["mounts"]!.AsArray().Add(new JsonObject { ["destination"] = "/bad", ["type"] = "nosuchfs", ["source"] = "none" }),
            "mount none on /bad (type nosuchfs): No such device"),
        Case("init-fails-exec-lookup", b => b.Process["args"] = new JsonArray("no-such-program"), "executable file not found in $PATH"),
    ];

    [TestCaseSource(nameof(Cases))]
    public void Create_fails_with_a_clear_error_and_leaves_nothing(Action<TestBundle> breakIt, string message)
    {
        Host.RequireContainers();
        using var bundle = new TestBundle("true");
        bundle.Config["linux"]!["resources"]!["pids"] = new JsonObject { ["limit"] = 50 };
        breakIt(bundle);
        bundle.Save();
        var id = $"invalid-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}";
        var mountsBefore = MountsUnder(bundle.Directory);

        var result = OciRuntime.Hawker.Invoke("create", "--bundle", bundle.Directory, id);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(result.Stderr, Does.Contain(message));
            Assert.That(result.Stderr, Does.Not.Contain("   at "), "no stack trace");
            Assert.That(Directory.Exists(Path.Combine(OciRuntime.Hawker.Root, id)), Is.False, "no state directory");
            Assert.That(Directory.GetDirectories("/sys/fs/cgroup").Select(h => Path.Combine(h, "hawker", id)).Where(Directory.Exists), Is.Empty, "no cgroup");
            Assert.That(MountsUnder(bundle.Directory), Is.EqualTo(mountsBefore), "no mounts left on the host");
            Assert.That(OciRuntime.Hawker.Invoke("state", id).ExitCode, Is.Not.Zero, "no container");
        });
    }

    private static TestCaseData Case(string name, Action<TestBundle> breakIt, string message) => new TestCaseData(breakIt, message).SetName($"Invalid_{name}");

    private static int MountsUnder(string directory) => File.ReadAllLines("/proc/self/mountinfo").Count(line => line.Contains(directory, StringComparison.Ordinal));
}
