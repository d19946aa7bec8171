using Hawk.Jvm.Runtime;
using Q = Hawk.Jvm.Interpreter.QuickOpcodes;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// ldc, ldc_w and ldc2_w of an int, float, long or double: the value is copied behind the method's quick code and
/// the instruction rewritten into a quick form whose operand is the distance from the instruction to its value in
/// units of 8 bytes, so pushing it reads neither the frame nor the class. Each value is placed at the first free
/// position at a multiple of 8 bytes from its instruction; an instruction whose value would be out of its operand's
/// reach keeps its general form. An ldc of an int followed by if_icmp&lt;cond&gt;, and an ldc2_w followed by the fused
/// lcmp and if&lt;cond&gt;, become compare-and-branch superinstructions.
/// </summary>
internal static class InlineConstants
{
    public static byte[] Append(byte[] code, int[] starts, JClass cls)
    {
        int end = code.Length, sites = 0;
        for (int pc = 0; pc < code.Length; pc++)
        {
            if (starts[pc] >= 0 && code[pc] is 0x12 or 0x13 or 0x14 && cls.ConstantSlots[Operand(code, pc)] != 0)
            {
                sites++;
            }
        }

        if (sites == 0)
        {
            return code;
        }

        // Every value takes at most 8 bytes of padding and 8 of its own.
        var quick = new byte[end + (16 * sites)];
        code.CopyTo(quick, 0);
        for (int pc = 0; pc < code.Length; pc++)
        {
            if (starts[pc] < 0 || code[pc] is not (0x12 or 0x13 or 0x14) || cls.ConstantSlots[Operand(code, pc)] == 0)
            {
                continue;
            }

            int at = end + ((pc - end) & 7);
            int distance = (at - pc) / 8;
            if (distance > (code[pc] == 0x12 ? byte.MaxValue : ushort.MaxValue))
            {
                continue;
            }

            BitConverter.TryWriteBytes(quick.AsSpan(at, 8), cls.NumericConstants[Operand(code, pc)]);
            end = at + 8;
            if (code[pc] == 0x12)
            {
                quick[pc + 1] = (byte)distance;
                quick[pc] = Fusion.IsIntCompareBranch(code, starts, pc + 2) ? Q.LdcCompareBranch : Q.LdcNumber;
            }
            else
            {
                bool compared = code[pc] == 0x14 && pc + 6 < code.Length && starts[pc + 3] >= 0 && code[pc + 3] == Q.LongCompareBranch;
                Q.Rewrite(quick, pc, code[pc] == 0x13 ? Q.LdcWNumber : compared ? Q.Ldc2CompareBranch : Q.Ldc2Number, distance);
            }
        }

        return quick;
    }

    private static int Operand(byte[] code, int pc) => code[pc] == 0x12 ? code[pc + 1] : Bytecode.U2(code, pc + 1);
}
