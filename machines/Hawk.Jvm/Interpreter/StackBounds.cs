using Hawk.Jvm.ClassFiles;
using static Hawk.Jvm.Interpreter.Bytecode;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// The dispatch loop reads code, locals and operand stack through pointers, without bounds checks, so before a
/// method first runs its code is checked to stay inside its code array and its frame (max_locals + max_stack
/// slots): every reachable instruction lies inside the code and does not overlap another, every branch target and
/// handler is inside the code, the operand stack height before each instruction is the same on every path, never
/// negative and never above max_stack, and local indices are below max_locals. javac's code always passes; this is
/// the stack-height part of verification (JVMS 4.10), not the type checker. The heights are returned so that
/// <c>ret</c>, whose target is a run-time value, can be checked against them.
/// </summary>
internal static class StackBounds
{
    /// <summary>The operand stack height before each instruction (-1 where none starts), or throws.</summary>
    public static int[] Check(CodeAttribute attribute, ConstantPool pool)
    {
        var code = attribute.Code;
        var heights = new int[code.Length];
        Array.Fill(heights, -1);
        var pending = new Stack<int>();
        Reach(heights, pending, 0, 0);
        foreach (var handler in attribute.Handlers)
        {
            Reach(heights, pending, handler.HandlerPc, 1);
        }

        while (pending.Count > 0)
        {
            int pc = pending.Pop();
            Step(attribute, pool, heights, pending, pc);
        }

        for (int pc = 0; pc < code.Length; pc++)
        {
            for (int inside = pc + 1; heights[pc] >= 0 && inside < pc + Length(code, pc); inside++)
            {
                if (heights[inside] >= 0)
                {
                    throw new StackBoundsException($"Instructions at {pc} and {inside} overlap");
                }
            }
        }

        return heights;
    }

    private static void Reach(int[] heights, Stack<int> pending, int pc, int height)
    {
        if ((uint)pc >= (uint)heights.Length)
        {
            throw new StackBoundsException($"Branch target {pc} outside the code");
        }

        if (heights[pc] < 0)
        {
            heights[pc] = height;
            pending.Push(pc);
        }
        else if (heights[pc] != height)
        {
            throw new StackBoundsException($"Inconsistent stack height {height} != {heights[pc]} at {pc}");
        }
    }

    private static void Step(CodeAttribute attribute, ConstantPool pool, int[] heights, Stack<int> pending, int pc)
    {
        var code = attribute.Code;
        int op = code[pc], length = Length(code, pc);
        if (length <= 0 || pc + length > code.Length)
        {
            throw new StackBoundsException($"Bad instruction 0x{op:x2} at {pc}");
        }

        int height = heights[pc];
        var (pop, push) = Effect(code, pool, pc);
        if (pop > height)
        {
            throw new StackBoundsException($"Operand stack underflow at {pc}");
        }

        int after = height - pop + push;
        if (after > attribute.MaxStack)
        {
            throw new StackBoundsException($"Operand stack overflow at {pc}");
        }

        if (LocalIndex(code, pc) >= attribute.MaxLocals)
        {
            throw new StackBoundsException($"Illegal local variable number at {pc}");
        }

        switch (op)
        {
            case >= 0x99 and <= 0xa6 or 0xc6 or 0xc7:
                Reach(heights, pending, pc + S2(code, pc + 1), after);
                Reach(heights, pending, pc + length, after);
                break;
            case 0xa7: Reach(heights, pending, pc + S2(code, pc + 1), after); break;
            case 0xc8: Reach(heights, pending, pc + S4(code, pc + 1), after); break;
            case 0xa8: Reach(heights, pending, pc + S2(code, pc + 1), after); Reach(heights, pending, pc + length, height); break;
            case 0xc9: Reach(heights, pending, pc + S4(code, pc + 1), after); Reach(heights, pending, pc + length, height); break;
            case 0xaa or 0xab:
                int at = (pc + 4) & ~3;
                Reach(heights, pending, pc + S4(code, at), after);
                int targets = op == 0xaa ? S4(code, at + 8) - S4(code, at + 4) + 1 : S4(code, at + 4);
                for (int i = 0; i < targets; i++)
                {
                    Reach(heights, pending, pc + S4(code, op == 0xaa ? at + 12 + (i * 4) : at + 12 + (i * 8)), after);
                }

                break;
            case >= 0xac and <= 0xb1 or 0xbf or 0xa9: break;
            case 0xc4 when code[pc + 1] == 0xa9: break;
            default: Reach(heights, pending, pc + length, after); break;
        }
    }

