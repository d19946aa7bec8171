using System.Runtime.CompilerServices;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// Operand decoding from pinned code (the dispatch loop reads its method's code through a pointer). Forced inline:
/// the dispatch loop is large enough to exhaust the JIT's inlining budget, which would leave these as calls.
/// </summary>
internal static unsafe class CodePointer
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int U2(byte* code, nint at) => (code[at] << 8) | code[at + 1];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int S2(byte* code, nint at) => (short)((code[at] << 8) | code[at + 1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int S4(byte* code, nint at) => (code[at] << 24) | (code[at + 1] << 16) | (code[at + 2] << 8) | code[at + 3];
}
