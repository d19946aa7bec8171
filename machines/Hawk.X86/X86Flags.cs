namespace Hawk.X86;

/// <summary>Bits of the FLAGS register.</summary>
[Flags]
public enum X86Flags : ushort
{
    None = 0,
    Carry = 0x0001,
    Parity = 0x0004,
    Auxiliary = 0x0010,
    Zero = 0x0040,
    Sign = 0x0080,
    Trap = 0x0100,
    Interrupt = 0x0200,
    Direction = 0x0400,
    Overflow = 0x0800,
}
