using Hawk.Jvm.Interpreter;
using static Hawk.Jvm.Interpreter.Bytecode;

namespace Hawk.Jvm.ClassFiles;

/// <summary>
/// The static constraints of JVMS 4.9.1 on a Code attribute, checked when an application class is linked: known
/// opcodes, instructions inside the code, branch and handler targets on instruction starts, local indices below
/// max_locals, constant pool operands of the right kind, and no falling off the end of the code. Returns the
/// VerifyError message, or null when the code is well formed.
/// </summary>
public static class CodeChecker
{
    /// <param name="typeChecked">
    /// The type checker (Verification.MethodVerifier) runs next and reports branch targets and falling off the end
    /// itself, in HotSpot's words ("Expecting a stackmap frame at branch target 5"), so those checks are left to it;
    /// so are local variable indices and constant pool operand types, which it checks in instruction order.
    /// </param>
    public static string? Check(ClassFile file, MemberInfo method, bool typeChecked = false)
    {
        var code = method.Code;
        if (code is null)
        {
            return null;
        }

        string where = $"{file.Name}.{method.Name}{method.Descriptor}";
        var bytes = code.Code;
        var starts = new bool[bytes.Length + 1];
        var branches = new List<(int From, int Target)>();
        int pc = 0, last = 0;
        while (pc < bytes.Length)
        {
            int op = bytes[pc];
            if (op > 0xc9 || (op is 0xa8 or 0xa9 or 0xc9 && file.MajorVersion >= 51))
            {
                return $"Bad instruction 0x{op:x2} in method {where} at offset {pc}";
            }

            int length = SafeLength(bytes, pc);
            if (length <= 0 || pc + length > bytes.Length)
            {
                return $"Instruction at offset {pc} runs past the end of the code in method {where}";
            }

            starts[pc] = true;
            if (CheckOperands(file, code, bytes, pc, branches, typeChecked) is { } problem)
            {
                return $"{problem} in method {where} at offset {pc}";
            }

            last = pc;
            pc += length;
        }

        if (typeChecked)
        {
            return HandlersOnInstructions(code, starts) ? null : $"Illegal exception table range or handler in method {where}";
        }

        starts[bytes.Length] = true;
        foreach (var (from, target) in branches)
        {
            if (target < 0 || target >= bytes.Length || !starts[target])
            {
                return $"Illegal target of jump or branch in method {where} at offset {from}";
            }
        }

        if (!HandlersOnInstructions(code, starts))
        {
            return $"Illegal exception table range or handler in method {where}";
        }

        return bytes[last] is (>= 0xa7 and <= 0xb1) or 0xbf or 0xc8 ? null : $"Falling off the end of the code in method {where}";
    }

    private static bool HandlersOnInstructions(CodeAttribute code, bool[] starts)
    {
        starts[code.Code.Length] = true;
        return code.Handlers.All(h => starts[h.StartPc] && starts[h.EndPc] && starts[h.HandlerPc]);
    }

    /// <summary>The instruction length, or -1 when its operands are cut off by the end of the code.</summary>
    private static int SafeLength(byte[] code, int pc)
    {
        if (code[pc] is 0xaa or 0xab or 0xc4)
        {
            int at = (pc + 4) & ~3;
            if ((code[pc] == 0xc4 && pc + 1 >= code.Length) || (code[pc] != 0xc4 && at + 12 > code.Length))
            {
                return -1;
            }

            if (code[pc] == 0xaa && S4(code, at + 8) - (long)S4(code, at + 4) is < 0 or > 65535)
            {
                return -1;
            }

            if (code[pc] == 0xab && S4(code, at + 4) is < 0 or > 65535)
            {
                return -1;
            }
        }

        return NullPointerMessages.InstructionLength(code, pc);
    }

