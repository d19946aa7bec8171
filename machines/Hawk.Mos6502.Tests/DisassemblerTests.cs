using Hawk.Mos6502.Disassembly;

namespace Hawk.Mos6502.Tests;

public sealed class DisassemblerTests
{
    private static Func<ushort, byte> Memory(params (ushort Address, byte[] Bytes)[] regions)
    {
        var memory = new byte[RamBus.Size];
        foreach ((ushort address, byte[] bytes) in regions)
        {
            bytes.CopyTo(memory, address);
        }
        return address => memory[address];
    }

    [TestCase(new byte[] { 0xA9, 0x00 }, "LDA #$00")]
    [TestCase(new byte[] { 0x4A }, "LSR A")]
    [TestCase(new byte[] { 0xB1, 0x89 }, "LDA ($89),Y")]
    [TestCase(new byte[] { 0xA1, 0x80 }, "LDA ($80,X)")]
    [TestCase(new byte[] { 0x6C, 0xFF, 0x02 }, "JMP ($02FF)")]
    [TestCase(new byte[] { 0xB0, 0x04 }, "BCS $C72F")]
    [TestCase(new byte[] { 0xB0, 0xFE }, "BCS $C729")]
    [TestCase(new byte[] { 0xBE, 0x34, 0x12 }, "LDX $1234,Y")]
    public void Decodes_assembler_syntax(byte[] bytes, string expected)
    {
        Instruction instruction = Disassembler.Decode(0xC729, Memory((0xC729, bytes)));

        Assert.That(instruction.ToString(), Is.EqualTo(expected));
        Assert.That(instruction.Length, Is.EqualTo(bytes.Length));
    }

    [Test]
    public void Formats_a_nestest_log_line_with_effective_address_and_value()
    {
        Func<ushort, byte> memory = Memory((0xD922, [0xB1, 0x89]), (0x0089, [0x00, 0x03]), (0x0300, [0x89]));
        var registers = new Registers(0xD922, 0x00, 0x00, 0x00, 0xFB, 0x26);

        string line = NestestTrace.FormatLine(registers, 12345, memory);

        Assert.That(line, Is.EqualTo("D922  B1 89     LDA ($89),Y = 0300 @ 0300 = 89  A:00 X:00 Y:00 P:26 SP:FB PPU:108,207 CYC:12345"));
    }

    [Test]
    public void Marks_undocumented_opcodes_with_a_star()
    {
        string line = NestestTrace.FormatLine(new Registers(0xC6BD, 0, 0, 0, 0xFD, 0x24), 7, Memory((0xC6BD, [0x04, 0xA9])));

        Assert.That(line[15..32], Is.EqualTo("*NOP $A9 = 00    "));
    }
}
