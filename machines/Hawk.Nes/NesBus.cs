using System.Runtime.CompilerServices;
using Hawk.Mos6502;

namespace Hawk.Nes;

/// <summary>The 2A03's view of the console: a thin struct over <see cref="NesSystem"/> so the CPU core is
/// specialised for it.</summary>
internal readonly struct NesBus(NesSystem system) : ICpuBus
{
    public bool NmiLine
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => system.Ppu.NmiLine;
    }

    public bool IrqLine
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => system.IrqLine;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte Read(ushort address) => system.CpuRead(address);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ushort address, byte value) => system.CpuWrite(address, value);
}
