using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Hawk.Mos6502;

/// <summary>
/// 64 KiB of flat RAM and no interrupt sources: the CPU-only bench that Klaus Dormann's tests assume.
/// Reads and writes cost one array access; the address always fits, so the bounds check is skipped.
/// </summary>
public readonly struct RamBus : ICpuBus
{
    public const int Size = 0x10000;

    public RamBus() => Memory = new byte[Size];

    /// <summary>Uses <paramref name="memory"/>, which must be exactly <see cref="Size"/> bytes, as the RAM.</summary>
    public RamBus(byte[] memory)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(memory.Length, Size);
        Memory = memory;
    }

    public byte[] Memory { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Read(ushort address) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Memory), address);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ushort address, byte value) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Memory), address) = value;

    public bool NmiLine => false;

    public bool IrqLine => false;
}
