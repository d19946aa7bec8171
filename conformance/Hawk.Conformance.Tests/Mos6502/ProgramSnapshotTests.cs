using System.Text;
using Hawk.Harness.NUnit.Snapshots;
using Hawk.Mos6502;
using Hawk.Mos6502.Disassembly;

namespace Hawk.Conformance.Tests.Mos6502;

/// <summary>
/// Regression snapshots of a small 6502 program: its disassembly listing and its nestest-format execution trace
/// (registers, flags and cycle counts after every instruction), on the NMOS core and the 2A03 core.
/// </summary>
[Category("mos6502")]
public sealed class ProgramSnapshotTests
{
    private const ushort Origin = 0x0600;

    // Copies 8 bytes from $0620 to $0200, then adds with carry across $FF and in decimal mode, then BRK.
    private static readonly byte[] Program =
    [
        0xA2, 0x00, //       LDX #$00
        0xA0, 0x08, //       LDY #$08
        0xBD, 0x20, 0x06, // loop: LDA $0620,X
        0x9D, 0x00, 0x02, //       STA $0200,X
        0xE8, //             INX
        0x88, //             DEY
        0xD0, 0xF6, //       BNE loop
        0xA9, 0xFF, //       LDA #$FF
        0x69, 0x01, //       ADC #$01
        0xF8, //             SED
        0x69, 0x19, //       ADC #$19
        0x00, //             BRK
    ];

    private static readonly byte[] Data = [0x10, 0x20, 0x30, 0x40, 0x80, 0x00, 0xFF, 0x7F];

    [Test]
    public void Disassembly_listing()
    {
        var memory = Load();
        var listing = new StringBuilder();
        foreach (var instruction in Disassembler.DecodeRange(Origin, 12, address => memory[address]))
        {
            listing.AppendLine($"{instruction.Address:X4}  {instruction.HexBytes,-8}  {instruction}");
        }

        Snapshot.VerifyText(listing.ToString());
    }

    [TestCase(CpuVariant.Nmos6502)]
    [TestCase(CpuVariant.Ricoh2A03)]
    public void Execution_trace(CpuVariant variant)
    {
        var bus = new RamBus(Load());
        var cpu = new Cpu<RamBus>(bus, variant) { Registers = new Registers(PC: Origin, A: 0, X: 0, Y: 0, S: 0xFD, P: 0x24) };
        var trace = new StringBuilder();
        for (var step = 0; step < 200 && bus.Memory[cpu.PC] != 0x00; step++)
        {
            trace.AppendLine(NestestTrace.FormatLine(cpu.Registers, cpu.Cycles, address => bus.Memory[address]));
            cpu.Step();
        }

        trace.AppendLine(NestestTrace.FormatLine(cpu.Registers, cpu.Cycles, address => bus.Memory[address]));
        trace.AppendLine($"$0200-$0207: {Convert.ToHexString(bus.Memory, 0x0200, 8)}");
        Assert.That(bus.Memory[cpu.PC], Is.Zero, "the program reaches its BRK within 200 steps");
        Snapshot.VerifyText(trace.ToString());
    }

    private static byte[] Load()
    {
        var memory = new byte[RamBus.Size];
        Program.CopyTo(memory, Origin);
        Data.CopyTo(memory, 0x0620);
        return memory;
    }
}
