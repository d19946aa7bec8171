using Hawk.Hypervisor.Devices;

namespace Hawk.Hypervisor;

/// <summary>Something that runs a guest over the shared device model: KVM, or the Hawk.X86 emulator.</summary>
public interface IVmBackend : IDisposable
{
    string Name { get; }

    GuestMemory Memory { get; }

    DeviceModel Devices { get; }

    /// <summary>Starts the (boot) CPU in real mode at CS:IP with the stack at SS:SP and the other segments zero.</summary>
    void SetRealModeEntry(RealModeEntry entry);

    /// <summary>Runs until a device or the VMM requests a stop, or <paramref name="wallTime"/> passes.</summary>
    VmResult Run(TimeSpan wallTime);
}

/// <summary>A real-mode entry point.</summary>
public readonly record struct RealModeEntry(ushort Cs, ushort Ip, ushort Ss, ushort Sp);
