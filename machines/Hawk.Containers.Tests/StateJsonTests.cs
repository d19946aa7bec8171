using System.Text;
using System.Text.Json;
using Hawk.Containers.Runtime;

namespace Hawk.Containers.Tests;

/// <summary>state.json and the `state` output: escaped as JSON requires and no more, and read back unchanged.</summary>
public sealed class StateJsonTests
{
    private static readonly ContainerRecord Record = new(
        "a+b.c_d", 42, 7, "/bundles/<x>&'y'/ünï\"q\"\\", "/bundles/rootfs", new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero),
        new Dictionary<string, string> { ["note"] = "tab\there\nline\u0001" }, ["/sys/fs/cgroup/pids/hawker/a+b.c_d"], Creating: false);

    [Test]
    public void Only_quotes_backslashes_and_control_characters_are_escaped()
    {
        var text = Encoding.UTF8.GetString(Record.SpecState(ContainerStatus.Running, indented: false));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"id\":\"a+b.c_d\""));
            Assert.That(text, Does.Contain("\"bundle\":\"/bundles/<x>&'y'/ünï\\\"q\\\"\\\\\""));
            Assert.That(text, Does.Contain("\"note\":\"tab\\there\\nline\\u0001\""));
        });
    }

    [Test]
    public void The_record_reads_back_as_written()
    {
        var read = ContainerRecord.FromJson(Record.ToJson());
        var state = JsonDocument.Parse(Record.SpecState(ContainerStatus.Running)).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(read with { Annotations = Record.Annotations, Cgroups = Record.Cgroups }, Is.EqualTo(Record));
            Assert.That(read.Annotations, Is.EqualTo(Record.Annotations));
            Assert.That(read.Cgroups, Is.EqualTo(Record.Cgroups));
            Assert.That(state.GetProperty("bundle").GetString(), Is.EqualTo(Record.Bundle));
            Assert.That(state.GetProperty("annotations").GetProperty("note").GetString(), Is.EqualTo("tab\there\nline\u0001"));
        });
    }
}