    private static string? CheckOperands(ClassFile file, CodeAttribute code, byte[] bytes, int pc, List<(int, int)> branches, bool typeChecked)
    {
        var pool = file.Pool;
        int op = bytes[pc];
        if (typeChecked && op is (>= 0x12 and <= 0x84) or (>= 0xb2 and <= 0xb8) or 0xbb or 0xbd or 0xc0 or 0xc1)
        {
            return null;
        }

        switch (op)
        {
            case 0x15 or 0x17 or 0x19 or 0x36 or 0x38 or 0x3a or 0xa9:
                return Local(code, bytes[pc + 1], 1);
            case 0x16 or 0x18 or 0x37 or 0x39:
                return Local(code, bytes[pc + 1], 2);
            case >= 0x1a and <= 0x2d:
                return Local(code, (op - 0x1a) % 4, op is >= 0x1e and <= 0x21 or >= 0x26 and <= 0x29 ? 2 : 1);
            case >= 0x3b and <= 0x4e:
                return Local(code, (op - 0x3b) % 4, op is >= 0x3f and <= 0x42 or >= 0x47 and <= 0x4a ? 2 : 1);
            case 0x84:
                return Local(code, bytes[pc + 1], 1);
            case 0xc4:
                int wideOp = bytes[pc + 1];
                if (wideOp is not (0x15 or 0x16 or 0x17 or 0x18 or 0x19 or 0x36 or 0x37 or 0x38 or 0x39 or 0x3a or 0x84 or 0xa9))
                {
                    return "Bad wide instruction";
                }

                return typeChecked ? null : Local(code, U2(bytes, pc + 2), wideOp is 0x16 or 0x18 or 0x37 or 0x39 ? 2 : 1);
            case 0x12 or 0x13:
                int constant = op == 0x12 ? bytes[pc + 1] : U2(bytes, pc + 1);
                return pool.Tag(constant) is ConstantTag.Integer or ConstantTag.Float or ConstantTag.String or ConstantTag.Class
                    or ConstantTag.MethodType or ConstantTag.MethodHandle or ConstantTag.Dynamic ? null : "Illegal type in constant pool";
            case 0x14:
                return pool.Tag(U2(bytes, pc + 1)) is ConstantTag.Long or ConstantTag.Double or ConstantTag.Dynamic ? null : "Illegal type in constant pool";
            case >= 0xb2 and <= 0xb5:
                return Expect(pool, U2(bytes, pc + 1), ConstantTag.Fieldref);
            case 0xb6:
                return Expect(pool, U2(bytes, pc + 1), ConstantTag.Methodref);
            case 0xb7 or 0xb8:
                return pool.Tag(U2(bytes, pc + 1)) is ConstantTag.Methodref or ConstantTag.InterfaceMethodref ? null : "Illegal type in constant pool";
            case 0xb9:
                return bytes[pc + 3] == 0 || bytes[pc + 4] != 0 ? "Inconsistent args count operand in invokeinterface"
                    : typeChecked ? null : Expect(pool, U2(bytes, pc + 1), ConstantTag.InterfaceMethodref);
            case 0xba:
                return bytes[pc + 3] != 0 || bytes[pc + 4] != 0 ? "Third and fourth operand bytes of invokedynamic must be zero"
                    : typeChecked ? null : Expect(pool, U2(bytes, pc + 1), ConstantTag.InvokeDynamic);
            case 0xbb or 0xbd or 0xc0 or 0xc1:
                return Expect(pool, U2(bytes, pc + 1), ConstantTag.Class);
            case 0xc5:
                return bytes[pc + 3] == 0 ? "Illegal dimension in multianewarray" : typeChecked ? null : Expect(pool, U2(bytes, pc + 1), ConstantTag.Class);
            case 0xbc:
                return bytes[pc + 1] is < 4 or > 11 ? "Illegal newarray type" : null;
            case (>= 0x99 and <= 0xa8) or 0xc6 or 0xc7:
                branches.Add((pc, pc + S2(bytes, pc + 1)));
                return null;
            case 0xc8 or 0xc9:
                branches.Add((pc, pc + S4(bytes, pc + 1)));
                return null;
            case 0xaa or 0xab:
                int at = (pc + 4) & ~3;
                branches.Add((pc, pc + S4(bytes, at)));
                int count = op == 0xaa ? S4(bytes, at + 8) - S4(bytes, at + 4) + 1 : S4(bytes, at + 4);
                for (int i = 0; i < count; i++)
                {
                    branches.Add((pc, pc + S4(bytes, op == 0xaa ? at + 12 + (4 * i) : at + 12 + (8 * i))));
                }

                return null;
            default:
                return null;
        }
    }

    private static string? Local(CodeAttribute code, int index, int size) =>
        index + size > code.MaxLocals ? $"Illegal local variable number {index}" : null;

    private static string? Expect(ConstantPool pool, int index, ConstantTag tag) => pool.Tag(index) == tag ? null : "Illegal type in constant pool";
}
