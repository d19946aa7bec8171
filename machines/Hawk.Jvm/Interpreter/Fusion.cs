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
        }
    }

    /// <summary>An aload or dup of a quickened getfield's object (the instruction one or two bytes before it).</summary>
    public static void FuseLoadOfGetField(byte[] code, int[] starts, int getfield)
    {
        if (getfield >= 1 && starts[getfield - 1] >= 0 && code[getfield - 1] is >= 0x2a and <= 0x2d)
        {
            code[getfield - 1] = (byte)(Q.ALoad0GetField + code[getfield - 1] - 0x2a);
        }
        else if (getfield >= 1 && starts[getfield - 1] >= 0 && code[getfield - 1] == 0x59)
        {
            code[getfield - 1] = Q.DupGetField;
        }
        else if (getfield >= 2 && starts[getfield - 2] >= 0 && code[getfield - 2] == 0x19)
        {
            code[getfield - 2] = Q.ALoadGetField;
        }
    }

    /// <summary>Whether the condition of if&lt;cond&gt; (0x99-0x9e) holds for a comparison result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Holds(byte condition, int comparison) => condition switch
    {
        0x99 => comparison == 0,
        0x9a => comparison != 0,
        0x9b => comparison < 0,
        0x9c => comparison >= 0,
        0x9d => comparison > 0,
        _ => comparison <= 0,
    };
}
