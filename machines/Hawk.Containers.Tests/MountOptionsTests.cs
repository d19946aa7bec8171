using Hawk.Containers.Runtime;

namespace Hawk.Containers.Tests;

public sealed class MountOptionsTests
{
    [Test]
    public void Flags_propagation_and_data_are_separated()
    {
        var options = MountOptions.Parse(["nosuid", "noexec", "ro", "rw", "ro", "rslave", "mode=755", "size=65536k"]);
        Assert.Multiple(() =>
        {
            Assert.That(options.Flags, Is.EqualTo(MountOptions.NoSuid | MountOptions.NoExec | MountOptions.ReadOnly));
            Assert.That(options.Propagation, Is.EqualTo(MountOptions.Slave | MountOptions.Recursive));
            Assert.That(options.Data, Is.EqualTo("mode=755,size=65536k"));
        });
    }

    [Test]
    public void Rbind_is_a_recursive_bind_and_bind_type_implies_bind()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MountOptions.Parse(["rbind"]).Flags, Is.EqualTo(MountOptions.Bind | MountOptions.Recursive));
            Assert.That(MountOptions.Of(new Spec.MountSpec("/x", "bind", "/y", [])).IsBind, Is.True);
            Assert.That(MountOptions.RootPropagation(null), Is.EqualTo(MountOptions.Slave | MountOptions.Recursive));
        });
    }
}
