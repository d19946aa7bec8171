using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hawk.Labs.Probe;

/// <summary>
/// One request line the grader sends to the probe (JSON Lines on standard input). Only inputs travel this way: the
/// expected results stay in the grader's process.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "op")]
[JsonDerivedType(typeof(Step6502Request), "step6502")]
[JsonDerivedType(typeof(NesRunRequest), "nes")]
[JsonDerivedType(typeof(JvmRunRequest), "jvm")]
[JsonDerivedType(typeof(GuestRunRequest), "guest")]
[JsonDerivedType(typeof(ContainerRunRequest), "container")]
public abstract record ProbeRequest;

/// <summary>Run one 6502 instruction from <paramref name="Registers"/> (PC A X Y S P) on flat RAM seeded with <paramref name="Ram"/>.</summary>
/// <param name="Watch">Addresses whose final values to report.</param>
public sealed record Step6502Request(ushort[] Registers, ushort[][] Ram, ushort[] Watch) : ProbeRequest;

/// <summary>Run an iNES image for up to <paramref name="Frames"/> frames, stopping early once RAM[<paramref name="DoneAddress"/>] equals <paramref name="DoneValue"/>.</summary>
/// <param name="RecordExecution">Report the addresses of every instruction executed (coverage of a student's assembly).</param>
public sealed record NesRunRequest(byte[] Rom, int Frames, ushort DoneAddress, byte DoneValue, ushort PeekStart, int PeekLength, bool RecordExecution = false) : ProbeRequest;

/// <summary>Run <paramref name="MainClass"/> from the given class files on Hawkbeans with the JDK's java.base.</summary>
/// <param name="Classes">Class files by file name (e.g. "Trees$Node.class"), written to a class folder in the run folder.</param>
public sealed record JvmRunRequest(IReadOnlyDictionary<string, byte[]> Classes, string MainClass, long HeapBytes, long MaxInstructions, int WallMilliseconds) : ProbeRequest;

/// <summary>Run a flat guest image (loaded at 0000:7C00, real mode) on Hawkervisor's <paramref name="Backend"/> ("emulator" or "kvm").</summary>
public sealed record GuestRunRequest(byte[] Image, string Backend, long MaxInstructions, int WallMilliseconds) : ProbeRequest;

/// <summary>Create and run the OCI bundle at <paramref name="Bundle"/> (read-only for the run) with Hawker, state under the run folder.</summary>
public sealed record ContainerRunRequest(string Bundle, string ContainerId, int WallMilliseconds) : ProbeRequest;

/// <summary>What the machine did for one request, or the exception the student's code threw.</summary>
public sealed record ProbeObservation
{
    /// <summary>The 0-based index of the request this answers; required, so stray JSON the code prints is no observation.</summary>
    [JsonRequired]
    public int Id { get; init; }

    /// <summary>
    /// The grader's secret for this run (the first line of the probe's input, read before any code under test is
    /// loaded): a line without it is not an observation, however well-formed, so code that writes observation lines
    /// of its own to the real standard output and exits cannot pass them off as the machine's.
    /// </summary>
    public string? Session { get; init; }

    public ushort[]? Registers { get; init; }

    public byte[]? Ram { get; init; }

    /// <summary>Bus cycles as (address, value, 1 for a write).</summary>
    public int[][]? Cycles { get; init; }

    public int? Frames { get; init; }

    /// <summary>Addresses at which the CPU executed an instruction, ascending (when the request asked).</summary>
    public ushort[]? Executed { get; init; }

    public bool? Jammed { get; init; }

    /// <summary>What a program or guest wrote (a JVM's standard output, a guest's serial console, a container's stdout).</summary>
    public string? Output { get; init; }

    /// <summary>A program's exit status, a guest's debug-exit value, a container's exit status.</summary>
    public int? ExitCode { get; init; }

    /// <summary>How a guest stopped (Hawkervisor's VmStopKind).</summary>
    public string? Stop { get; init; }

    public string? Error { get; init; }
}

/// <summary>The serializer options both sides use.</summary>
public static class ProbeJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 8,
    };
}
