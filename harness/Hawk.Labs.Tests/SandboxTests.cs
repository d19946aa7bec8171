using System.Net;
using System.Net.Sockets;
using Hawk.Harness.NUnit;
using Hawk.Labs.Definition;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Tests;

/// <summary>The sandbox bounds time, hides secrets, blocks writes outside the run folder and the network.</summary>
public class SandboxTests
{
    private DirectoryInfo _run = null!;
    private DirectoryInfo _outside = null!;

    [SetUp]
    public void Folders()
    {
        _run = Sandbox.CreateWorkspace("sandbox-test-");
        _outside = Sandbox.CreateWorkspace("sandbox-outside-");
        File.WriteAllText(Path.Combine(_outside.FullName, "secret.txt"), "reference solution");
    }

    [TearDown]
    public void Clean()
    {
        _run.Delete(recursive: true);
        _outside.Delete(recursive: true);
    }

    [Test]
    public async Task A_hang_is_killed_with_its_children_at_the_time_limit()
    {
        var marker = Path.Combine(_run.FullName, "child-alive");

        var outcome = await Shell($"(sleep 3; touch {marker}) & while true; do :; done", TimeSpan.FromSeconds(1));

        Assert.That(outcome.TimedOut, Is.True);
        Assert.That(outcome.ExitCode, Is.Null);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.That(File.Exists(marker), Is.False, "the background child must die with the process tree");
    }

    [Test]
    public async Task Only_the_run_folder_is_writable_and_hidden_folders_are_empty()
    {
        RequireIsolation();
        var escape = Path.Combine(_outside.FullName, "escaped.txt");

        var outcome = await Shell($"echo ok > inside.txt; echo x > {escape}; echo x > /tmp/t && echo private-tmp; ls {_outside.FullName} | wc -l", TimeSpan.FromSeconds(10));

        Assert.That(File.ReadAllText(Path.Combine(_run.FullName, "inside.txt")), Is.EqualTo("ok\n"));
        Assert.That(File.Exists(escape), Is.False);
        Assert.That(outcome.StandardOutput, Is.EqualTo("private-tmp\n0\n"), outcome.StandardError);
        Assert.That(File.Exists("/tmp/t"), Is.False, "the sandbox's /tmp is its own");
    }

    [Test]
    public async Task There_is_no_network_not_even_to_the_hosts_loopback()
    {
        RequireIsolation();
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var outcome = await Shell($"exec 3<>/dev/tcp/127.0.0.1/{port} && echo connected || echo refused", TimeSpan.FromSeconds(10), "/bin/bash");

        Assert.That(outcome.StandardOutput.Trim(), Is.EqualTo("refused"));
        Assert.That(listener.Pending(), Is.False);
    }

    [Test]
    public async Task The_address_space_limit_stops_a_huge_allocation()
    {
        var outcome = await Shell("head -c 3000000000 /dev/zero | tail > /dev/null; echo exit=$?", TimeSpan.FromSeconds(20), limitMemory: 64L * 1024 * 1024);

        Assert.That(outcome.StandardOutput.Trim(), Is.Not.EqualTo("exit=0"), "tail buffers the whole line and must hit the limit");
    }

    private Task<ProcessOutcome> Shell(string script, TimeSpan time, string shell = "/bin/sh", long limitMemory = 256L * 1024 * 1024) =>
        Sandbox.RunAsync(new SandboxRequest(shell, ["-c", script], _run, [_outside.FullName], new ResourceLimits(time, limitMemory)));

    [Test]
    public async Task In_a_hawker_container_only_the_system_the_visible_folders_and_the_run_folder_exist()
    {
        new RequiredComponent("NAMESPACES").Ensure(Sandbox.Isolation == IsolationLevel.Container ? null : "the container sandbox needs root, cgroups and hawker");
        var visible = Sandbox.CreateWorkspace("sandbox-visible-");
        try
        {
            File.WriteAllText(Path.Combine(visible.FullName, "input.txt"), "input");
            var request = new SandboxRequest("/bin/sh", ["-c", $"cat {visible.FullName}/input.txt; echo; ls {_outside.FullName} 2>&1 | grep -c 'No such'; echo x > {visible.FullName}/w 2>/dev/null || echo read-only; hostname; cat /proc/self/cgroup | grep -c hawk-lab-sandbox"],
                _run, [_outside.FullName], new ResourceLimits(TimeSpan.FromSeconds(20), 128L * 1024 * 1024), Visible: [visible.FullName]);

            var outcome = await Sandbox.RunAsync(request);

            Assert.That(outcome.StandardOutput.Split('\n')[..4], Is.EqualTo(new[] { "input", "1", "read-only", "sandbox" }), outcome.StandardError);
            Assert.That(int.Parse(outcome.StandardOutput.Split('\n')[4], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(0), "the run is in its own cgroup");
        }
        finally
        {
            visible.Delete(recursive: true);
        }
    }

    private static void RequireIsolation() =>
        new RequiredComponent("NAMESPACES").Ensure(Sandbox.Isolation is IsolationLevel.Namespaces or IsolationLevel.Container ? null : "grading isolation needs root and unshare or hawker (mount, network and PID namespaces)");
}
