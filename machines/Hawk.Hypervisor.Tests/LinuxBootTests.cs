using Hawk.Harness.NUnit;
using Hawk.Hypervisor.Boot;
using Hawk.Hypervisor.Devices;
using Hawk.Hypervisor.Linux;

namespace Hawk.Hypervisor.Tests;

/// <summary>Boots Debian's kernel with the project's busybox initramfs to /init, which prints and reboots.</summary>
[Category("slow")]
public class LinuxBootTests
{
    [Test]
    public void Debian_kernel_boots_to_busybox_init_which_prints_and_powers_off()
    {
        GuestPrograms.RequireHardwareSpeedKvm();
        new RequiredComponent("BUSYBOX").Ensure(BusyboxInitramfs.UnavailableReason());
        string kernelPath = FetchKernel();
        var kernel = BzImage.Parse(File.ReadAllBytes(kernelPath), kernelPath);
        using var machine = new KvmMachine(new KvmMachineOptions(256 << 20), new SerialLog());
        LinuxBoot.Load(machine, kernel, LinuxCommandLine.Default, BusyboxInitramfs.Build());

        var result = machine.Run(TimeSpan.FromSeconds(60));

        Assert.That(result.Serial, Does.Contain(BusyboxInitramfs.HelloLine), result.Report());
        Assert.That(result.Serial, Does.Contain(BusyboxInitramfs.DoneMarker));
        Assert.That(result.Stop.Kind, Is.EqualTo(VmStopKind.Reset), result.Report());
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
