namespace Hawk.Mos6502;

/// <summary>Bits of the processor status register P.</summary>
[Flags]
public enum StatusFlags : byte
{
    None = 0,
    Carry = 0x01,
    Zero = 0x02,
    InterruptDisable = 0x04,
    Decimal = 0x08,
    /// <summary>Not a latch in the chip: only the copy of P pushed by PHP/BRK has it set.</summary>
    Break = 0x10,
    /// <summary>Not a latch either: reads as 1.</summary>
    Unused = 0x20,
    Overflow = 0x40,
    Negative = 0x80,
}
