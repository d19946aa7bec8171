using Hawk.Mos6502;

namespace Hawk.Conformance.Mos6502;

/// <summary>
/// Flat RAM with Klaus Dormann's interrupt feedback register: bit 0 of the port drives /IRQ (level), bit 1 drives
/// /NMI (edge); bit 7 is filtered out, as the test's I_filter=$7F configures.
/// </summary>
public readonly struct FeedbackBus(byte[] memory, ushort port) : ICpuBus
{
    private const byte Filter = 0x7F;

    public byte Read(ushort address) => memory[address];

    public void Write(ushort address, byte value) => memory[address] = value;

    public bool IrqLine => (memory[port] & Filter & 0x01) != 0;

    public bool NmiLine => (memory[port] & Filter & 0x02) != 0;
}
