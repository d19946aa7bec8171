namespace Hawk.Mos6502;

/// <summary>A snapshot of the programmer-visible registers. P carries bit 5 set and B clear.</summary>
public readonly record struct Registers(ushort PC, byte A, byte X, byte Y, byte S, byte P)
{
    public override string ToString() => $"PC:{PC:X4} A:{A:X2} X:{X:X2} Y:{Y:X2} P:{P:X2} SP:{S:X2}";
}
