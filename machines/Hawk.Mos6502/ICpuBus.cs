namespace Hawk.Mos6502;

/// <summary>
/// What the CPU sees of the world. Every call to <see cref="Read"/> or <see cref="Write"/> is exactly one CPU cycle,
/// made in the order the silicon makes them, dummy accesses included, so a bus that advances other chips on each
/// access (the NES's PPU and APU) stays cycle-exact. The CPU is generic over a struct bus so that the JIT
/// specialises the core for each bus: a flat RAM bus costs an array access per cycle and nothing more.
/// </summary>
public interface ICpuBus
{
    byte Read(ushort address);

    void Write(ushort address, byte value);

    /// <summary>The /NMI input, true while asserted. The CPU detects its rising edge (high-to-low on the pin).</summary>
    bool NmiLine { get; }

    /// <summary>The /IRQ input, true while asserted (level-sensitive, masked by the I flag).</summary>
    bool IrqLine { get; }
}
