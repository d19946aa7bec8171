using System.Text;
using Hawk.Containers.Cli;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Tests;

public sealed class ConfigLoaderTests
{
    [Test]
    public void The_default_spec_parses_into_the_expected_model()
    {
        var spec = Parse(DefaultSpec.Json(["sh", "-c", "echo hi"]));
        Assert.Multiple(() =>
        {
            Assert.That(spec.Process!.Args, Is.EqualTo(new[] { "sh", "-c", "echo hi" }));
            Assert.That(spec.Root, Is.EqualTo(new RootSpec("rootfs", true)));
            Assert.That(spec.Process.Capabilities!.Bounding, Is.EqualTo((1UL << 29) | (1UL << 5) | (1UL << 10)));
            Assert.That(spec.Process.Rlimits.Single(), Is.EqualTo(new RlimitSpec("RLIMIT_NOFILE", 7, 1024, 1024)));
            Assert.That(spec.Linux.Namespaces.Select(n => n.Type), Is.EqualTo(new[] { "pid", "network", "ipc", "uts", "mount", "cgroup" }));
            Assert.That(spec.Mounts, Has.Count.EqualTo(7));
        });
    }

    [TestCase("{\"ociVersion\": \"1.0.2\", \"root\": {\"path\": 3}}", "root.path: expected a string, got number 3")]
    [TestCase("{\"ociVersion\": \"1.0.2\"}", "root: is required")]
    [TestCase("{\"root\": {\"path\": \"r\"}}", "ociVersion: is required")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"process\": {\"args\": [], \"cwd\": \"/\", \"user\": {\"uid\": 0, \"gid\": 0}}}", "process.args: must name at least the program to run")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"process\": {\"args\": [\"a\"], \"cwd\": \"/\", \"user\": {\"uid\": -1, \"gid\": 0}}}", "process.user.uid: -1 is out of range 0..4294967295")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"process\": {\"args\": [\"a\"], \"cwd\": \"/\", \"user\": {\"uid\": 0, \"gid\": 0}, \"env\": [\"NOVALUE\"]}}", "process.env[0]: expected NAME=VALUE, got \"NOVALUE\"")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"namespaces\": [{\"type\": \"pid\"}, {\"type\": \"pid\"}]}}", "linux.namespaces: namespace \"pid\" is given more than once")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"namespaces\": [{\"type\": \"time\"}]}}", "linux.namespaces[0].type: unknown namespace type \"time\"")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"namespaces\": [{\"type\": \"user\"}]}}", "linux.uidMappings: a new user namespace needs uidMappings and gidMappings")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"devices\": [{\"path\": \"/dev/x\", \"type\": \"q\"}]}}", "linux.devices[0].type: expected one of c, b, u, p, got \"q\"")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"seccomp\": {\"defaultAction\": \"SCMP_ACT_NOPE\"}}}", "linux.seccomp.defaultAction: unknown seccomp action \"SCMP_ACT_NOPE\"")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"seccomp\": {\"defaultAction\": \"SCMP_ACT_ALLOW\", \"syscalls\": [{\"names\": [\"kill\"], \"action\": \"SCMP_ACT_ERRNO\", \"args\": [{\"index\": 6, \"value\": 1, \"op\": \"SCMP_CMP_EQ\"}]}]}}}", "linux.seccomp.syscalls[0].args[0].index: 6 is out of range 0..5")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"hooks\": {\"poststop\": [{\"path\": \"rel\"}]}}", "hooks.poststop[0].path: must be an absolute path, got \"rel\"")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"mounts\": [{\"destination\": \"/x\", \"options\": \"ro\"}]}", "mounts[0].options: expected an array, got string \"ro\"")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"process\": {\"args\": [\"a\"], \"cwd\": \"/\", \"user\": {\"uid\": 0, \"gid\": 0}, \"rlimits\": [{\"type\": \"RLIMIT_CPU\", \"soft\": 5, \"hard\": 1}]}}", "process.rlimits[0]: soft limit 5 exceeds hard limit 1")]
    [TestCase("{\"ociVersion\": \"1\", \"root\": {\"path\": \"r\"}, \"linux\": {\"resources\": {\"devices\": [{\"allow\": true, \"access\": \"rwx\"}]}}}", "linux.resources.devices[0].access: expected letters from \"rwm\", got \"rwx\"")]
    public void Invalid_configs_name_the_field(string json, string message)
    {
        var error = Assert.Throws<ConfigException>(() => Parse(json));
        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [Test]
    public void Malformed_json_reports_line_and_column()
    {
        var error = Assert.Throws<ConfigException>(() => Parse("{\n  \"ociVersion\": \"1\",\n  \"root\": {,}\n}"));
        Assert.That(error!.Message, Does.StartWith("config.json:3:"));
    }

    private static RuntimeSpec Parse(string json) => ConfigLoader.Parse(Encoding.UTF8.GetBytes(json));
}
