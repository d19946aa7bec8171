using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Runtime;
using static Hawk.Jvm.Interpreter.Bytecode;
using Q = Hawk.Jvm.Interpreter.QuickOpcodes;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// Instructions with a symbolic operand in their general form: resolve (JVMS 5.4.3), initialize the class where
/// the instruction requires it (JVMS 5.5), run the instruction, then rewrite it into its quick form once nothing
/// the general form checks can change any more.
/// </summary>
internal sealed partial class BytecodeInterpreter
{
    /// <summary>getstatic/putstatic: quickened once the field's class is initialized.</summary>
    private int StaticFieldAccess(JThread t, JClass cls, byte[] code, int pc, long[] s, int sp, int frameIndex)
    {
        int opcode = code[pc], index = U2(code, pc + 1);
        var f = cls.Resolved[index] as JField ?? ResolveField(t, frameIndex, pc, cls, index, isStatic: true);
        if (f.Owner.State != ClassState.Initialized)
        {
            t.Frames[frameIndex].Pc = pc;
            vm.Initialize(t, f.Owner);
        }

        if (opcode == 0xb2)
        {
            s[sp] = f.Owner.Statics[f.Slot];
            sp += f.Slots;
        }
        else
        {
            sp -= f.Slots;
            f.Owner.Statics[f.Slot] = Narrow(f.Kind, s[sp]);
        }

        if (f.Owner.State == ClassState.Initialized)
        {
            Q.Rewrite(code, pc, opcode == 0xb2 ? Q.GetStatic : Q.PutStatic, index);
        }

        return sp;
    }

    /// <summary>getfield/putfield: the quick forms carry the field's slot (putfield of sub-int types stays general).</summary>
    private int InstanceFieldAccess(JThread t, JMethod method, byte[] code, int pc, long[] s, int sp, int frameIndex)
    {
        var cls = method.Owner;
        int opcode = code[pc], index = U2(code, pc + 1);
        var f = cls.Resolved[index] as JField ?? ResolveField(t, frameIndex, pc, cls, index, isStatic: false);
        byte quick;
        if (opcode == 0xb4)
        {
            s[sp - 1] = NonNull(t, frameIndex, pc, (int)s[sp - 1]).Fields[f.Slot];
            sp += f.Slots - 1;
            quick = f.Slots == 2 ? Q.GetField2 : Q.GetField;
        }
        else
        {
            sp -= f.Slots;
            NonNull(t, frameIndex, pc, (int)s[sp - 1]).Fields[f.Slot] = Narrow(f.Kind, s[sp]);
            sp--;
            quick = f.Kind switch { 'J' or 'D' => Q.PutField2, 'I' or 'F' or 'L' or '[' => Q.PutFieldInt, _ => 0 };
        }

        if (quick != 0 && f.Slot <= ushort.MaxValue)
        {
            Q.Rewrite(code, pc, quick, f.Slot);
            if (opcode == 0xb4)
            {
                Fusion.FuseLoadOfGetField(code, stackHeights[method], pc);
            }
            else if (quick == Q.PutField2)
            {
                Fusion.FuseArithmeticOfPutField(code, stackHeights[method], pc);
            }
        }

        return sp;
    }

    /// <summary>new: resolves the class, initializes it and checks it can be instantiated (JVMS 6.5 new).</summary>
    private JClass Instantiable(JThread t, JClass cls, byte[] code, int pc, int frameIndex)
    {
        int index = U2(code, pc + 1);
        var c = cls.Resolved[index] as JClass ?? ResolveClass(t, frameIndex, pc, cls, index);
        if (c.State != ClassState.Initialized)
        {
            vm.Initialize(t, c);
        }

        if (c.IsInterface || (c.Access & AccessFlags.Abstract) != 0)
        {
            throw vm.NewThrow(t, "java/lang/InstantiationError", c.JavaName);
        }

        if (c.State == ClassState.Initialized)
        {
            Q.Rewrite(code, pc, Q.New, index);
        }

        return c;
    }

    /// <summary>An allocation point: the heap may be collected here (the frame's pc is already recorded).</summary>
    private int NewInstance(JThread t, JClass c, int sp)
    {
        vm.Safepoint(t, 16 + (8L * c.InstanceSlots), sp);
        return vm.NewObject(c);
    }

