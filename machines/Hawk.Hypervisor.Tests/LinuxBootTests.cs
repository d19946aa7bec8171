using Hawk.Cli;
using Hawk.Harness.NUnit;
using Hawk.Hypervisor.Linux;

namespace Hawk.Hypervisor.Tests;

/// <summary>`hawk vm run` boots Debian's kernel with the project's busybox initramfs to /init, which prints a line and
/// reboots (reboot=k: the i8042 reset pulse ends the VM).</summary>
public class LinuxBootTests
{
    [Test]
    [Category("slow")]
    public void Hawk_vm_run_boots_the_debian_kernel_to_busybox_init_which_prints_and_powers_off()
    {
        GuestPrograms.RequireHardwareSpeedKvm();
        new RequiredComponent("BUSYBOX").Ensure(BusyboxInitramfs.UnavailableReason());
        string kernel = FetchKernel();
        var output = new StringWriter();
        var error = new StringWriter();

        int status = HawkApp.Run(["vm", "run", "--kernel", kernel, "--mem", "256M", "--timeout", "60"], [], output, error);

        Assert.That(output.ToString(), Does.Contain(BusyboxInitramfs.HelloLine).And.Contain(BusyboxInitramfs.DoneMarker), error.ToString());
        Assert.That(error.ToString(), Does.Contain("vm: Reset: guest reset the machine through the i8042"));
        Assert.That(status, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void Hawk_vm_run_refuses_absurd_memory_with_a_clear_message()
    {
        var error = new StringWriter();

        int status = HawkApp.Run(["vm", "run", "--kernel", "/nonexistent/bzImage", "--mem", "64T"], [], new StringWriter(), error);

        Assert.That(status, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(error.ToString(), Does.Contain("guest memory of 67108864 MiB exceeds this VMM's limit"));
    }

    internal static string FetchKernel()
    {
        try
        {
            return DebianKernel.Ensure();
        }
        catch (KernelFetchException e)
        {
            new RequiredComponent("KERNEL").Ensure(e.Message);
            throw;
        }
    }
}
