using System.Text.Json.Nodes;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

/// <summary>The six hook stages run in the spec's order, each reading the container state on stdin, on all three runtimes.</summary>
[TestFixture]
[NonParallelizable]
public sealed class HookTests
{
    private static readonly string[] Stages = ["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"];

    public static IEnumerable<string> Runtimes => LifecycleTests.Runtimes;

    [TestCaseSource(nameof(Runtimes))]
    public void Hooks_run_in_order_with_the_state_on_stdin(string name)
    {
        if (name == "hawker")
        {
            Host.RequireContainers();
        }
        else
        {
            Host.RequirePeer(name);
        }

        using var bundle = new TestBundle("true");
        var logDirectory = Path.Combine(bundle.Directory, "hooklog");
        Directory.CreateDirectory(logDirectory);
        File.SetUnixFileMode(logDirectory, (UnixFileMode)0b111_111_111);
        bundle.Config["mounts"]!.AsArray().Add(new JsonObject { ["destination"] = "/hooklog", ["type"] = "bind", ["source"] = logDirectory, ["options"] = new JsonArray("rbind", "rw") });
        var hooks = new JsonObject();
        foreach (var stage in Stages)
        {
            // startContainer runs inside the container after pivot_root, where the log directory is /hooklog.
            var log = stage == "startContainer" ? "/hooklog/log" : Path.Combine(logDirectory, "log");
            var script = $"echo {stage} $(grep -o '\"status\": *\"[a-z]*\"' | tr -d '\" ') >> {log}";
            hooks[stage] = new JsonArray(new JsonObject { ["path"] = "/bin/sh", ["args"] = new JsonArray("sh", "-c", script) });
        }

        bundle.Config["hooks"] = hooks;
        bundle.Save();
        var result = OciRuntime.ByName(name).Run(bundle, $"hooks-{Environment.ProcessId}-{name}");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var lines = File.ReadAllLines(Path.Combine(logDirectory, "log"));
        var stages = lines.Select(l => l.Split(' ')[0]).ToArray();
        var statuses = lines.Select(l => l.Split(' ').Last()).ToArray();
        var seen = string.Join(" | ", lines);
        if (name == "hawker")
        {
            Assert.That(stages, Is.EqualTo(Stages), seen);
            Assert.That(statuses, Is.EqualTo(new[] { "status:creating", "status:creating", "status:creating", "status:created", "status:running", "status:stopped" }), seen);
            return;
        }

        // Known differences: runc 1.1 and crun 1.8 start poststart hooks without waiting for the process's execve,
        // so startContainer (in the container, before execve) and poststart race; crun also reports "created" during
        // create and "starting" to startContainer hooks; runc's poststart hooks see "created".
        Assert.That(stages.Take(3).Append(stages[^1]), Is.EqualTo(new[] { "prestart", "createRuntime", "createContainer", "poststop" }), seen);
        Assert.That(stages[3..5], Is.EquivalentTo(new[] { "startContainer", "poststart" }), seen);
        var expectedStatuses = name == "crun"
            ? new[] { "status:created", "status:created", "status:created", "status:starting", "status:running", "status:stopped" }
            : new[] { "status:creating", "status:creating", "status:creating", "status:created", "status:created", "status:stopped" };
        Assert.That(Stages.Select(stage => statuses[Array.IndexOf(stages, stage)]), Is.EqualTo(expectedStatuses), seen);
    }
}
