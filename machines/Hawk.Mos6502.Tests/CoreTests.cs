using Hawk.Mos6502.Disassembly;

namespace Hawk.Mos6502.Tests;

public sealed class CoreTests
{
    private const ushort Program = 0x0200;
    private static readonly byte[] JamOpcodes = [0x02, 0x12, 0x22, 0x32, 0x42, 0x52, 0x62, 0x72, 0x92, 0xB2, 0xD2, 0xF2];

    [Test]
    public void A_JAM_opcode_stops_the_CPU_on_the_opcode_and_the_bus_keeps_reading_FFFF()
    {
        var board = new Board();
        board.Load(Program, 0x02, 0xEA);
        var cpu = board.NewCpu(Program);

        cpu.Step();
        Assert.That(cpu.Jammed, Is.True);
        Assert.That(cpu.PC, Is.EqualTo(Program));
        cpu.Step();

        Assert.That(cpu.Cycles, Is.EqualTo(4));
        Assert.That(board.Accesses[^1], Is.EqualTo(((ushort)0xFFFF, false)));
        Assert.That(cpu.PC, Is.EqualTo(Program));
    }

    [TestCase(CpuVariant.Nmos6502, 0x10)]
    [TestCase(CpuVariant.Ricoh2A03, 0x0A)]
    public void ADC_with_D_set_is_BCD_only_on_the_NMOS_variant(CpuVariant variant, int expected)
    {
        var board = new Board();
        board.Load(Program, 0xA9, 0x09, 0x69, 0x01);
        var cpu = board.NewCpu(Program, variant);
        cpu.P = 0x28;

        cpu.Step();
        cpu.Step();

        Assert.That(cpu.A, Is.EqualTo(expected));
    }

    [Test]
    public void The_opcode_table_has_151_documented_and_105_undocumented_opcodes()
    {
        Assert.That(OpcodeTable.All.Count(info => !info.Undocumented), Is.EqualTo(151));
        Assert.That(OpcodeTable.All.Count(info => info.Undocumented), Is.EqualTo(105));
    }

    [Test]
    public void Every_opcode_not_changing_flow_advances_PC_by_its_length_in_the_opcode_table()
    {
        string[] flow = ["JMP", "JSR", "RTS", "RTI", "BRK", "JAM"];
        var mismatches = new List<string>();
        foreach (OpcodeInfo info in OpcodeTable.All.Where(i => i.Mode != AddressingMode.Relative && !flow.Contains(i.Mnemonic)))
        {
            var board = new Board();
            board.Load(Program, info.Opcode, 0x10, 0x03);
            var cpu = board.NewCpu(Program);
            cpu.Step();
            if (cpu.PC != Program + info.Length || cpu.Jammed)
            {
                mismatches.Add($"{info.Opcode:X2} {info.Mnemonic}: PC {cpu.PC:X4}, jammed {cpu.Jammed}");
            }
        }
        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void Exactly_the_twelve_JAM_opcodes_jam()
    {
        var jamming = new List<byte>();
        for (int opcode = 0; opcode < 256; opcode++)
        {
            var board = new Board();
            board.Load(Program, (byte)opcode, 0x10, 0x03);
            board.SetVector(Vectors.IrqBrk, 0x0300);
            var cpu = board.NewCpu(Program);
            cpu.Step();
            if (cpu.Jammed)
            {
                jamming.Add((byte)opcode);
            }
        }
        Assert.That(jamming, Is.EqualTo(JamOpcodes));
        Assert.That(JamOpcodes.Select(op => OpcodeTable.Get(op).Mnemonic), Is.All.EqualTo("JAM"));
    }

    [Test]
    public void RunUntil_stops_at_the_cycle_limit()
    {
        var board = new Board();
        board.Load(Program, 0x4C, 0x00, 0x02);
        var cpu = board.NewCpu(Program);

        cpu.RunUntil(1000);

        Assert.That(cpu.Cycles, Is.InRange(1000, 1002));
    }
}

public sealed class UnstableOpcodeTests
{
    private const ushort Program = 0x0200;

    [TestCase(CpuVariant.Nmos6502, 0x2C)]
    [TestCase(CpuVariant.Ricoh2A03, 0x3C)]
    public void LXA_ORs_A_with_the_variant_constant_before_the_AND(CpuVariant variant, int expected)
    {
        var board = new Board();
        board.Load(Program, 0xAB, 0x3C);
        var cpu = board.NewCpu(Program, variant);
        cpu.A = 0x01;

        cpu.Step();

        Assert.That((cpu.A, cpu.X), Is.EqualTo(((byte)expected, (byte)expected)));
    }

    [TestCase(CpuVariant.Nmos6502, 0x0711, 0x00)]
    [TestCase(CpuVariant.Ricoh2A03, 0x0611, 0x06)]
    public void SHY_across_a_page_follows_the_variant(CpuVariant variant, int address, int value)
    {
        var board = new Board();
        board.Load(Program, 0x9C, 0x94, 0x06);
        var cpu = board.NewCpu(Program, variant);
        cpu.X = 0x7D;
        cpu.Y = 0xB6;

        cpu.Step();

        Assert.That(board.Accesses[^1], Is.EqualTo(((ushort)address, true)));
        Assert.That(board.Memory[address], Is.EqualTo(value));
    }
}
