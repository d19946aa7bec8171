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
public abstract record ProbeRequest;

/// <summary>Run one 6502 instruction from <paramref name="Registers"/> (PC A X Y S P) on flat RAM seeded with <paramref name="Ram"/>.</summary>
/// <param name="Watch">Addresses whose final values to report.</param>
public sealed record Step6502Request(ushort[] Registers, ushort[][] Ram, ushort[] Watch) : ProbeRequest;

/// <summary>Run an iNES image for up to <paramref name="Frames"/> frames, stopping early once RAM[<paramref name="DoneAddress"/>] equals <paramref name="DoneValue"/>.</summary>
public sealed record NesRunRequest(byte[] Rom, int Frames, ushort DoneAddress, byte DoneValue, ushort PeekStart, int PeekLength) : ProbeRequest;

/// <summary>What the machine did for one request, or the exception the student's code threw.</summary>
public sealed record ProbeObservation
{
    /// <summary>The 0-based index of the request this answers; required, so stray JSON the code prints is no observation.</summary>
    [JsonRequired]
    public int Id { get; init; }

    public ushort[]? Registers { get; init; }

    public byte[]? Ram { get; init; }

    /// <summary>Bus cycles as (address, value, 1 for a write).</summary>
    public int[][]? Cycles { get; init; }

    public int? Frames { get; init; }

    public bool? Jammed { get; init; }

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