    private int InvokeInstruction(JThread t, JClass cls, byte[] code, int pc, long[] s, int sp)
    {
        int opcode = code[pc], index = U2(code, pc + 1);
        var resolved = cls.Resolved[index] as JMethod ?? vm.ResolveMethod(t, cls, index, opcode);
        int argBase = sp - resolved.ArgumentSlots;
        JMethod target;
        switch (opcode)
        {
            case 0xb8:
                if (resolved.Owner.State != ClassState.Initialized)
                {
                    vm.Initialize(t, resolved.Owner);
                }

                target = resolved;
                break;
            case 0xb7:
                NonNull(t, t.Depth - 1, pc, (int)s[argBase]);
                target = JavaVm.SelectSpecial(cls, resolved);
                break;
            default:
                var receiver = NonNull(t, t.Depth - 1, pc, (int)s[argBase]);
                if (IsDirect(resolved))
                {
                    target = resolved;
                    break;
                }

                target = Select(t, receiver.Class, resolved);
                if (opcode == 0xb9 && !receiver.Class.IsSubtypeOf(resolved.Owner))
                {
                    throw vm.NewThrow(t, "java/lang/IncompatibleClassChangeError", $"Class {receiver.Class.JavaName} does not implement the requested interface {resolved.Owner.JavaName}");
                }

                break;
        }

        if (target.IsSignaturePolymorphicStub)
        {
            long result = vm.InvokePolymorphic(t, resolved, cls, index, argBase);
            sp = argBase;
            if (resolved.ReturnSlots > 0)
            {
                s[sp] = result;
                sp += resolved.ReturnSlots;
            }

            return sp;
        }

        QuickenInvoke(code, pc, opcode, index, resolved, target);
        return Call(t, target, s, sp);
    }

    /// <summary>invokevirtual of a private or final method runs the resolved method without selection.</summary>
    private static bool IsDirect(JMethod resolved) =>
        resolved.IsPrivate || ((resolved.Access & AccessFlags.Final) != 0 && !resolved.Owner.IsInterface);

    private static void QuickenInvoke(byte[] code, int pc, int opcode, int index, JMethod resolved, JMethod target)
    {
        byte quick = opcode switch
        {
            0xb8 when IsSqrt(resolved) => Q.InvokeSqrt,
            0xb8 when resolved.Owner.State == ClassState.Initialized => Q.InvokeStatic,
            0xb7 when ReferenceEquals(target, resolved) => Q.InvokeDirect,
            0xb6 when IsDirect(resolved) => Q.InvokeDirect,
            0xb6 when resolved.VTableIndex >= 0 && !resolved.Owner.IsInterface => Q.InvokeVirtual,
            _ => 0,
        };
        if (quick != 0)
        {
            Q.Rewrite(code, pc, quick, index);
        }
    }

    private static bool IsSqrt(JMethod method) =>
        method.Owner.Name is "java/lang/Math" or "java/lang/StrictMath" && method.Name == "sqrt" && method.Descriptor == "(D)D";

    /// <summary>Method selection (JVMS 5.4.6) for a receiver of class <paramref name="receiver"/>.</summary>
    private JMethod Select(JThread t, JClass receiver, JMethod resolved) =>
        receiver.SelectMethod(resolved)
        ?? throw vm.NewThrow(t, "java/lang/AbstractMethodError", $"Receiver class {receiver.JavaName} does not define or inherit an implementation of the resolved method '{resolved.Name}{resolved.Descriptor}'.");

    /// <summary>Runs <paramref name="target"/> on the arguments at the top of the operand stack and pushes its result.</summary>
    private int Call(JThread t, JMethod target, long[] s, int sp)
    {
        int argBase = sp - target.ArgumentSlots;
        long result = Invoke(t, target, argBase);
        if (target.ReturnSlots > 0)
        {
            s[argBase] = result;
        }

        return argBase + target.ReturnSlots;
    }

    /// <summary>First execution of a field instruction: resolution may throw, so the frame's pc is recorded first.</summary>
    private JField ResolveField(JThread t, int frameIndex, int pc, JClass cls, int index, bool isStatic)
    {
        t.Frames[frameIndex].Pc = pc;
        return vm.ResolveField(t, cls, index, isStatic);
    }

    private JClass ResolveClass(JThread t, int frameIndex, int pc, JClass cls, int index)
    {
        t.Frames[frameIndex].Pc = pc;
        return vm.ResolveClass(t, cls, index);
    }
}
