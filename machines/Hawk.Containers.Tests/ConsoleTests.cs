using System.Text;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

/// <summary>process.terminal: the container gets a pty whose master arrives on --console-socket (hawker, runc, crun).</summary>
[TestFixture]
[NonParallelizable]
public sealed class ConsoleTests
{
    [TestCase("hawker")]
    [TestCase("runc")]
    [TestCase("crun")]
    public void The_container_runs_on_a_pty_sent_to_the_console_socket(string name)
    {
        if (name == "hawker")
        {
            Host.RequireContainers();
        }
        else
        {
            Host.RequirePeer(name);
        }

        using var bundle = new TestBundle("sh", "-c", "tty; echo on the console; sleep 1");
        bundle.Process["terminal"] = true;
        bundle.Save();
        using var console = new ConsoleSocket(System.IO.Path.Combine(bundle.Directory, "console.sock"));
        var runtime = OciRuntime.ByName(name);
        var id = $"console-{Environment.ProcessId}-{name}";
        var received = Task.Run(() => console.ReceiveMaster(TimeSpan.FromSeconds(20)));
        var created = runtime.Invoke("create", "--bundle", bundle.Directory, "--console-socket", console.Path, id);
        Assert.That(created.ExitCode, Is.Zero, created.ToString());
        try
        {
            using var master = received.Result;
            Assert.That(runtime.Invoke("start", id).ExitCode, Is.Zero);
            Assert.That(ReadUntil(master, "console"), Is.EqualTo("/dev/pts/0\r\non the console\r\n"));
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }

    [TestCase("hawker")]
    [TestCase("runc")]
    [TestCase("crun")]
    public void Exec_with_tty_runs_on_a_pty_sent_to_the_console_socket(string name)
    {
        var runtime = RuntimeSteps.Require(name);
        using var bundle = new TestBundle("sleep", "30").Save();
        using var console = new ConsoleSocket(System.IO.Path.Combine(bundle.Directory, "console.sock"));
        var id = $"console-exec-{Environment.ProcessId}-{name}";
        Assert.That(runtime.Invoke("run", "--detach", "--bundle", bundle.Directory, id).ExitCode, Is.Zero);
        try
        {
            var received = Task.Run(() => console.ReceiveMaster(TimeSpan.FromSeconds(20)));
            var exec = runtime.Invoke("exec", "--detach", "--tty", "--console-socket", console.Path, id, "sh", "-c", "tty; echo exec on the console; sleep 1");
            Assert.That(exec.ExitCode, Is.Zero, exec.ToString());
            using var master = received.Result;
            Assert.That(ReadUntil(master, "console"), Does.Match(@"^/dev/pts/\d+\r\nexec on the console\r\n$"));
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }

    private static string ReadUntil(Stream master, string marker)
    {
        var text = new StringBuilder();
        var buffer = new byte[256];
        int read;
        while (!text.ToString().Contains(marker, StringComparison.Ordinal) && (read = master.Read(buffer)) > 0)
        {
            text.Append(Encoding.UTF8.GetString(buffer, 0, read));
        }

        return text.ToString();
    }
}
