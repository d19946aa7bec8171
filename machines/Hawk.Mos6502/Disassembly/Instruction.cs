namespace Hawk.Mos6502.Disassembly;

/// <summary>One decoded instruction: where it is, what it is and its operand (zero when it has none).</summary>
public readonly record struct Instruction(ushort Address, OpcodeInfo Info, ushort Operand)
{
    public int Length => Info.Length;

    /// <summary>The instruction's bytes, as nestest.log prints them: "4C F5 C5".</summary>
    public string HexBytes => Length switch
    {
        1 => $"{Info.Opcode:X2}",
        2 => $"{Info.Opcode:X2} {Operand:X2}",
        _ => $"{Info.Opcode:X2} {Operand & 0xFF:X2} {Operand >> 8:X2}",
    };

    /// <summary>The branch target of a relative instruction.</summary>
    public ushort BranchTarget => (ushort)(Address + 2 + (sbyte)Operand);

    /// <summary>Assembler syntax without run-time values: "LDA ($80),Y".</summary>
    public override string ToString() => Info.Mode switch
    {
        AddressingMode.Implied => Info.Mnemonic,
        AddressingMode.Accumulator => $"{Info.Mnemonic} A",
        AddressingMode.Immediate => $"{Info.Mnemonic} #${Operand:X2}",
        AddressingMode.ZeroPage => $"{Info.Mnemonic} ${Operand:X2}",
        AddressingMode.ZeroPageX => $"{Info.Mnemonic} ${Operand:X2},X",
        AddressingMode.ZeroPageY => $"{Info.Mnemonic} ${Operand:X2},Y",
        AddressingMode.Absolute => $"{Info.Mnemonic} ${Operand:X4}",
        AddressingMode.AbsoluteX => $"{Info.Mnemonic} ${Operand:X4},X",
        AddressingMode.AbsoluteY => $"{Info.Mnemonic} ${Operand:X4},Y",
        AddressingMode.Indirect => $"{Info.Mnemonic} (${Operand:X4})",
        AddressingMode.IndexedIndirect => $"{Info.Mnemonic} (${Operand:X2},X)",
        AddressingMode.IndirectIndexed => $"{Info.Mnemonic} (${Operand:X2}),Y",
        AddressingMode.Relative => $"{Info.Mnemonic} ${BranchTarget:X4}",
        _ => throw new InvalidOperationException($"Unhandled addressing mode {Info.Mode}."),
    };
}