    /// <summary>Slots an instruction pops and pushes, as the interpreter executes it.</summary>
    private static (int Pop, int Push) Effect(byte[] code, ConstantPool pool, int pc)
    {
        int op = code[pc];
        switch (op)
        {
            case 0x00 or 0x84 or 0xa7 or 0xa9 or 0xb1 or 0xc8: return (0, 0);
            case >= 0x01 and <= 0x08 or 0x0b or 0x0c or 0x0d or 0x10 or 0x11 or 0x15 or 0x17 or 0x19 or (>= 0x1a and <= 0x1d)
                or (>= 0x22 and <= 0x25) or (>= 0x2a and <= 0x2d) or 0xbb or 0xa8 or 0xc9: return (0, 1);
            case 0x09 or 0x0a or 0x0e or 0x0f or 0x16 or 0x18 or (>= 0x1e and <= 0x21) or (>= 0x26 and <= 0x29): return (0, 2);
            case 0x12 or 0x13 or 0x14: return (0, ConstantSlots(pool, op == 0x12 ? code[pc + 1] : U2(code, pc + 1)));
            case 0x2f or 0x31: return (2, 2);
            case >= 0x2e and <= 0x35: return (2, 1);
            case 0x37 or 0x39 or (>= 0x3f and <= 0x42) or (>= 0x47 and <= 0x4a) or 0x58 or 0xad or 0xaf: return (2, 0);
            case >= 0x36 and <= 0x4e or 0x57 or (>= 0x99 and <= 0x9e) or 0xaa or 0xab or 0xac or 0xae or 0xb0 or 0xbf
                or 0xc2 or 0xc3 or 0xc6 or 0xc7: return (1, 0);
            case 0x50 or 0x52: return (4, 0);
            case >= 0x4f and <= 0x56: return (3, 0);
            case 0x59: return (1, 2);
            case 0x5a: return (2, 3);
            case 0x5b: return (3, 4);
            case 0x5c: return (2, 4);
            case 0x5d: return (3, 5);
            case 0x5e: return (4, 6);
            case 0x5f: return (2, 2);
            case 0x79 or 0x7b or 0x7d: return (3, 2);
            case 0x74 or 0x76 or 0x86 or 0x8b or 0x91 or 0x92 or 0x93 or 0xbc or 0xbd or 0xbe or 0xc0 or 0xc1: return (1, 1);
            case 0x75 or 0x77 or 0x8a or 0x8f: return (2, 2);
            case >= 0x60 and <= 0x83: return op % 2 == 0 ? (2, 1) : (4, 2);
            case 0x85 or 0x87 or 0x8c or 0x8d: return (1, 2);
            case 0x88 or 0x89 or 0x8e or 0x90 or 0x95 or 0x96: return (2, 1);
            case 0x94 or 0x97 or 0x98: return (4, 1);
            case >= 0x9f and <= 0xa6: return (2, 0);
            case >= 0xb2 and <= 0xb5:
                int size = Descriptors.SlotSize(pool.MemberRef(U2(code, pc + 1)).Descriptor);
                return op switch { 0xb2 => (0, size), 0xb3 => (size, 0), 0xb4 => (1, size), _ => (1 + size, 0) };
            case >= 0xb6 and <= 0xba:
                string descriptor = op == 0xba ? pool.NameAndTypeOf(U2(code, pc + 1)).Descriptor : pool.MemberRef(U2(code, pc + 1)).Descriptor;
                int receiver = op is 0xb8 or 0xba ? 0 : 1;
                return (Descriptors.ArgumentSlots(descriptor) + receiver, Descriptors.SlotSize(Descriptors.ReturnType(descriptor)));
            case 0xc4:
                return code[pc + 1] switch
                {
                    0x15 or 0x17 or 0x19 => (0, 1),
                    0x16 or 0x18 => (0, 2),
                    0x36 or 0x38 or 0x3a => (1, 0),
                    0x37 or 0x39 => (2, 0),
                    _ => (0, 0),
                };
            case 0xc5: return (code[pc + 3], 1);
            default: throw new StackBoundsException($"Bad instruction 0x{op:x2} at {pc}");
        }
    }

    /// <summary>Slots ldc pushes: what the interpreter's constant loading pushes for the entry's tag.</summary>
    private static int ConstantSlots(ConstantPool pool, int index) => pool.Tag(index) switch
    {
        ConstantTag.Long or ConstantTag.Double => 2,
        ConstantTag.Dynamic => Descriptors.SlotSize(pool.NameAndTypeOf(index).Descriptor),
        ConstantTag.None => throw new StackBoundsException($"Bad constant pool index {index}"),
        _ => 1,
    };

    /// <summary>The local variable an instruction reads or writes, or -1.</summary>
    private static int LocalIndex(byte[] code, int pc) => code[pc] switch
    {
        >= 0x15 and <= 0x19 or (>= 0x36 and <= 0x3a) or 0x84 or 0xa9 => code[pc + 1],
        >= 0x1a and <= 0x2d => (code[pc] - 0x1a) % 4,
        >= 0x3b and <= 0x4e => (code[pc] - 0x3b) % 4,
        0xc4 => U2(code, pc + 2),
        _ => -1,
    };

    /// <summary>Length of the instruction at <paramref name="pc"/>, or -1 when its operands do not fit in the code.</summary>
    private static int Length(byte[] code, int pc)
    {
        int op = code[pc];
        if (op is 0xaa or 0xab)
        {
            int at = (pc + 4) & ~3;
            if (at + 12 > code.Length)
            {
                return -1;
            }

            long end = op == 0xaa ? at + 12 + (((long)S4(code, at + 8) - S4(code, at + 4) + 1) * 4) : at + 8 + (S4(code, at + 4) * 8L);
            return end > code.Length || end < at + 8 ? -1 : (int)(end - pc);
        }

        if (op == 0xc4 && pc + 1 >= code.Length)
        {
            return -1;
        }

        return NullPointerMessages.InstructionLength(code, pc);
    }
}

/// <summary>Code that would leave its frame or its code array: reported to the program as a VerifyError.</summary>
internal sealed class StackBoundsException(string message) : Exception(message);
