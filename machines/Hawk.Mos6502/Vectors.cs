namespace Hawk.Mos6502;

/// <summary>Addresses of the 6502's interrupt vectors (low byte; the high byte follows).</summary>
public static class Vectors
{
    public const ushort Nmi = 0xFFFA;
    public const ushort Reset = 0xFFFC;
    public const ushort IrqBrk = 0xFFFE;
}
