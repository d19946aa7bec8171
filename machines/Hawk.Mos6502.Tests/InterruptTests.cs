namespace Hawk.Mos6502.Tests;

// Interrupt timing as the nesdev wiki's "CPU interrupts" describes the NMOS 6502: inputs are polled at the end of
// an instruction's second-to-last cycle; NMI is edge-triggered; an NMI during BRK's pushes takes over its vector.
public sealed class InterruptTests
{
    private const ushort Program = 0x0200;
    private const ushort IrqHandler = 0x0300;
    private const ushort NmiHandler = 0x0400;
    private const byte Nop = 0xEA;

    private static Board NewBoard(params byte[] program)
    {
        var board = new Board();
        board.Load(Program, program);
        board.Load(IrqHandler, Nop, Nop, Nop);
        board.Load(NmiHandler, Nop, Nop, Nop);
        board.SetVector(Vectors.IrqBrk, IrqHandler);
        board.SetVector(Vectors.Nmi, NmiHandler);
        return board;
    }

    [Test]
    public void Reset_takes_seven_cycles_drops_S_by_three_and_loads_the_reset_vector()
    {
        Board board = NewBoard();
        board.SetVector(Vectors.Reset, 0x1234);
        var cpu = new Cpu<BoardBus>(new BoardBus(board), CpuVariant.Nmos6502);

        cpu.Reset();

        Assert.Multiple(() =>
        {
            Assert.That(cpu.PC, Is.EqualTo(0x1234));
            Assert.That(cpu.S, Is.EqualTo(0xFD));
            Assert.That(cpu.Cycles, Is.EqualTo(7));
            Assert.That(cpu.P & (byte)StatusFlags.InterruptDisable, Is.Not.Zero);
            Assert.That(board.Accesses.Any(a => a.IsWrite), Is.False, "RESET makes no writes");
        });
    }

    [Test]
    public void An_IRQ_runs_a_seven_cycle_sequence_that_pushes_PC_and_P_without_B()
    {
        Board board = NewBoard(Nop, Nop);
        board.IrqFrom = 1;
        var cpu = board.NewCpu(Program);
        cpu.P = 0x20;

        cpu.Step();
        Assert.That(cpu.InterruptPending, Is.True);
        cpu.Step();

        Assert.Multiple(() =>
        {
            Assert.That(cpu.PC, Is.EqualTo(IrqHandler));
            Assert.That(cpu.Cycles, Is.EqualTo(2 + 7));
            Assert.That(cpu.S, Is.EqualTo(0xFA));
            Assert.That(board.Memory[0x1FD], Is.EqualTo(0x02), "PCH");
            Assert.That(board.Memory[0x1FC], Is.EqualTo(0x01), "PCL: the address of the next instruction");
            Assert.That(board.Memory[0x1FB], Is.EqualTo(0x20), "P as pushed by an interrupt has B clear");
            Assert.That(cpu.P & (byte)StatusFlags.InterruptDisable, Is.Not.Zero);
        });
    }

    [Test]
    public void An_IRQ_is_masked_while_I_is_set()
    {
        Board board = NewBoard(Nop, Nop, Nop);
        board.IrqFrom = 1;
        var cpu = board.NewCpu(Program);

        cpu.Step();
        cpu.Step();

        Assert.That(cpu.PC, Is.EqualTo(Program + 2));
    }

    [Test]
    public void CLI_lets_one_more_instruction_run_before_a_waiting_IRQ()
    {
        Board board = NewBoard(0x58, Nop, Nop);
        board.IrqFrom = 1;
        var cpu = board.NewCpu(Program);

        cpu.Step();
        Assert.That(cpu.InterruptPending, Is.False, "polled while I was still set");
        cpu.Step();
        Assert.That(cpu.InterruptPending, Is.True);
    }

    [Test]
    public void SEI_still_takes_an_IRQ_that_was_polled_before_I_was_set_and_pushes_I_set()
    {
        Board board = NewBoard(0x78, Nop);
        board.IrqFrom = 1;
        var cpu = board.NewCpu(Program);
        cpu.P = 0x20;

        cpu.Step();
        cpu.Step();

        Assert.That(cpu.PC, Is.EqualTo(IrqHandler));
        Assert.That(board.Memory[0x1FB] & (byte)StatusFlags.InterruptDisable, Is.Not.Zero);
    }

    [Test]
    public void A_taken_branch_within_its_page_delays_an_IRQ_that_arrives_on_its_operand_cycle()
    {
        Board board = NewBoard(0xF0, 0x00, Nop, Nop);
        board.IrqFrom = 2;
        var cpu = board.NewCpu(Program);
        cpu.P = 0x22;

        cpu.Step();
        Assert.That(cpu.Cycles, Is.EqualTo(3));
        Assert.That(cpu.InterruptPending, Is.False, "the branch's last cycle does not poll");
        cpu.Step();
        Assert.That(cpu.InterruptPending, Is.True);
    }

    [Test]
    public void A_taken_branch_still_takes_an_IRQ_asserted_before_its_operand_cycle()
    {
        Board board = NewBoard(0xF0, 0x00, Nop);
        board.IrqFrom = 1;
        var cpu = board.NewCpu(Program);
        cpu.P = 0x22;

        cpu.Step();

        Assert.That(cpu.InterruptPending, Is.True);
    }

    [Test]
    public void NMI_is_edge_triggered_so_a_held_line_interrupts_once()
    {
        Board board = NewBoard(Nop, Nop);
        board.NmiFrom = 1;
        var cpu = board.NewCpu(Program);

        cpu.Step();
        cpu.Step();
        Assert.That(cpu.PC, Is.EqualTo(NmiHandler));
        cpu.Step();
        cpu.Step();
        cpu.Step();

        Assert.That(cpu.PC, Is.EqualTo(NmiHandler + 3));
    }

    [Test]
    public void An_NMI_during_the_pushes_of_BRK_takes_over_its_vector_and_B_stays_set_on_the_stack()
    {
        Board board = NewBoard(0x00, 0x00);
        board.NmiFrom = 3;
        var cpu = board.NewCpu(Program);

        cpu.Step();

        Assert.That(cpu.PC, Is.EqualTo(NmiHandler));
        Assert.That(board.Memory[0x1FB] & (byte)StatusFlags.Break, Is.Not.Zero);
    }

    [Test]
    public void An_NMI_after_BRK_pushed_P_waits_for_the_first_handler_instruction()
    {
        Board board = NewBoard(0x00, 0x00);
        board.NmiFrom = 6;
        var cpu = board.NewCpu(Program);

        cpu.Step();
        Assert.That(cpu.PC, Is.EqualTo(IrqHandler));
        cpu.Step();
        Assert.That(cpu.PC, Is.EqualTo(IrqHandler + 1));
        cpu.Step();

        Assert.That(cpu.PC, Is.EqualTo(NmiHandler));
    }

    [Test]
    public void Polling_between_instructions_takes_an_interrupt_raised_by_the_last_cycle()
    {
        Board board = NewBoard(Nop, Nop);
        board.NmiFrom = 2;
        var cpu = board.NewCpu(Program);

        cpu.Step();
        Assert.That(cpu.InterruptPending, Is.False, "the chip polled on cycle 1");
        cpu.PollInterruptsBetweenInstructions();

        Assert.That(cpu.InterruptPending, Is.True);
    }
}
