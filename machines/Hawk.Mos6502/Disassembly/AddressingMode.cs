namespace Hawk.Mos6502.Disassembly;

public enum AddressingMode : byte
{
    Implied,
    Accumulator,
    Immediate,
    ZeroPage,
    ZeroPageX,
    ZeroPageY,
    Absolute,
    AbsoluteX,
    AbsoluteY,
    Indirect,
    IndexedIndirect,
    IndirectIndexed,
    Relative,
}

public static class AddressingModeExtensions
{
    /// <summary>Bytes of operand that follow the opcode.</summary>
    public static int OperandLength(this AddressingMode mode) => mode switch
    {
        AddressingMode.Implied or AddressingMode.Accumulator => 0,
        AddressingMode.Absolute or AddressingMode.AbsoluteX or AddressingMode.AbsoluteY or AddressingMode.Indirect => 2,
        _ => 1,
    };
}
