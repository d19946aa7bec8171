using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using static Hawk.Jvm.Interpreter.Bytecode;
using T = Hawk.Jvm.Verification.VerificationType;

namespace Hawk.Jvm.Verification;

/// <summary>
/// The type-checking verifier of JVMS 4.10.1 for one method: a single pass over the instructions in order, the
/// type state after each instruction computed by its type rule, replaced by the StackMapTable's declared frame
/// wherever one exists. Branch targets, exception handlers and fall-through into a declared frame must be
/// assignable to that frame. Throws <see cref="VerifyException"/> with HotSpot's wording.
/// </summary>
public sealed partial class MethodVerifier
{
    private readonly ClassFile file;
    private readonly MemberInfo method;
    private readonly CodeAttribute code;
    private readonly byte[] bytes;
    private readonly ConstantPool pool;
    private readonly IClassHierarchy hierarchy;
    private readonly TypeFrame frame;

    /// <summary>The state before the current instruction: what HotSpot prints as the "Current Frame" of an error.</summary>
    private readonly TypeFrame before;
    private readonly bool[] starts;
    private readonly T? returnType;
    private StackMapTable map = null!;
    private int pc;

    private MethodVerifier(ClassFile file, MemberInfo method, IClassHierarchy hierarchy)
    {
        this.file = file;
        this.method = method;
        this.hierarchy = hierarchy;
        code = method.Code!;
        bytes = code.Code;
        pool = file.Pool;
        frame = new TypeFrame(code.MaxLocals, code.MaxStack);
        before = new TypeFrame(code.MaxLocals, code.MaxStack);
        starts = new bool[bytes.Length];
        string returned = Descriptors.ReturnType(method.Descriptor);
        returnType = returned == "V" ? null : T.FromDescriptor(returned);
    }

    /// <summary>Verifies a method with code; <paramref name="observe"/> sees the type state before each instruction.</summary>
    public static void Verify(ClassFile file, MemberInfo method, IClassHierarchy hierarchy, Action<int, TypeFrame>? observe = null) =>
        new MethodVerifier(file, method, hierarchy).Run(observe);

    /// <summary>The method's StackMapTable entries as HotSpot lists them ("append_frame(@13,Integer)").</summary>
    public static List<string> StackMapEntries(ClassFile file, MemberInfo method)
    {
        try
        {
            var verifier = new MethodVerifier(file, method, TrustingHierarchy.Instance);
            verifier.Decode();
            return verifier.map.Entries;
        }
        catch (VerifyException)
        {
            return [];
        }
    }

    /// <summary>Finds the instruction starts and decodes the stack map against the initial frame, which it returns.</summary>
    private TypeFrame Decode()
    {
        for (int at = 0; at < bytes.Length; at += NullPointerMessages.InstructionLength(bytes, at))
        {
            starts[at] = true;
        }

        var initial = InitialFrame();
        map = StackMapTable.Decode(code, pool, initial, at => starts[at]);
        return initial;
    }

    private void Run(Action<int, TypeFrame>? observe)
    {
        frame.CopyFrom(Decode());
        CheckCatchTypes();
        bool reachable = true;
        for (pc = 0; pc < bytes.Length; pc += NullPointerMessages.InstructionLength(bytes, pc))
        {
            if (map.At(pc) is { } declared)
            {
                if (reachable)
                {
                    CheckAssignable(frame, declared, "Instruction type does not match stack map", pc, frame, pc);
                }

                frame.CopyFrom(declared);
            }
            else if (!reachable)
            {
                throw new VerifyException("Expecting a stack map frame", pc, "Expected stackmap frame at this location.");
            }

            observe?.Invoke(pc, frame);
            before.CopyFrom(frame);
            CheckHandlers();
            reachable = Execute(bytes[pc]);
            if (bytes[pc] is (>= 0x36 and <= 0x4e) or 0x84 or 0xc4)
            {
                // A store changes the locals an exception thrown after it would see (HotSpot checks both states).
                CheckHandlers();
            }
        }

        if (reachable)
        {
            throw new VerifyException("Control flow falls through code end", bytes.Length, "Error exists in the bytecode");
        }
    }

    /// <summary>The implicit frame at offset 0 (JVMS 4.10.1.6): the receiver, then the parameters.</summary>
    private TypeFrame InitialFrame()
    {
        var initial = new TypeFrame(code.MaxLocals, code.MaxStack);
        var slots = new List<T>();
        if (!method.IsStatic)
        {
            bool constructing = method.Name == "<init>" && file.Name != "java/lang/Object";
            slots.Add(constructing ? T.UninitializedThis : T.Class(file.Name));
            initial.ThisUninit = constructing;
        }

        foreach (var parameter in Descriptors.Parameters(method.Descriptor))
        {
            var type = T.FromDescriptor(parameter);
            slots.Add(type);
            if (type.IsWide)
            {
                slots.Add(type.HighHalf);
            }
        }

        if (slots.Count > code.MaxLocals)
        {
            throw new VerifyException("Arguments can't fit into locals", 0, "Error exists in the bytecode");
        }

        slots.CopyTo(initial.Locals);
        return initial;
    }

