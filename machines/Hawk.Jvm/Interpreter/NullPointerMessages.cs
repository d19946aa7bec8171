using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Runtime;
using static Hawk.Jvm.Interpreter.Bytecode;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// Helpful NullPointerException messages (JEP 358, on by default in JDK 17): "Cannot &lt;action&gt; because
/// &lt;source&gt; is null". A data-flow pass over the method records which instruction pushed every operand stack
/// slot; the slot the failing instruction found null is then described (a local, a field, a method's return value,
/// an array element). Where paths merge different sources the "because" part is left out, as HotSpot does.
/// </summary>
internal static class NullPointerMessages
{
    private const int Unknown = -1;

    public static string? For(JMethod method, int pc)
    {
        var code = method.Code!.Code;
        var pool = method.Owner.File!.Pool;
        int op = code[pc];
        var (action, depth) = Action(pool, code, pc, op);
        if (action is null)
        {
            return null;
        }

        var stacks = Analyse(method, pool);
        var stack = stacks[pc];
        if (stack is null || depth >= stack.Length)
        {
            return action;
        }

        string? source = Describe(method, pool, stacks, stack[stack.Length - 1 - depth], 0);
        return source is null ? action : $"{action} because {source} is null";
    }

    /// <summary>What the instruction tried to do and how deep below the top the null reference sits.</summary>
    private static (string? Action, int Depth) Action(ConstantPool pool, byte[] code, int pc, int op)
    {
        switch (op)
        {
            case >= 0x2e and <= 0x35:
                return ($"Cannot load from {ArrayKind(op - 0x2e)} array", 1);
            case >= 0x4f and <= 0x56:
                return ($"Cannot store to {ArrayKind(op - 0x4f)} array", op is 0x50 or 0x52 ? 3 : 2);
            case 0xbe: return ("Cannot read the array length", 0);
            case 0xbf: return ("Cannot throw exception", 0);
            case 0xc2: return ("Cannot enter synchronized block", 0);
            case 0xc3: return ("Cannot exit synchronized block", 0);
            case 0xb4:
                return ($"Cannot read field \"{pool.MemberRef(U2(code, pc + 1)).Name}\"", 0);
            case 0xb5:
                var (_, field, descriptor) = pool.MemberRef(U2(code, pc + 1));
                return ($"Cannot assign field \"{field}\"", Descriptors.SlotSize(descriptor));
            case 0xb6 or 0xb7 or 0xb9:
                var (owner, name, signature) = pool.MemberRef(U2(code, pc + 1));
                // A constructor call cannot meet a null receiver: this is an explicitly constructed NPE.
                if (name == "<init>")
                {
                    return (null, 0);
                }

                return ($"Cannot invoke \"{MethodText(owner, name, signature)}\"", Descriptors.ArgumentSlots(signature));
            default:
                return (null, 0);
        }
    }

    private static string ArrayKind(int index) => index switch
    {
        0 => "int", 1 => "long", 2 => "float", 3 => "double", 4 => "object", 5 => "byte/boolean", 6 => "char", _ => "short",
    };

    /// <summary>"String.length()", "java.util.List.get(int)": HotSpot shortens only Object and String.</summary>
    private static string MethodText(string owner, string name, string descriptor) =>
        $"{ClassText(owner)}.{name}({string.Join(", ", Descriptors.Parameters(descriptor).Select(p => ShortType(JavaVm.JavaTypeName(p))))})";

    private static string ClassText(string internalName) => ShortType(internalName.Replace('/', '.'));

    private static string ShortType(string name) => name.Replace("java.lang.Object", "Object").Replace("java.lang.String", "String");

    private static string? Describe(JMethod method, ConstantPool pool, int[]?[] stacks, int producer, int nesting)
    {
        if (producer < 0 || nesting > 4)
        {
            return null;
        }

        var code = method.Code!.Code;
        int op = code[producer];
        switch (op)
        {
            case 0x01: return "\"null\"";
            case 0x19: return $"\"{LocalName(method, code[producer + 1], producer)}\"";
            case >= 0x2a and <= 0x2d: return $"\"{LocalName(method, op - 0x2a, producer)}\"";
            case 0xb2:
                var (owner, field, _) = pool.MemberRef(U2(code, producer + 1));
                return $"\"{ClassText(owner)}.{field}\"";
            case 0xb4:
                string name = pool.MemberRef(U2(code, producer + 1)).Name;
                var inner = Inner(method, pool, stacks, producer, 0, nesting);
                return inner is null ? $"\"{name}\"" : $"\"{inner}.{name}\"";
            case 0xb6 or 0xb7 or 0xb8 or 0xb9:
                var (o, m, d) = pool.MemberRef(U2(code, producer + 1));
                return $"the return value of \"{MethodText(o, m, d)}\"";
            case 0x32:
                var array = Inner(method, pool, stacks, producer, 1, nesting);
                var index = IndexText(method, stacks, producer);
                return array is null || index is null ? null : $"\"{array}[{index}]\"";
            default:
                return null;
        }
    }

