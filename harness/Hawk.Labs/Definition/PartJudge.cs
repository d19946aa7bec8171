namespace Hawk.Labs.Definition;

/// <summary>How a graded part is decided: the observations to collect and how the grader judges them.</summary>
public abstract record PartJudge
{
    /// <summary>The judge's kind as written in lab.yaml.</summary>
    public abstract string Kind { get; }
}

/// <summary>
/// SingleStepTests 6502 vectors for the given opcodes: the probe runs each vector's initial state on the submission's
/// CPU and reports registers, RAM and bus cycles; the grader compares them with the vector's final state.
/// </summary>
/// <param name="Vectors">Vectors per opcode file, taken evenly across the file (files hold 10,000).</param>
public sealed record SingleStep6502Judge(string Suite, IReadOnlyList<byte> Opcodes, int Vectors) : PartJudge
{
    public override string Kind => "singlestep-6502";
}

/// <summary>
/// PRG banking of a mapper: the grader builds a cartridge of random banks and a program that selects each bank and
/// copies bytes of it to RAM; the probe runs it on the submission's NES; the grader compares the copies with the
/// banks' contents, which only it knows.
/// </summary>
public sealed record MapperBankingJudge(int Mapper, int PrgBanks, int Samples) : PartJudge
{
    public override string Kind => "mapper-banking";
}

/// <summary>
/// A ca65 routine: the grader links the student's <paramref name="File"/> with a test harness into an NROM cartridge
/// that calls <paramref name="Routine"/> on <paramref name="Cases"/> random inputs (zero page $10 up) and stores its
/// outputs (zero page $20 up); the same harness around the reference solution gives the expected outputs.
/// </summary>
public sealed record AsmRoutineJudge(string File, string Routine, int InputBytes, int OutputBytes, int Cases, int Frames) : PartJudge
{
    public override string Kind => "asm-routine";
}

/// <summary>A judge for a machine that has no lab runner yet (JVM, hypervisor, container engine): defined, not runnable.</summary>
/// <param name="Settings">The judge's settings as written, kept for when its runner lands.</param>
public sealed record PendingJudge(string JudgeKind, IReadOnlyDictionary<string, string> Settings) : PartJudge
{
    public override string Kind => JudgeKind;
}
