using Hawk.X86;

namespace Hawk.Conformance.X86;

/// <summary>One SingleStepTests vector: an instruction, the machine state before it and the state after it.</summary>
internal sealed record X86Vector(string Name, byte[] Bytes, X86VectorState Initial, X86VectorState Final);

/// <summary>A state of a vector. <see cref="Registers"/> is indexed by <see cref="X86Register"/>; a null entry
/// (only in final states) means the register is unchanged.</summary>
internal sealed record X86VectorState(ushort?[] Registers, IReadOnlyList<(uint Address, byte Value)> Ram)
{
    public const int RegisterCount = (int)X86Register.Flags + 1;
}

/// <summary>Vector data that does not have the expected shape.</summary>
public sealed class X86VectorFormatException(string file, long offset, string expected)
    : Exception($"{file}: at offset {offset}: expected {expected}")
{
    public string File { get; } = file;

    public long Offset { get; } = offset;
}