    private void CheckCatchTypes()
    {
        foreach (var handler in code.Handlers)
        {
            if (handler.CatchType != 0 && !IsAssignable(T.Class(pool.ClassName(handler.CatchType)), T.Class("java/lang/Throwable")))
            {
                throw new VerifyException($"Catch type is not a subclass of Throwable in exception handler {handler.HandlerPc}", handler.HandlerPc, "Error exists in the bytecode");
            }
        }
    }

    /// <summary>Every handler covering pc must accept the current locals with the caught exception on the stack.</summary>
    private void CheckHandlers()
    {
        foreach (var handler in code.Handlers)
        {
            if (pc < handler.StartPc || pc >= handler.EndPc)
            {
                continue;
            }

            var target = map.At(handler.HandlerPc)
                ?? throw new VerifyException($"Expecting a stackmap frame at branch target {handler.HandlerPc}", pc, "Expected stackmap frame at this location.");
            if (code.MaxStack == 0)
            {
                throw Overflow();
            }

            var thrown = frame.Copy();
            thrown.StackSize = 1;
            thrown.Stack[0] = T.Class(handler.CatchType == 0 ? "java/lang/Throwable" : pool.ClassName(handler.CatchType));
            CheckAssignable(thrown, target, $"Stack map does not match the one at exception handler {handler.HandlerPc}", handler.HandlerPc, thrown, pc);
        }
    }

    private void Branch(int target)
    {
        var declared = map.At(target)
            ?? throw new VerifyException($"Expecting a stackmap frame at branch target {target}", pc, "Expected stackmap frame at this location.");
        CheckAssignable(frame, declared, $"Inconsistent stackmap frames at branch target {target}", target, before, pc);
    }

    /// <summary>frameIsAssignable (JVMS 4.10.1.4): slot by slot, equal stack sizes, flags included.</summary>
    /// <param name="shown">The frame printed as "Current Frame" (HotSpot shows a branch's state before its pops).</param>
    private void CheckAssignable(TypeFrame current, TypeFrame target, string headline, int targetPc, TypeFrame shown, int shownBci)
    {
        for (int i = 0; i < current.Locals.Length; i++)
        {
            if (!IsAssignable(current.Locals[i], target.Locals[i]))
            {
                throw new VerifyException(headline, targetPc,
                    $"Type {current.Locals[i]} (current frame, locals[{i}]) is not assignable to {target.Locals[i]} (stack map, locals[{i}])",
                    shown.Copy(), target, targetPc, shownBci);
            }
        }

        if (current.StackSize != target.StackSize)
        {
            throw new VerifyException(headline, targetPc, "Current frame's stack size doesn't match stackmap.", shown.Copy(), target, targetPc, shownBci);
        }

        for (int i = 0; i < current.StackSize; i++)
        {
            if (!IsAssignable(current.Stack[i], target.Stack[i]))
            {
                throw new VerifyException(headline, targetPc,
                    $"Type {current.Stack[i]} (current frame, stack[{i}]) is not assignable to {target.Stack[i]} (stack map, stack[{i}])",
                    shown.Copy(), target, targetPc, shownBci);
            }
        }

        if (current.ThisUninit && !target.ThisUninit)
        {
            throw new VerifyException(headline, targetPc, "Current frame's flags are not assignable to stack map frame's.", shown.Copy(), target, targetPc, shownBci);
        }
    }

    /// <summary>isAssignable (JVMS 4.10.1.2) over slot types.</summary>
    private bool IsAssignable(T from, T to)
    {
        if (from == to || to.Tag == TypeTag.Top)
        {
            return true;
        }

        if (to.Tag != TypeTag.Reference)
        {
            return false;
        }

        if (to.Name is null)
        {
            return from.IsReference;
        }

        return from.Tag == TypeTag.Null || (from.Tag == TypeTag.Reference && from.Name is not null && IsClassAssignable(from.Name, to.Name));
    }

