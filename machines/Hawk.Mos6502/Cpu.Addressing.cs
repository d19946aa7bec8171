using System.Runtime.CompilerServices;

namespace Hawk.Mos6502;

// Effective-address computation, one method per addressing mode. Each performs exactly the bus cycles the
// chip makes before the data access, dummy reads included; the caller makes the data access itself.
public sealed partial class Cpu<TBus>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Immediate() => Read(PC++);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort ZeroPage() => Read(PC++);

    /// <summary>zp,X / zp,Y: the base is read (and discarded) while the index is added, wrapping in page zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort ZeroPageIndexed(byte index)
    {
        byte zp = Read(PC++);
        Read(zp);
        return (byte)(zp + index);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort Absolute()
    {
        byte lo = Read(PC++);
        return (ushort)(lo | (Read(PC++) << 8));
    }

    /// <summary>
    /// abs,X / abs,Y. The chip first reads from the un-carried address; reads skip that cycle when no page is
    /// crossed, stores and read-modify-writes always make it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort AbsoluteIndexed(byte index, bool alwaysDummyRead)
    {
        ushort baseAddress = Absolute();
        return Indexed(baseAddress, index, alwaysDummyRead);
    }

    /// <summary>(zp,X): pointer read from page zero at zp+X, wrapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort IndexedIndirect()
    {
        // BEGIN LAB indirect-addressing
        byte zp = Read(PC++);
        Read(zp);
        zp += X;
        byte lo = Read(zp);
        return (ushort)(lo | (Read((byte)(zp + 1)) << 8));
        // END LAB indirect-addressing
    }

    /// <summary>(zp),Y: pointer from page zero (wrapping), then indexed like abs,Y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort IndirectIndexed(bool alwaysDummyRead) => Indexed(ZeroPagePointer(), Y, alwaysDummyRead);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort ZeroPagePointer()
    {
        // BEGIN LAB indirect-addressing
        byte zp = Read(PC++);
        byte lo = Read(zp);
        return (ushort)(lo | (Read((byte)(zp + 1)) << 8));
        // END LAB indirect-addressing
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ushort Indexed(ushort baseAddress, byte index, bool alwaysDummyRead)
    {
        ushort address = (ushort)(baseAddress + index);
        if (alwaysDummyRead || ((address ^ baseAddress) & 0xFF00) != 0)
        {
            Read((ushort)((baseAddress & 0xFF00) | (address & 0x00FF)));
        }
        return address;
    }
}
