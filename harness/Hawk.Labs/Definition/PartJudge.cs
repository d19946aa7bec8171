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

/// <summary>
/// Java programs of the lab (<c>programs/NAME.java</c> beside lab.yaml): the grader compiles them with javac and runs
/// them on HotSpot for the expected standard output and exit code; the probe runs the same class files on the
/// submission's Hawkbeans with the same heap limit.
/// </summary>
/// <param name="HeapBytes">-Xmx for both VMs.</param>
public sealed record JvmProgramJudge(IReadOnlyList<string> Programs, long HeapBytes) : PartJudge
{
    public override string Kind => "jvm-program";
}

/// <summary>
/// nasm guests of the lab (<c>guests/NAME.asm</c>, flat binaries started at 0000:7C00 in real mode): the grader
/// assembles them and runs each on its own (reference) Hawkervisor for the expected serial output and debug-exit
/// value; the probe runs them on the submission's, on the Hawk.X86 emulator or on KVM.
/// </summary>
public sealed record HypervisorGuestJudge(IReadOnlyList<string> Guests, string Backend, long MaxInstructions) : PartJudge
{
    public override string Kind => "hypervisor-guest";
}

/// <summary>
/// A busybox container run by the submission's Hawker: the grader builds the bundle (busybox-static, a config with
/// a random hostname and the part's limits), the probe creates and runs it; the container's standard output and exit
/// status must equal those of the same bundle run by the grader's own (reference) Hawker.
/// </summary>
/// <param name="Script">The <c>sh -c</c> script the container runs.</param>
/// <param name="MemoryBytes">linux.resources.memory.limit, or null for none.</param>
/// <param name="Pids">linux.resources.pids.limit, or null for none.</param>
public sealed record ContainerBundleJudge(string Script, long? MemoryBytes, int? Pids) : PartJudge
{
    public override string Kind => "container-bundle";
}
