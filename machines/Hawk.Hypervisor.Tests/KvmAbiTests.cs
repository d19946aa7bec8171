using System.Runtime.InteropServices;
using Hawk.Hypervisor.Kvm;

namespace Hawk.Hypervisor.Tests;

/// <summary>The struct layouts and ioctl numbers against the values &lt;linux/kvm.h&gt; yields on x86-64.</summary>
public class KvmAbiTests
{
    [Test]
    public void Struct_sizes_match_the_kernel_headers()
    {
        Assert.That(Marshal.SizeOf<KvmRegs>(), Is.EqualTo(144));
        Assert.That(Marshal.SizeOf<KvmSegment>(), Is.EqualTo(24));
        Assert.That(Marshal.SizeOf<KvmDtable>(), Is.EqualTo(16));
        Assert.That(Marshal.SizeOf<KvmSregs>(), Is.EqualTo(312));
        Assert.That(Marshal.OffsetOf<KvmSregs>(nameof(KvmSregs.Cr0)), Is.EqualTo((nint)224));
        Assert.That(Marshal.OffsetOf<KvmSregs>(nameof(KvmSregs.Efer)), Is.EqualTo((nint)264));
        Assert.That(Marshal.SizeOf<KvmUserspaceMemoryRegion>(), Is.EqualTo(32));
        Assert.That(Marshal.SizeOf<KvmCpuidEntry2>(), Is.EqualTo(40));
        Assert.That(Marshal.SizeOf<KvmPitConfig>(), Is.EqualTo(64));
    }

    [Test]
    public void Ioctl_numbers_match_the_kernel_headers()
    {
        Assert.That(KvmApi.GetApiVersion, Is.EqualTo((nuint)0xAE00));
        Assert.That(KvmApi.GetSupportedCpuid, Is.EqualTo((nuint)0xC008AE05));
        Assert.That(KvmApi.SetUserMemoryRegion, Is.EqualTo((nuint)0x4020AE46));
        Assert.That(KvmApi.Run, Is.EqualTo((nuint)0xAE80));
        Assert.That(KvmApi.GetRegs, Is.EqualTo((nuint)0x8090AE81));
        Assert.That(KvmApi.SetSregs, Is.EqualTo((nuint)0x4138AE84));
        Assert.That(KvmApi.SetCpuid2, Is.EqualTo((nuint)0x4008AE90));
        Assert.That(KvmApi.CreatePit2, Is.EqualTo((nuint)0x4040AE77));
        Assert.That(KvmApi.IrqLine, Is.EqualTo((nuint)0x4008AE61));
        Assert.That(KvmApi.SetIdentityMapAddr, Is.EqualTo((nuint)0x4008AE48));
        Assert.That(KvmApi.SetMsrs, Is.EqualTo((nuint)0x4008AE89));
        Assert.That(KvmApi.GetLapic, Is.EqualTo((nuint)0x8400AE8E));
    }
}
