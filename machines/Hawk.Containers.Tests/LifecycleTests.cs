using System.Diagnostics;
using System.Text.Json;
using Hawk.Containers.Runtime;
using Hawk.Containers.Tests.Support;
using static Hawk.Containers.Tests.Support.RuntimeSteps;

namespace Hawk.Containers.Tests;

/// <summary>The runtime spec's lifecycle: state JSON and status transitions, and errors for operations in the wrong state, on all three runtimes.</summary>
[TestFixture]
[NonParallelizable]
public sealed class LifecycleTests
{
    private static int _sequence;

    public static IEnumerable<string> Runtimes => RuntimeSteps.Runtimes;

    [TestCaseSource(nameof(Runtimes))]
    public void Create_start_kill_delete_walk_the_statuses(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30");
        bundle.Config["annotations"] = new System.Text.Json.Nodes.JsonObject { ["org.hawk.test"] = "lifecycle" };
        bundle.Save();
        var id = NewId();
        Assert.That(runtime.Invoke("create", "--bundle", bundle.Directory, id).ExitCode, Is.Zero);
        try
        {
            var created = State(runtime, id);
            Assert.Multiple(() =>
            {
                Assert.That(created.GetProperty("ociVersion").GetString(), Does.StartWith("1."));
                Assert.That(created.GetProperty("id").GetString(), Is.EqualTo(id));
                Assert.That(created.GetProperty("status").GetString(), Is.EqualTo("created"));
                Assert.That(created.GetProperty("bundle").GetString(), Is.EqualTo(bundle.Directory));
                Assert.That(created.GetProperty("annotations").GetProperty("org.hawk.test").GetString(), Is.EqualTo("lifecycle"));
                Assert.That(File.Exists($"/proc/{created.GetProperty("pid").GetInt32()}/stat"), Is.True, "the init exists while created");
            });

            Assert.That(runtime.Invoke("start", id).ExitCode, Is.Zero);
            Assert.That(State(runtime, id).GetProperty("status").GetString(), Is.EqualTo("running"));
            Assert.That(runtime.Invoke("kill", id, "KILL").ExitCode, Is.Zero);
            Assert.That(WaitForStatus(runtime, id, "stopped"), Is.EqualTo("stopped"));
            Assert.That(runtime.Invoke("delete", id).ExitCode, Is.Zero);
            Assert.That(runtime.Invoke("state", id).ExitCode, Is.Not.Zero, "state of a deleted container is an error");
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Operations_in_the_wrong_state_fail_and_change_nothing(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        var id = NewId();
        Assert.That(runtime.Invoke("run", "--detach", "--bundle", bundle.Directory, id).ExitCode, Is.Zero);
        try
        {
            Assert.Multiple(() =>
            {
                Assert.That(runtime.Invoke("create", "--bundle", bundle.Directory, id).ExitCode, Is.Not.Zero, "create with an id in use");
                Assert.That(runtime.Invoke("start", id).ExitCode, Is.Not.Zero, "start of a running container");
                Assert.That(runtime.Invoke("delete", id).ExitCode, Is.Not.Zero, "delete of a running container without --force");
            });
            Assert.That(State(runtime, id).GetProperty("status").GetString(), Is.EqualTo("running"), "the failed operations left it running");
            Assert.That(runtime.Invoke("kill", id, "KILL").ExitCode, Is.Zero);
            WaitForStatus(runtime, id, "stopped");
            Assert.Multiple(() =>
            {
                Assert.That(runtime.Invoke("start", id).ExitCode, Is.Not.Zero, "start of a stopped container");
                Assert.That(runtime.Invoke("kill", id, "KILL").ExitCode, Is.Not.Zero, "kill of a stopped container");
            });
            Assert.That(runtime.Invoke("delete", id).ExitCode, Is.Zero);
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }

    /// <summary>
    /// The spec: deleting a container that is not stopped "MUST generate an error". hawker follows it; runc 1.1 and
    /// crun 1.8 kill and delete a created container instead (a documented difference, checked so it stays true).
    /// </summary>
    [TestCaseSource(nameof(Runtimes))]
    public void Delete_of_a_created_container(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        var id = NewId();
        Assert.That(runtime.Invoke("create", "--bundle", bundle.Directory, id).ExitCode, Is.Zero);
        try
        {
            var delete = runtime.Invoke("delete", id);
            if (name == "hawker")
            {
                Assert.That(delete.ExitCode, Is.EqualTo(1), delete.ToString());
                Assert.That(State(runtime, id).GetProperty("status").GetString(), Is.EqualTo("created"), "the refused delete changed nothing");
            }
            else
            {
                Assert.That(delete.ExitCode, Is.Zero, $"{name} deletes created containers (spec deviation)");
            }
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Unknown_ids_are_errors(string name)
    {
        var runtime = Require(name);
        var id = NewId();
        Assert.Multiple(() =>
        {
            foreach (var args in new[] { new[] { "state", id }, ["start", id], ["kill", id, "KILL"], ["delete", id] })
            {
                Assert.That(runtime.Invoke(args).ExitCode, Is.Not.Zero, string.Join(' ', args));
            }
        });
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Delete_force_removes_a_running_container(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        var id = NewId();
        Assert.That(runtime.Invoke("run", "--detach", "--bundle", bundle.Directory, id).ExitCode, Is.Zero);
        int pid = State(runtime, id).GetProperty("pid").GetInt32();
        Assert.That(runtime.Invoke("delete", "--force", id).ExitCode, Is.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(runtime.Invoke("state", id).ExitCode, Is.Not.Zero);
            Assert.That(IsAlive(pid), Is.False, "the init was killed");
        });
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Run_reports_death_by_signal_as_128_plus_the_signal(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        var id = NewId();
        var run = Task.Run(() => runtime.Run(bundle, id));
        Assert.That(WaitForStatus(runtime, id, "running"), Is.EqualTo("running"));
        Assert.That(runtime.Invoke("kill", id, "KILL").ExitCode, Is.Zero);
        Assert.That(run.Wait(TimeSpan.FromSeconds(20)), Is.True, "run returned after the kill");
        Assert.That(run.Result.ExitCode, Is.EqualTo(137));
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Run_forwards_SIGTERM_to_the_container_and_still_cleans_up(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sh", "-c", "trap 'exit 7' TERM; while :; do sleep 0.05; done").Save();
        var id = NewId();
        using var run = runtime.Start("/dev/null", "/dev/null", "run", "--bundle", bundle.Directory, id);
        Assert.That(WaitForStatus(runtime, id, "running"), Is.EqualTo("running"));
        Thread.Sleep(100); // let the shell install its trap
        Native.Kill(run.Id, Native.SigTerm);
        Assert.That(run.WaitForExit(TimeSpan.FromSeconds(20)), Is.True, "run returned");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(7), "the container's trap ran and its exit code came back");
            Assert.That(runtime.Invoke("state", id).ExitCode, Is.Not.Zero, "run deleted the container");
        });
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Exec_joins_the_running_container(string name)
    {
        var runtime = Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        bundle.Config["hostname"] = "exec-host";
        bundle.Save();
        var id = NewId();
        Assert.That(runtime.Invoke("run", "--detach", "--bundle", bundle.Directory, id).ExitCode, Is.Zero);
        try
        {
            var exec = runtime.Invoke("exec", id, "sh", "-c", "hostname; cat /proc/1/cmdline | tr '\\0' ' '; exit 3");
            Assert.Multiple(() =>
            {
                Assert.That(exec.ExitCode, Is.EqualTo(3), exec.ToString());
                Assert.That(exec.Stdout, Is.EqualTo("exec-host\nsleep 30 "), "same uts and pid namespaces as the init");
            });
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }

    [TestCaseSource(nameof(Runtimes))]
    public void Namespaces_given_by_path_are_joined(string name)
    {
        var runtime = Require(name);
        using var first = new TestBundle("sleep", "30");
        first.Config["hostname"] = "first-box";
        first.Save();
        var firstId = NewId();
        Assert.That(runtime.Invoke("run", "--detach", "--bundle", first.Directory, firstId).ExitCode, Is.Zero);
        try
        {
            int pid = State(runtime, firstId).GetProperty("pid").GetInt32();
            using var second = new TestBundle("sh", "-c", "hostname; readlink /proc/self/ns/uts; readlink /proc/self/ns/net");
            second.Config.AsObject().Remove("hostname");
            foreach (var ns in second.Linux["namespaces"]!.AsArray())
            {
                var type = ns!["type"]!.GetValue<string>();
                if (type is "uts" or "network")
                {
                    ns["path"] = $"/proc/{pid}/ns/{(type == "uts" ? "uts" : "net")}";
                }
            }

            second.Save();
            var result = runtime.Run(second, NewId());
            var expected = $"first-box\n{Link(pid, "uts")}\n{Link(pid, "net")}\n";
            Assert.That(result.Stdout, Is.EqualTo(expected), result.ToString());
        }
        finally
        {
            runtime.Invoke("delete", "--force", firstId);
        }
    }

    private static string Link(int pid, string ns) => new FileInfo($"/proc/{pid}/ns/{ns}").LinkTarget!;

    private static string NewId() => $"life-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}";
}
