using Hawk.Containers.Cli;

namespace Hawk.Containers.Tests;

/// <summary>
/// The `hawker` executable reads plain lifecycle command lines itself and leaves every other line to System.CommandLine:
/// what it reads must mean what System.CommandLine would make of it, and what it refuses must reach System.CommandLine.
/// </summary>
public sealed class LifecycleLineTests
{
    [Test]
    public void A_plain_run_line_is_read_with_its_options_anywhere_after_the_command()
    {
        var line = LifecycleLine.TryRead(["--root", "/r", "run", "-b", "/bundle", "box", "--pid-file", "/p", "-d", "--log", "/l"]);
        Assert.That(line, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(line!.Command, Is.EqualTo("run"));
            Assert.That(line.Id, Is.EqualTo("box"));
            Assert.That(line.Globals, Is.EqualTo(new GlobalValues("/r", "/l", "text")));
            Assert.That(line.Bundle, Is.EqualTo("/bundle"));
            Assert.That(line.PidFile, Is.EqualTo("/p"));
            Assert.That(line.ConsoleSocket, Is.Null);
            Assert.That(line.Detach, Is.True);
        });
    }

    [Test]
    public void Defaults_are_the_ones_of_the_full_command_line()
    {
        var line = LifecycleLine.TryRead(["kill", "box"]);
        var delete = LifecycleLine.TryRead(["delete", "--force", "box"]);
        Assert.Multiple(() =>
        {
            Assert.That(line!.Globals, Is.EqualTo(new GlobalValues(Hawk.Containers.Runtime.StateStore.DefaultRoot, null, "text")));
            Assert.That(line.Signal, Is.EqualTo("SIGTERM"));
            Assert.That(line.Bundle, Is.EqualTo("."));
            Assert.That(LifecycleLine.TryRead(["kill", "box", "KILL"])!.Signal, Is.EqualTo("KILL"));
            Assert.That(delete!.Force, Is.True);
        });
    }

    [TestCase("--help")]
    [TestCase("run", "--help", "box")]
    [TestCase("run")]
    [TestCase("state", "a", "b")]
    [TestCase("run", "--bundle=/b", "box")]
    [TestCase("run", "--bundle", "box")]
    [TestCase("run", "-b", "/a", "-b", "/b", "box")]
    [TestCase("-b", "/b", "run", "box")]
    [TestCase("start", "-d", "box")]
    [TestCase("exec", "box", "sh")]
    [TestCase("list")]
    [TestCase("state", "@args.rsp")]
    [TestCase("state", "")]
    [TestCase("[diagram]", "state", "box")]
    [TestCase("kill", "box", "--", "KILL")]
    public void Anything_but_a_plain_lifecycle_line_is_left_to_System_CommandLine(params string[] args) =>
        Assert.That(LifecycleLine.TryRead(args), Is.Null);

    [Test]
    public void Errors_read_either_way_are_reported_alike()
    {
        var work = Directory.CreateTempSubdirectory("hawker-line-").FullName;
        try
        {
            string[] args = ["--root", Path.Combine(work, "root"), "--log", Path.Combine(work, "log"), "--log-format", "json", "delete", "ghost"];
            using var fastError = new StringWriter();
            int fast = HawkerCli.Invoke(args, TextWriter.Null, fastError);
            using var fullError = new StringWriter();
            int full = HawkerCli.CreateRoot(TextWriter.Null, fullError).Parse(args).Invoke();
            var logged = File.ReadAllLines(Path.Combine(work, "log"));
            Assert.Multiple(() =>
            {
                Assert.That(fast, Is.EqualTo(1));
                Assert.That(full, Is.EqualTo(fast));
                Assert.That(fastError.ToString(), Is.EqualTo("hawker: container \"ghost\" does not exist\n"));
                Assert.That(fullError.ToString(), Is.EqualTo(fastError.ToString()));
                Assert.That(logged, Has.Length.EqualTo(2));
                Assert.That(logged[0][..logged[0].IndexOf("\"time\"", StringComparison.Ordinal)], Is.EqualTo(logged[1][..logged[1].IndexOf("\"time\"", StringComparison.Ordinal)]));
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
