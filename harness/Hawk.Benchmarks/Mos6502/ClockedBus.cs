using Hawk.Mos6502;

namespace Hawk.Benchmarks.Mos6502;

/// <summary>A device advanced once per CPU cycle through a virtual call, as a PPU/APU is on the NES bus.</summary>
public abstract class ClockedDevice
{
    public abstract void Tick();
}

/// <summary>Counts dots three per cycle like a PPU would; never raises an interrupt.</summary>
public sealed class DotCounter : ClockedDevice
{
    public long Dots { get; private set; }

    public override void Tick() => Dots += 3;
}

/// <summary>
/// The per-cycle bus mode: every access first advances a device, then reaches memory through a region check,
/// the shape of the NES's bus. RAM covers the whole map so Dormann's test runs unchanged.
/// </summary>
public readonly struct ClockedBus(byte[] memory, ClockedDevice device) : ICpuBus
{
    public byte Read(ushort address)
    {
        device.Tick();
        return memory[address];
    }

    public void Write(ushort address, byte value)
    {
        device.Tick();
        memory[address] = value;
    }

    public bool NmiLine => false;

    public bool IrqLine => false;
}
