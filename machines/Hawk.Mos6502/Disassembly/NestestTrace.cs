using System.Globalization;

namespace Hawk.Mos6502.Disassembly;

/// <summary>
/// Lines in the format of Nintendulator's nestest.log: the state before an instruction runs, with the effective
/// address and memory value the instruction will touch.
/// </summary>
public static class NestestTrace
{
    private const int PpuDotsPerCpuCycle = 3;
    private const int DotsPerScanline = 341;
    private const int ScanlinesPerFrame = 262;

    public static string FormatLine(Registers registers, long cycles, Func<ushort, byte> peek)
    {
        Instruction instruction = Disassembler.Decode(registers.PC, peek);
        long dots = cycles * PpuDotsPerCpuCycle;
        long scanline = dots / DotsPerScanline % ScanlinesPerFrame;
        long dot = dots % DotsPerScanline;
        string marker = instruction.Info.Undocumented ? "*" : " ";
        return string.Create(CultureInfo.InvariantCulture,
            $"{registers.PC:X4}  {instruction.HexBytes,-8} {marker}{Annotate(instruction, registers, peek),-32}" +
            $"A:{registers.A:X2} X:{registers.X:X2} Y:{registers.Y:X2} P:{registers.P:X2} SP:{registers.S:X2} " +
            $"PPU:{scanline,3},{dot,3} CYC:{cycles}");
    }

    /// <summary>The disassembly column: syntax plus "@ address" and "= value" as Nintendulator prints them.</summary>
    public static string Annotate(Instruction instruction, Registers registers, Func<ushort, byte> peek)
    {
        string syntax = instruction.ToString();
        ushort operand = instruction.Operand;
        ushort Word(ushort at, ushort next) => (ushort)(peek(at) | (peek(next) << 8));
        switch (instruction.Info.Mode)
        {
            case AddressingMode.ZeroPage:
                return $"{syntax} = {peek(operand):X2}";
            case AddressingMode.ZeroPageX:
            case AddressingMode.ZeroPageY:
            {
                byte index = instruction.Info.Mode == AddressingMode.ZeroPageX ? registers.X : registers.Y;
                byte address = (byte)(operand + index);
                return $"{syntax} @ {address:X2} = {peek(address):X2}";
            }
            case AddressingMode.Absolute:
                return instruction.Info.Mnemonic is "JMP" or "JSR" ? syntax : $"{syntax} = {peek(operand):X2}";
            case AddressingMode.AbsoluteX:
            case AddressingMode.AbsoluteY:
            {
                byte index = instruction.Info.Mode == AddressingMode.AbsoluteX ? registers.X : registers.Y;
                ushort address = (ushort)(operand + index);
                return $"{syntax} @ {address:X4} = {peek(address):X2}";
            }
            case AddressingMode.Indirect:
                return $"{syntax} = {Word(operand, (ushort)((operand & 0xFF00) | ((operand + 1) & 0xFF))):X4}";
            case AddressingMode.IndexedIndirect:
            {
                byte pointer = (byte)(operand + registers.X);
                ushort address = Word(pointer, (byte)(pointer + 1));
                return $"{syntax} @ {pointer:X2} = {address:X4} = {peek(address):X2}";
            }
            case AddressingMode.IndirectIndexed:
            {
                ushort baseAddress = Word(operand, (byte)(operand + 1));
                ushort address = (ushort)(baseAddress + registers.Y);
                return $"{syntax} = {baseAddress:X4} @ {address:X4} = {peek(address):X2}";
            }
            default:
                return syntax;
        }
    }
}