    /// <summary>isJavaAssignable: interfaces are treated as Object; arrays are covariant in reference components.</summary>
    private bool IsClassAssignable(string from, string to)
    {
        if (from == to || to == "java/lang/Object")
        {
            return true;
        }

        if (to[0] == '[')
        {
            if (from[0] != '[')
            {
                return false;
            }

            string fromComponent = from[1..], toComponent = to[1..];
            bool references = fromComponent[0] is 'L' or '[' && toComponent[0] is 'L' or '[';
            return references ? IsClassAssignable(ClassName(fromComponent), ClassName(toComponent)) : fromComponent == toComponent;
        }

        if (from[0] == '[')
        {
            return to is "java/lang/Cloneable" or "java/io/Serializable";
        }

        return hierarchy.IsInterface(to) || hierarchy.IsSubclassOf(from, to);
    }

    private static string ClassName(string descriptor) => descriptor[0] == 'L' ? descriptor[1..^1] : descriptor;

    // ---- operand stack and locals ----

    private void Push(T type)
    {
        if (frame.StackSize + (type.IsWide ? 2 : 1) > frame.Stack.Length)
        {
            throw Overflow();
        }

        frame.Stack[frame.StackSize++] = type;
        if (type.IsWide)
        {
            frame.Stack[frame.StackSize++] = type.HighHalf;
        }
    }

    private VerifyException Overflow() => new("Operand stack overflow", pc, "Exceeded max stack size.", before.Copy());

    /// <summary>Pops a value of the expected type (both slots of a long or double) and returns its actual type.</summary>
    private T Pop(T expected)
    {
        if (!expected.IsWide)
        {
            return PopSlot(expected);
        }

        // HotSpot checks both slots and reports the later failure: an underflow after a bad top slot wins.
        if (frame.StackSize == 0)
        {
            throw Underflow();
        }

        var high = frame.Stack[--frame.StackSize];
        var problem = IsAssignable(high, expected.HighHalf) ? null : BadType(high, frame.StackSize, expected.HighHalf);
        var low = PopSlot(expected);
        return problem is null ? low : throw problem;
    }

    private T PopSlot(T expected)
    {
        if (frame.StackSize == 0)
        {
            throw Underflow();
        }

        var top = frame.Stack[frame.StackSize - 1];
        if (!IsAssignable(top, expected))
        {
            throw BadType(top, frame.StackSize - 1, expected);
        }

        frame.StackSize--;
        return top;
    }

    private VerifyException Underflow() => new("Operand stack underflow", pc, "Attempt to pop empty stack.", before.Copy());

    private VerifyException BadType(T actual, int index, T expected, string headline = "Bad type on operand stack") =>
        new(headline, pc, $"Type {actual} (current frame, stack[{index}]) is not assignable to {expected}", before.Copy());

    /// <summary>The slot below the top <paramref name="depth"/> slots, for the untyped stack instructions.</summary>
    private T Peek(int depth)
    {
        if (frame.StackSize <= depth)
        {
            throw Underflow();
        }

        return frame.Stack[frame.StackSize - 1 - depth];
    }

    /// <summary>A local index operand must lie inside max_locals (both slots of a long or double).</summary>
    private void CheckLocalIndex(int index, bool wide)
    {
        if (index + (wide ? 1 : 0) >= frame.Locals.Length)
        {
            throw new VerifyException("Local variable table overflow", pc, $"Local index {index} is invalid");
        }
    }

    private T Load(int index, T expected)
    {
        if (expected.IsWide && index >= frame.DeclaredLocals - 1)
        {
            // HotSpot bounds a long or double read by the locals in use, not by max_locals.
            throw new VerifyException("get long/double overflows locals", pc, $"Local index {index} is invalid");
        }

        CheckLocalIndex(index, expected.IsWide);
        var type = frame.Locals[index];
        bool ok = IsAssignable(type, expected) && (!expected.IsWide || (index + 1 < frame.Locals.Length && frame.Locals[index + 1] == expected.HighHalf));
        if (!ok)
        {
            throw new VerifyException("Bad local variable type", pc, $"Type {type} (current frame, locals[{index}]) is not assignable to {expected}", before.Copy());
        }

        return type;
    }

    /// <summary>Stores a type into the locals, invalidating a long or double whose half it overwrites.</summary>
    private void Store(int index, T type)
    {
        CheckLocalIndex(index, type.IsWide);
        int last = index + (type.IsWide ? 1 : 0);

        if (index > 0 && frame.Locals[index - 1].IsWide)
        {
            frame.Locals[index - 1] = T.Top;
        }

        if (last + 1 < frame.Locals.Length && frame.Locals[last + 1].IsHighHalf)
        {
            frame.Locals[last + 1] = T.Top;
        }

        frame.Locals[index] = type;
        if (type.IsWide)
        {
            frame.Locals[index + 1] = type.HighHalf;
        }
    }
}
