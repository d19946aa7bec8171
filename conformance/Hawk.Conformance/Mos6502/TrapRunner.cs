using Hawk.Mos6502;

namespace Hawk.Conformance.Mos6502;

public enum TrapKind
{
    /// <summary>An instruction left PC where it was (jmp * or a branch to itself): the test's way to stop.</summary>
    Trapped,
    /// <summary>PC reached the address the protocol names as the end.</summary>
    ReachedStop,
    Jammed,
    BudgetExhausted,
}

public readonly record struct TrapOutcome(TrapKind Kind, ushort PC);

/// <summary>Runs a self-checking test program until it traps, reaches a stop address, jams or exhausts its budget.</summary>
public static class TrapRunner
{
    private const int InstructionsBetweenChecks = 4096;

    /// <param name="stopAddress">An address that ends the run when PC reaches it, or -1.</param>
    /// <param name="pollBetweenInstructions">Take interrupts raised by an instruction before the next one, as a
    /// protocol that samples interrupt inputs per instruction expects.</param>
    public static TrapOutcome Run<TBus>(Cpu<TBus> cpu, int stopAddress, bool pollBetweenInstructions, long cycleBudget, CancellationToken cancellation)
        where TBus : struct, ICpuBus
    {
        while (true)
        {
            for (int i = 0; i < InstructionsBetweenChecks; i++)
            {
                ushort pc = cpu.PC;
                if (pc == stopAddress)
                {
                    return new TrapOutcome(TrapKind.ReachedStop, pc);
                }
                cpu.Step();
                if (pollBetweenInstructions)
                {
                    cpu.PollInterruptsBetweenInstructions();
                }
                if (cpu.Jammed)
                {
                    return new TrapOutcome(TrapKind.Jammed, pc);
                }
                if (cpu.PC == pc && !cpu.InterruptPending)
                {
                    return new TrapOutcome(TrapKind.Trapped, pc);
                }
            }
            if (cpu.Cycles >= cycleBudget)
            {
                return new TrapOutcome(TrapKind.BudgetExhausted, cpu.PC);
            }
            cancellation.ThrowIfCancellationRequested();
        }
    }
}
