using System.Runtime.CompilerServices;
using Q = Hawk.Jvm.Interpreter.QuickOpcodes;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// Superinstructions: the first instruction of a frequent pair is rewritten into one instruction doing both, so
/// the pair costs one dispatch. Only the first opcode byte changes; the second instruction stays as it was, so a
/// branch to it still works, and a fault in the fused instruction is recorded at the second one's pc, as if unfused.
/// Instruction starts come from <see cref="StackBounds"/> (a height of -1 is no instruction start).
/// </summary>
internal static class Fusion
{
    /// <summary>Pairs that need no resolution, fused when a method is prepared.</summary>
    public static void FuseStatic(byte[] code, int[] starts)
    {
        for (int pc = 0; pc + 1 < code.Length; pc++)
        {
            if (starts[pc] < 0)
            {
                continue;
            }

            if (code[pc] == 0x18 && pc + 2 < code.Length && starts[pc + 2] >= 0 && code[pc + 2] is 0x63 or 0x67 or 0x6b or 0x6f)
            {
                // dload n; dadd/dsub/dmul/ddiv (opcodes 4 apart, like the fused ones)
                code[pc] = (byte)(Q.DLoadAdd + ((code[pc + 2] - 0x63) / 4));
            }
            else if (code[pc] == 0x94 && starts[pc + 1] >= 0 && code[pc + 1] is >= 0x99 and <= 0x9e)
            {
                code[pc] = Q.LongCompareBranch;
            }
            else if (code[pc] is >= 0x15 and <= 0x19 && pc + 3 < code.Length && starts[pc + 2] >= 0 && code[pc + 2] is >= 0x15 and <= 0x19)
            {
                // two loads of numbered locals (operands of a comparison, array and index, ...); the fused opcode
                // says which of the two take two slots, so the second's opcode byte is free to be fused in turn
                code[pc] = (byte)(Q.LoadLoad + (IsTwoSlotLoad(code[pc]) ? 2 : 0) + (IsTwoSlotLoad(code[pc + 2]) ? 1 : 0));
            }
            else if (code[pc] is 0x10 or 0x11 && IsIntCompareBranch(code, starts, pc + code[pc] - 0x0e))
            {
                code[pc] = code[pc] == 0x10 ? Q.BipushCompareBranch : Q.SipushCompareBranch;
            }
            else if (code[pc] is 0x60 or 0x61 && pc + 2 < code.Length && starts[pc + 1] >= 0 && code[pc + 1] == code[pc] - 0x2a)
            {
                // iadd; istore n and ladd; lstore n: an assignment of a sum to a local
                code[pc] = code[pc] == 0x60 ? Q.IAddStore : Q.LAddStore;
            }
            else if (code[pc] == 0x84 && pc + 5 < code.Length && starts[pc + 3] >= 0 && code[pc + 3] == 0xa7)
            {
                // iinc; goto: the step and back-edge of a counted loop
                code[pc] = Q.IncGoto;
            }
        }
    }

    /// <summary>dadd, dsub, dmul or ddiv just before a quickened putfield of a long or double (opcodes 4 apart).</summary>
    public static void FuseArithmeticOfPutField(byte[] code, int[] starts, int putfield)
    {
        if (putfield >= 1 && starts[putfield - 1] >= 0 && code[putfield - 1] is 0x63 or 0x67 or 0x6b or 0x6f)
        {
            code[putfield - 1] = (byte)(Q.DAddPutField + ((code[putfield - 1] - 0x63) / 4));
        }
    }

    /// <summary>Whether an if_icmp&lt;cond&gt; starts at <paramref name="pc"/>.</summary>
    public static bool IsIntCompareBranch(byte[] code, int[] starts, int pc) =>
        pc + 2 < code.Length && starts[pc] >= 0 && code[pc] is >= 0x9f and <= 0xa4;

    /// <summary>lload or dload (the other loads of a numbered local push one slot).</summary>
    private static bool IsTwoSlotLoad(byte opcode) => opcode is 0x16 or 0x18;

    /// <summary>
    /// An aload or dup of a quickened getfield's object (the instruction one or two bytes before it); aload n, dup
    /// before it (the read of a compound assignment to a field) fuses both.
    /// </summary>
    public static void FuseLoadOfGetField(byte[] code, int[] starts, int getfield)
    {
        if (getfield >= 1 && starts[getfield - 1] >= 0 && code[getfield - 1] is >= 0x2a and <= 0x2d)
        {
            code[getfield - 1] = (byte)(Q.ALoad0GetField + code[getfield - 1] - 0x2a);
        }
        else if (getfield >= 1 && starts[getfield - 1] >= 0 && code[getfield - 1] == 0x59)
        {
            code[getfield - 1] = Q.DupGetField;
            if (getfield >= 3 && starts[getfield - 3] >= 0 && code[getfield - 3] == 0x19)
            {
                code[getfield - 3] = Q.ALoadDupGetField;
            }
        }
        else if (getfield >= 2 && starts[getfield - 2] >= 0 && code[getfield - 2] == 0x19)
        {
            code[getfield - 2] = Q.ALoadGetField;
        }
    }

    /// <summary>
    /// Whether the condition of if&lt;cond&gt; (0x99-0x9e) holds for a comparison result (-1, 0 or 1), without a
    /// branch: three bits per condition, one for each result (eq 010, ne 101, lt 001, ge 110, gt 100, le 011).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(byte condition, int comparison) =>
        ((0b011_100_110_001_101_010 >> (((condition - 0x99) * 3) + comparison + 1)) & 1) != 0;
}
