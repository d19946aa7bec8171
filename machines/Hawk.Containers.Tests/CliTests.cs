using System.Text.Json;
using Hawk.Containers.Cli;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

/// <summary>The command line in-process: spec, list, --log/--log-format, and error reporting (no containers started).</summary>
public sealed class CliTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("hawker-cli-").FullName;

    [TearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    [Test]
    public void Spec_writes_a_config_that_loads_and_refuses_to_overwrite()
    {
        var (code, _, _) = Invoke("spec", "--bundle", _work, "--args", "echo", "--args", "hi");
        var again = Invoke("spec", "--bundle", _work);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(Hawk.Containers.Spec.ConfigLoader.LoadFile(Path.Combine(_work, "config.json")).Process!.Args, Is.EqualTo(new[] { "echo", "hi" }));
            Assert.That(again.Code, Is.EqualTo(1));
            Assert.That(again.Error, Does.Contain("already exists"));
        });
    }

    [Test]
    public void List_of_an_empty_root_prints_a_header_or_an_empty_json_array()
    {
        var root = Path.Combine(_work, "root");
        Assert.Multiple(() =>
        {
            Assert.That(Invoke("--root", root, "list").Output, Does.StartWith("ID "));
            Assert.That(Invoke("--root", root, "list", "--format", "json").Output.Trim(), Is.EqualTo("[]"));
        });
    }

    [TestCase("text", "level=error msg=\"container \\\"ghost\\\" does not exist\"")]
    [TestCase("json", "\"level\":\"error\"")]
    public void Errors_go_to_stderr_and_to_the_log_file(string format, string logged)
    {
        var log = Path.Combine(_work, "hawker.log");
        var (code, _, error) = Invoke("--root", Path.Combine(_work, "root"), "--log", log, "--log-format", format, "state", "ghost");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(error, Is.EqualTo("hawker: container \"ghost\" does not exist\n"));
            Assert.That(File.ReadAllText(log), Does.Contain(logged));
        });
        if (format == "json")
        {
            Assert.That(JsonDocument.Parse(File.ReadAllText(log)).RootElement.GetProperty("msg").GetString(), Is.EqualTo("container \"ghost\" does not exist"));
        }
    }

    [Test]
    public void Invalid_ids_are_refused()
    {
        var (code, _, error) = Invoke("--root", Path.Combine(_work, "root"), "create", "--bundle", _work, "../escape");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(error, Does.Contain("invalid container id \"../escape\""));
        });
    }

    [Test]
    public void Pid_file_holds_the_init_pid()
    {
        Host.RequireContainers();
        using var bundle = new TestBundle("sleep", "30").Save();
        var pidFile = Path.Combine(_work, "pid");
        var id = $"pidfile-{Environment.ProcessId}";
        Assert.That(OciRuntime.Hawker.Invoke("create", "--bundle", bundle.Directory, "--pid-file", pidFile, id).ExitCode, Is.Zero);
        try
        {
            var state = JsonDocument.Parse(OciRuntime.Hawker.Invoke("state", id).Stdout).RootElement;
            Assert.That(File.ReadAllText(pidFile), Is.EqualTo(state.GetProperty("pid").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        finally
        {
            OciRuntime.Hawker.Invoke("delete", "--force", id);
        }
    }

    private static (int Code, string Output, string Error) Invoke(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = HawkerCli.CreateRoot(output, error).Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
