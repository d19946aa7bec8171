namespace Hawk.Hypervisor.Devices;

/// <summary>Where devices drive their ISA interrupt lines: the in-kernel irqchip under KVM; nowhere on the emulator,
/// whose CPU has no interrupt input.</summary>
public interface IInterruptLines
{
    void SetLevel(int irq, bool level);
}

/// <summary>Interrupt lines wired to nothing.</summary>
public sealed class DisconnectedInterruptLines : IInterruptLines
{
    public static DisconnectedInterruptLines Instance { get; } = new();

    public void SetLevel(int irq, bool level)
    {
    }
}
