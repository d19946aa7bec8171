namespace Hawk.Mos6502.Disassembly;

/// <summary>Decodes instructions from memory read through a side-effect-free peek.</summary>
public static class Disassembler
{
    public static Instruction Decode(ushort address, Func<ushort, byte> peek)
    {
        OpcodeInfo info = OpcodeTable.Get(peek(address));
        ushort operand = info.Mode.OperandLength() switch
        {
            0 => 0,
            1 => peek((ushort)(address + 1)),
            _ => (ushort)(peek((ushort)(address + 1)) | (peek((ushort)(address + 2)) << 8)),
        };
        return new Instruction(address, info, operand);
    }

    /// <summary>Decodes <paramref name="count"/> consecutive instructions starting at <paramref name="address"/>.</summary>
    public static IReadOnlyList<Instruction> DecodeRange(ushort address, int count, Func<ushort, byte> peek)
    {
        var instructions = new List<Instruction>(count);
        for (int i = 0; i < count; i++)
        {
            Instruction instruction = Decode(address, peek);
            instructions.Add(instruction);
            address = (ushort)(address + instruction.Length);
        }
        return instructions;
    }
}
