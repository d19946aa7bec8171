namespace Hawk.X86;

/// <summary>Unwinds a faulting instruction to <see cref="X86Cpu{TBus}.Step"/>. Internal and preallocated: a fault is
/// architectural behaviour, not an error, and must not allocate.</summary>
#pragma warning disable CA1064 // never escapes the CPU
internal sealed class FaultException : Exception
#pragma warning restore CA1064
{
    private FaultException(int vector)
    {
        Vector = vector;
    }

    public static FaultException GeneralProtection { get; } = new(13);

    public static FaultException InvalidOpcode { get; } = new(6);

    public int Vector { get; }
}
