namespace Hawk.Jvm.Interpreter;

/// <summary>Operand decoding from pinned code (the dispatch loop reads its method's code through a pointer).</summary>
internal static unsafe class CodePointer
{
    public static int U2(byte* code, nint at) => (code[at] << 8) | code[at + 1];

    public static int S2(byte* code, nint at) => (short)((code[at] << 8) | code[at + 1]);

    public static int S4(byte* code, nint at) => (code[at] << 24) | (code[at + 1] << 16) | (code[at + 2] << 8) | code[at + 3];
}
