namespace Hawk.Jvm.Verification;

/// <summary>
/// A method failed verification. <see cref="Headline"/> is HotSpot's first line ("Bad type on operand stack"),
/// <see cref="Reason"/> its explanation; the frames are printed in the VerifyError's details when known.
/// </summary>
public sealed class VerifyException : Exception
{
    /// <param name="bci">The location HotSpot reports (for a frame mismatch, the target's offset).</param>
    /// <param name="currentBci">The instruction the current frame belongs to, when not <paramref name="bci"/>.</param>
    public VerifyException(string headline, int bci, string reason, TypeFrame? current = null, TypeFrame? stackMap = null,
        int stackMapBci = -1, int currentBci = -1)
        : base($"{headline} @{bci}: {reason}")
    {
        Headline = headline;
        Bci = bci;
        Reason = reason;
        Current = current;
        CurrentBci = currentBci < 0 ? bci : currentBci;
        StackMap = stackMap;
        StackMapBci = stackMapBci;
    }

    public VerifyException() => Headline = Reason = "";

    public VerifyException(string message) : base(message) => Headline = Reason = message;

    public VerifyException(string message, Exception innerException) : base(message, innerException) => Headline = Reason = message;

    /// <summary>
    /// A malformed StackMapTable: HotSpot reports it as a ClassFormatError ("StackMapTable format error: ... in
    /// method '...'") with no details, rather than a VerifyError.
    /// </summary>
    public bool IsFormatError { get; private init; }

    public static VerifyException Format(string message) => new(message, 0, "") { IsFormatError = true };

    public string Headline { get; }
    public int Bci { get; }
    public string Reason { get; }
    public TypeFrame? Current { get; }
    public int CurrentBci { get; }
    public TypeFrame? StackMap { get; }
    public int StackMapBci { get; }
}
