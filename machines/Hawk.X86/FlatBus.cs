using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hawk.X86;

/// <summary>
/// A bus with RAM over the whole physical address space and no devices: port reads float high (0xFF, as an idle
/// ISA bus reads and as the SingleStepTests vectors record) and port writes go nowhere.
/// </summary>
public readonly struct FlatBus : IX86Bus
{
    private readonly byte[] _memory;
    private readonly uint _mask;

    /// <param name="addressBits">20 for an 8086, 24 for an 80286.</param>
    public FlatBus(int addressBits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(addressBits, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(addressBits, 24);
        _memory = new byte[1 << addressBits];
        _mask = (1u << addressBits) - 1;
    }

    public byte[] Memory => _memory;

    // The mask keeps every address inside the array, so the bounds check can go.
    public byte ReadByte(uint address) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_memory), address & _mask);

    public void WriteByte(uint address, byte value) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_memory), address & _mask) = value;

    public byte In8(ushort port) => 0xFF;

    public void Out8(ushort port, byte value)
    {
    }

    public ushort In16(ushort port) => 0xFFFF;

    public void Out16(ushort port, ushort value)
    {
    }
}