    /// <summary>The description of a producer's own operand without its quotes, for "a.b" and "a[i]" forms.</summary>
    private static string? Inner(JMethod method, ConstantPool pool, int[]?[] stacks, int producer, int depth, int nesting)
    {
        var stack = stacks[producer];
        if (stack is null || depth >= stack.Length)
        {
            return null;
        }

        var text = Describe(method, pool, stacks, stack[stack.Length - 1 - depth], nesting + 1);
        return text is not null && text.StartsWith('"') ? text[1..^1] : null;
    }

    private static string? IndexText(JMethod method, int[]?[] stacks, int producer)
    {
        var stack = stacks[producer];
        if (stack is null || stack.Length == 0 || stack[^1] < 0)
        {
            return null;
        }

        var code = method.Code!.Code;
        int at = stack[^1];
        return code[at] switch
        {
            >= 0x02 and <= 0x08 => (code[at] - 0x03).ToString(System.Globalization.CultureInfo.InvariantCulture),
            0x10 => ((sbyte)code[at + 1]).ToString(System.Globalization.CultureInfo.InvariantCulture),
            0x11 => S2(code, at + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            0x15 => LocalName(method, code[at + 1], at),
            >= 0x1a and <= 0x1d => LocalName(method, code[at] - 0x1a, at),
            _ => "...",
        };
    }

    /// <summary>
    /// The LocalVariableTable's name at the loading instruction; without one (javac's default): "this",
    /// "&lt;parameterN&gt;" or "&lt;localN&gt;".
    /// </summary>
    private static string LocalName(JMethod method, int slot, int pc)
    {
        if (method.Code!.LocalVariableName(slot, pc) is { } name)
        {
            return name;
        }

        if (!method.IsStatic && slot == 0)
        {
            return "this";
        }

        int parameterSlot = method.IsStatic ? 0 : 1, number = 1;
        foreach (var parameter in Descriptors.Parameters(method.Descriptor))
        {
            if (parameterSlot == slot)
            {
                return $"<parameter{number}>";
            }

            parameterSlot += Descriptors.SlotSize(parameter);
            number++;
        }

        return $"<local{slot}>";
    }

    /// <summary>The producing pc of every operand stack slot before each instruction (null where unreachable).</summary>
    private static int[]?[] Analyse(JMethod method, ConstantPool pool)
    {
        var codeAttribute = method.Code!;
        var code = codeAttribute.Code;
        var states = new int[]?[code.Length];
        var pending = new Stack<int>();
        Merge(states, pending, 0, []);
        foreach (var handler in codeAttribute.Handlers)
        {
            Merge(states, pending, handler.HandlerPc, [Unknown]);
        }

        while (pending.Count > 0)
        {
            int pc = pending.Pop();
            var stack = new List<int>(states[pc]!);
            foreach (var (next, result) in Step(code, pool, pc, stack))
            {
                Merge(states, pending, next, result);
            }
        }

        return states;
    }

    private static void Merge(int[]?[] states, Stack<int> pending, int pc, int[] stack)
    {
        if ((uint)pc >= (uint)states.Length)
        {
            return;
        }

        var known = states[pc];
        if (known is null)
        {
            states[pc] = stack;
            pending.Push(pc);
            return;
        }

        if (known.Length != stack.Length)
        {
            return;
        }

        bool changed = false;
        for (int i = 0; i < known.Length; i++)
        {
            if (known[i] != stack[i] && known[i] != Unknown)
            {
                known[i] = Unknown;
                changed = true;
            }
        }

        if (changed)
        {
            pending.Push(pc);
        }
    }

    /// <summary>Applies one instruction's stack effect; yields the successors with their stacks.</summary>
    private static IEnumerable<(int Pc, int[] Stack)> Step(byte[] code, ConstantPool pool, int pc, List<int> s)
    {
        int op = code[pc];
        int length = InstructionLength(code, pc);
        void Pop(int n) => s.RemoveRange(s.Count - n, n);
        void Push(int n, int producer)
        {
            for (int i = 0; i < n; i++)
            {
                s.Add(producer);
            }
        }

        switch (op)
        {
            case 0x00: break;
            case 0x01 or (>= 0x02 and <= 0x08) or 0x10 or 0x11: Push(1, pc); break;
            case 0x0b or 0x0c or 0x0d: Push(1, Unknown); break;
            case 0x09 or 0x0a or 0x0e or 0x0f: Push(2, Unknown); break;
            case 0x12 or 0x13: Push(1, Unknown); break;
            case 0x14: Push(2, Unknown); break;
            case 0x15 or 0x17 or (>= 0x1a and <= 0x1d) or (>= 0x22 and <= 0x25): Push(1, pc); break;
            case 0x16 or 0x18 or (>= 0x1e and <= 0x21) or (>= 0x26 and <= 0x29): Push(2, Unknown); break;
            case 0x19 or (>= 0x2a and <= 0x2d): Push(1, pc); break;
            case 0x2e or 0x30 or 0x32 or 0x33 or 0x34 or 0x35: Pop(2); Push(1, pc); break;
            case 0x2f or 0x31: Pop(2); Push(2, Unknown); break;
            case 0x36 or 0x38 or 0x3a or (>= 0x3b and <= 0x3e) or (>= 0x43 and <= 0x46) or (>= 0x4b and <= 0x4e): Pop(1); break;
            case 0x37 or 0x39 or (>= 0x3f and <= 0x42) or (>= 0x47 and <= 0x4a): Pop(2); break;
            case 0x4f or 0x51 or 0x53 or 0x54 or 0x55 or 0x56: Pop(3); break;
            case 0x50 or 0x52: Pop(4); break;
            case 0x57: Pop(1); break;
            case 0x58: Pop(2); break;
            case 0x59: s.Add(s[^1]); break;
            case 0x5a: s.Insert(s.Count - 2, s[^1]); break;
            case 0x5b: s.Insert(s.Count - 3, s[^1]); break;
            case 0x5c: s.AddRange([s[^2], s[^1]]); break;
            case 0x5d: s.InsertRange(s.Count - 3, [s[^2], s[^1]]); break;
            case 0x5e: s.InsertRange(s.Count - 4, [s[^2], s[^1]]); break;
            case 0x5f: (s[^1], s[^2]) = (s[^2], s[^1]); break;
            case 0x60 or 0x62 or 0x64 or 0x66 or 0x68 or 0x6a or 0x6c or 0x6e or 0x70 or 0x72 or 0x78 or 0x7a or 0x7c or 0x7e or 0x80 or 0x82:
                Pop(2); Push(1, Unknown); break;
            case 0x61 or 0x63 or 0x65 or 0x67 or 0x69 or 0x6b or 0x6d or 0x6f or 0x71 or 0x73 or 0x7f or 0x81 or 0x83:
                Pop(4); Push(2, Unknown); break;
            case 0x79 or 0x7b or 0x7d: Pop(3); Push(2, Unknown); break;
            case 0x74 or 0x76 or 0x75 or 0x77 or 0x84: break;
            case 0x85 or 0x87 or 0x8c or 0x8d: Pop(1); Push(2, Unknown); break;
            case 0x86 or 0x8b or 0x91 or 0x92 or 0x93: Pop(1); Push(1, Unknown); break;
            case 0x88 or 0x89 or 0x8e or 0x90: Pop(2); Push(1, Unknown); break;
            case 0x8a or 0x8f: Pop(2); Push(2, Unknown); break;
            case 0x94 or 0x97 or 0x98: Pop(4); Push(1, Unknown); break;
            case 0x95 or 0x96: Pop(2); Push(1, Unknown); break;
            case >= 0x99 and <= 0x9e or 0xc6 or 0xc7:
                Pop(1);
                yield return (pc + S2(code, pc + 1), [.. s]);
                break;
            case >= 0x9f and <= 0xa6:
                Pop(2);
                yield return (pc + S2(code, pc + 1), [.. s]);
                break;
            case 0xa7: yield return (pc + S2(code, pc + 1), [.. s]); yield break;
            case 0xc8: yield return (pc + S4(code, pc + 1), [.. s]); yield break;
            case 0xaa or 0xab:
                Pop(1);
                foreach (int target in SwitchTargets(code, pc))
                {
                    yield return (target, [.. s]);
                }

                yield break;
            case >= 0xac and <= 0xb1 or 0xbf or 0xa8 or 0xa9 or 0xc9: yield break;
            case 0xb2: Push(Descriptors.SlotSize(pool.MemberRef(U2(code, pc + 1)).Descriptor), pc); break;
            case 0xb3: Pop(Descriptors.SlotSize(pool.MemberRef(U2(code, pc + 1)).Descriptor)); break;
            case 0xb4: Pop(1); Push(Descriptors.SlotSize(pool.MemberRef(U2(code, pc + 1)).Descriptor), pc); break;
            case 0xb5: Pop(1 + Descriptors.SlotSize(pool.MemberRef(U2(code, pc + 1)).Descriptor)); break;
            case 0xb6 or 0xb7 or 0xb8 or 0xb9:
                var descriptor = pool.MemberRef(U2(code, pc + 1)).Descriptor;
                Pop(Descriptors.ArgumentSlots(descriptor) + (op == 0xb8 ? 0 : 1));
                Push(Descriptors.SlotSize(Descriptors.ReturnType(descriptor)), pc);
                break;
            case 0xba:
                var site = pool.NameAndTypeOf(U2(code, pc + 1)).Descriptor;
                Pop(Descriptors.ArgumentSlots(site));
                Push(Descriptors.SlotSize(Descriptors.ReturnType(site)), Unknown);
                break;
            case 0xbb: Push(1, Unknown); break;
            case 0xbc or 0xbd or 0xbe or 0xc1: Pop(1); Push(1, Unknown); break;
            case 0xc0: break;
            case 0xc2 or 0xc3: Pop(1); break;
            case 0xc4:
                int wideOp = code[pc + 1];
                if (wideOp is 0x15 or 0x17 or 0x19) Push(1, Unknown);
                else if (wideOp is 0x16 or 0x18) Push(2, Unknown);
                else if (wideOp is 0x36 or 0x38 or 0x3a) Pop(1);
                else if (wideOp is 0x37 or 0x39) Pop(2);
                else if (wideOp == 0xa9) yield break;
                break;
            case 0xc5: Pop(code[pc + 3]); Push(1, Unknown); break;
            default: yield break;
        }

        yield return (pc + length, [.. s]);
    }

    private static IEnumerable<int> SwitchTargets(byte[] code, int pc)
    {
        int at = (pc + 4) & ~3;
        yield return pc + S4(code, at);
        if (code[pc] == 0xaa)
        {
            int low = S4(code, at + 4), high = S4(code, at + 8);
            for (int i = 0; i <= high - low; i++)
            {
                yield return pc + S4(code, at + 12 + (i * 4));
            }
        }
        else
        {
            int pairs = S4(code, at + 4);
            for (int i = 0; i < pairs; i++)
            {
                yield return pc + S4(code, at + 12 + (i * 8));
            }
        }
    }

    /// <summary>Length in bytes of the instruction at <paramref name="pc"/> (JVMS 6.5).</summary>
    internal static int InstructionLength(byte[] code, int pc)
    {
        int op = code[pc];
        switch (op)
        {
            case 0x10 or 0x12 or 0x15 or 0x16 or 0x17 or 0x18 or 0x19 or 0x36 or 0x37 or 0x38 or 0x39 or 0x3a or 0xa9 or 0xbc: return 2;
            case 0x11 or 0x13 or 0x14 or 0x84 or (>= 0x99 and <= 0xa8) or (>= 0xb2 and <= 0xb8) or 0xbb or 0xbd or 0xc0 or 0xc1 or 0xc6 or 0xc7: return 3;
            case 0xc5: return 4;
            case 0xb9 or 0xba or 0xc8 or 0xc9: return 5;
            case 0xc4: return code[pc + 1] == 0x84 ? 6 : 4;
            case 0xaa:
            {
                int at = (pc + 4) & ~3;
                return at - pc + 12 + ((S4(code, at + 8) - S4(code, at + 4) + 1) * 4);
            }

            case 0xab:
            {
                int at = (pc + 4) & ~3;
                return at - pc + 8 + (S4(code, at + 4) * 8);
            }

            default: return 1;
        }
    }
}
