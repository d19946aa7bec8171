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
            var text = new StringBuilder();
            var buffer = new byte[256];
            int read;
            while (!text.ToString().Contains("console", StringComparison.Ordinal) && (read = master.Read(buffer)) > 0)
            {
                text.Append(Encoding.UTF8.GetString(buffer, 0, read));
            }

            Assert.That(text.ToString(), Is.EqualTo("/dev/pts/0\r\non the console\r\n"));
        }
        finally
        {
            runtime.Invoke("delete", "--force", id);
        }
    }
}
