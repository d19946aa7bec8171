using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Memory;
using Hawk.Jvm.Runtime;
using static Hawk.Jvm.Interpreter.Bytecode;
using static Hawk.Jvm.Interpreter.CodePointer;
using Q = Hawk.Jvm.Interpreter.QuickOpcodes;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// The bytecode interpreter (JVMS chapter 6): one switch over the opcode, locals and operand stack in the
/// thread's slot array, constant pool entries resolved once and cached in the class. An instruction whose operand
/// has been resolved is rewritten into a quick form in the method's private copy of the code (see
/// <see cref="QuickOpcodes"/>). Java calls recurse on the host stack, bounded by <see cref="JThread.MaxFrames"/>.
/// The instruction budget is charged where runs can repeat: at method entry, at taken backward branches (the
/// bytes of the loop they close) and at exception dispatch, so straight-line code pays nothing per instruction.
/// </summary>
internal sealed partial class BytecodeInterpreter(JavaVm vm)
{
    private readonly Heap heap = vm.Heap;

    /// <summary>
    /// The operand stack height before each instruction of every prepared method (-1 where none starts): where
    /// instructions start (for fusing) and the heights <c>ret</c> is checked against.
    /// </summary>
    private readonly Dictionary<JMethod, int[]> stackHeights = [];

    /// <summary>Runs <paramref name="method"/> whose arguments are at <c>stack[argBase..]</c>; returns its result.</summary>
    public long Invoke(JThread t, JMethod method, int argBase)
    {
        if (t.Depth >= t.FrameLimit || argBase + 512 + (method.Code?.MaxLocals ?? 0) + (method.Code?.MaxStack ?? 0) > t.Stack.Length)
        {
            throw t.Depth >= JThread.MaxFrames + JThread.ReservedFrames
                ? new InvalidOperationException("stack overflow while constructing StackOverflowError")
                : vm.NewStackOverflow(t);
        }

        if (method.IsAbstract)
        {
            throw vm.NewThrow(t, "java/lang/AbstractMethodError", $"Receiver class {heap[(int)t.Stack[argBase]].Class.JavaName} does not define or inherit an implementation of the resolved method '{method.Name}{method.Descriptor}' of {(method.Owner.IsInterface ? "interface" : "abstract class")} {method.Owner.JavaName}.");
        }

        vm.Options.CallTrace?.WriteLine($"{new string(' ', t.Depth)}{method}");
        Charge(1);
        int savedTop = t.StackTop;
        int monitor = method.IsSynchronized ? (method.IsStatic ? vm.MirrorOf(method.Owner) : (int)t.Stack[argBase]) : 0;
        ref var frame = ref t.Frames[t.Depth++];
        frame.Method = method;
        frame.Base = argBase;
        frame.Pc = 0;
        if (monitor != 0)
        {
            vm.MonitorEnter(t, monitor);
        }

        try
        {
            if (method.IsNative)
            {
                t.StackTop = argBase + method.ArgumentSlots;
                var native = method.Native ??= vm.Natives.Bind(method);
                return native(t, t.Stack, argBase);
            }

            return Execute(t, method, argBase);
        }
        finally
        {
            if (monitor != 0)
            {
                vm.MonitorExit(t, monitor);
            }

            t.Depth--;
            t.StackTop = savedTop;
        }
    }

    /// <summary>
    /// Runs a method's bytecode. The dispatch loop lives in <see cref="Run"/> without an exception handler so the
    /// JIT keeps pc and sp in registers; a throwing instruction records its pc in the frame before it throws, and
    /// this method looks up the handler and re-enters the loop there.
    /// </summary>
    private long Execute(JThread t, JMethod method, int lp)
    {
        var codeAttribute = method.Code!;
        method.QuickCode ??= Prepare(t, method);
        var s = t.Stack;
        int stackBase = lp + codeAttribute.MaxLocals;
        int sp = stackBase;
        int pc = 0;
        t.StackTop = stackBase + codeAttribute.MaxStack;
        int frameIndex = t.Depth - 1;
        while (true)
        {
            try
            {
                return Run(t, lp, pc, sp);
            }
            catch (Exception e) when (e is JavaException or ImplicitJavaError)
            {
                Charge(1);
                int faultPc = t.Frames[frameIndex].Pc;
                int throwable = e is ImplicitJavaError implicitError
                    ? vm.NewThrow(t, implicitError.ClassName, implicitError.JavaMessage).Throwable
                    : ((JavaException)e).Throwable;
                int handler = FindHandler(t, method, faultPc, throwable);
                if (handler < 0)
                {
                    if (e is JavaException)
                    {
                        throw;
                    }

                    throw new JavaException(throwable);
                }

                sp = stackBase;
                s[sp++] = throwable;
                pc = handler;
            }
        }
    }

    /// <summary>
    /// First run of a method: checks that its code stays inside its frame (<see cref="StackBounds"/>) and makes the
    /// private copy of the code that quickening rewrites, with its superinstructions fused and its numeric constants
    /// inlined. Heights are kept for methods using <c>ret</c>.
    /// </summary>
    private byte[] Prepare(JThread t, JMethod method)
    {
        var attribute = method.Code!;
        int[] heights;
        try
        {
            heights = StackBounds.Check(attribute, method.Owner.File!.Pool);
        }
        catch (Exception e) when (e is StackBoundsException or IndexOutOfRangeException or InvalidOperationException or ClassFormatException)
        {
            throw vm.NewThrow(t, "java/lang/VerifyError", $"{e.Message} in method {method.Owner.JavaName}.{method.Name}{method.Descriptor}");
        }

        stackHeights[method] = heights;
        var code = (byte[])attribute.Code.Clone();
        Fusion.FuseStatic(code, heights);
        return InlineConstants.Append(code, heights, method.Owner);
    }

    /// <summary>
    /// ret jumps to a run-time value: it must be an instruction the bounds check reached, entered with the stack
    /// height the check computed there (JVMS 4.10.2.5 return addresses are not otherwise type-checked here).
    /// </summary>
    private int Ret(JThread t, int frameIndex, JMethod method, int pc, long target, int height)
    {
        Charge(1);
        if (stackHeights.TryGetValue(method, out var heights) && (ulong)target < (ulong)heights.Length && heights[target] == height)
        {
            return (int)target;
        }

        t.Frames[frameIndex].Pc = pc;
        throw vm.NewThrow(t, "java/lang/VerifyError", $"Bad return address {target} for ret at {pc} in method {method}");
    }

    private unsafe long Run(JThread t, int localsBase, int programCounter, int stackPointer)
    {
        // Only the instruction, locals and stack-top pointers live across the loop: the running method, its class,
        // the start of its code and of the slot array are read again where needed, so the JIT keeps the pointers
        // in registers.
        fixed (byte* code = t.TopMethod.QuickCode)
        fixed (long* s = t.Stack)
        {
            byte* ip = code + programCounter;
            long* lp = s + localsBase, sp = s + stackPointer;
            while (true)
            {
                switch (*ip)
                {
                    case 0x00: ip++; break;
                    case 0x01: *sp++ = 0; ip++; break;
                    case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: case 0x08:
                        *sp++ = *ip - 0x03; ip++; break;
                    case 0x09: case 0x0a: *sp = *ip - 0x09; sp += 2; ip++; break;
                    case 0x0b: case 0x0c: case 0x0d: *sp++ = F((float)(*ip - 0x0b)); ip++; break;
                    case 0x0e: case 0x0f: *sp = D((double)(*ip - 0x0e)); sp += 2; ip++; break;
                    case 0x10: *sp++ = (sbyte)ip[1]; ip += 2; break;
                    case 0x11: *sp++ = S2(ip, 1); ip += 3; break;
                    case 0x12: sp = PushConstant(t, ip[1], sp, ip); ip += 2; break;
                    case 0x13: case 0x14: sp = PushConstant(t, U2(ip, 1), sp, ip); ip += 3; break;
                    case Q.LdcNumber: *sp++ = Unsafe.ReadUnaligned<long>(ip + (8 * ip[1])); ip += 2; break;
                    case Q.LdcWNumber: *sp++ = Unsafe.ReadUnaligned<long>(ip + (8 * U2(ip, 1))); ip += 3; break;
                    case Q.Ldc2Number: *sp = Unsafe.ReadUnaligned<long>(ip + (8 * U2(ip, 1))); sp += 2; ip += 3; break;
                    case 0x15: case 0x17: case 0x19: *sp++ = lp[ip[1]]; ip += 2; break;
                    case 0x16: case 0x18: *sp = lp[ip[1]]; sp += 2; ip += 2; break;
                    case 0x1a: case 0x1b: case 0x1c: case 0x1d: *sp++ = lp[*ip - 0x1a]; ip++; break;
                    case 0x1e: case 0x1f: case 0x20: case 0x21: *sp = lp[*ip - 0x1e]; sp += 2; ip++; break;
                    case 0x22: case 0x23: case 0x24: case 0x25: *sp++ = lp[*ip - 0x22]; ip++; break;
                    case 0x26: case 0x27: case 0x28: case 0x29: *sp = lp[*ip - 0x26]; sp += 2; ip++; break;
                    case 0x2a: case 0x2b: case 0x2c: case 0x2d: *sp++ = lp[*ip - 0x2a]; ip++; break;
                    case 0x2e: sp[-2] = ArrayElement<int>(t, ip, sp); sp--; ip++; break;
                    case 0x2f: sp[-2] = ArrayElement<long>(t, ip, sp); ip++; break;
                    case 0x30: sp[-2] = F(ArrayElement<float>(t, ip, sp)); sp--; ip++; break;
                    case 0x31: sp[-2] = D(ArrayElement<double>(t, ip, sp)); ip++; break;
                    case 0x32: sp[-2] = ArrayElement<int>(t, ip, sp); sp--; ip++; break;
                    case 0x33: sp[-2] = ArrayElement<sbyte>(t, ip, sp); sp--; ip++; break;
                    case 0x34: sp[-2] = ArrayElement<char>(t, ip, sp); sp--; ip++; break;
                    case 0x35: sp[-2] = ArrayElement<short>(t, ip, sp); sp--; ip++; break;
                    case 0x36: case 0x38: case 0x3a: lp[ip[1]] = *--sp; ip += 2; break;
                    case 0x37: case 0x39: sp -= 2; lp[ip[1]] = *sp; ip += 2; break;
                    case 0x3b: case 0x3c: case 0x3d: case 0x3e: lp[*ip - 0x3b] = *--sp; ip++; break;
                    case 0x3f: case 0x40: case 0x41: case 0x42: sp -= 2; lp[*ip - 0x3f] = *sp; ip++; break;
                    case 0x43: case 0x44: case 0x45: case 0x46: lp[*ip - 0x43] = *--sp; ip++; break;
                    case 0x47: case 0x48: case 0x49: case 0x4a: sp -= 2; lp[*ip - 0x47] = *sp; ip++; break;
                    case 0x4b: case 0x4c: case 0x4d: case 0x4e: lp[*ip - 0x4b] = *--sp; ip++; break;
                    case 0x4f: ArrayElement<int>(t, ip, sp - 1) = (int)sp[-1]; sp -= 3; ip++; break;
                    case 0x50: ArrayElement<long>(t, ip, sp - 2) = sp[-2]; sp -= 4; ip++; break;
                    case 0x51: ArrayElement<float>(t, ip, sp - 1) = F(sp[-1]); sp -= 3; ip++; break;
                    case 0x52: ArrayElement<double>(t, ip, sp - 2) = D(sp[-2]); sp -= 4; ip++; break;
                    case 0x53:
                    {
                        var array = NonNull(t, ip, (int)sp[-3]);
                        StoreReference(t, ip, array, ref Element<int>(t, ip, array, (int)sp[-2]), (int)sp[-1]);
                        sp -= 3; ip++; break;
                    }
                    case 0x54:
                    {
                        var array = NonNull(t, ip, (int)sp[-3]);
                        // Only values other than 0 and 1 need the class: a boolean array keeps their lowest bit.
                        long value = sp[-1];
                        Element<sbyte>(t, ip, array, (int)sp[-2]) = (ulong)value <= 1 || array.Class.ElementKind != 'Z' ? (sbyte)value : (sbyte)(value & 1);
                        sp -= 3; ip++; break;
                    }
                    case 0x55: ArrayElement<char>(t, ip, sp - 1) = (char)sp[-1]; sp -= 3; ip++; break;
                    case 0x56: ArrayElement<short>(t, ip, sp - 1) = (short)sp[-1]; sp -= 3; ip++; break;
                    case 0x57: sp--; ip++; break;
                    case 0x58: sp -= 2; ip++; break;
                    case 0x59: *sp = sp[-1]; sp++; ip++; break;
                    case 0x5a: *sp = sp[-1]; sp[-1] = sp[-2]; sp[-2] = *sp; sp++; ip++; break;
                    case 0x5b: *sp = sp[-1]; sp[-1] = sp[-2]; sp[-2] = sp[-3]; sp[-3] = *sp; sp++; ip++; break;
                    case 0x5c: *sp = sp[-2]; sp[1] = sp[-1]; sp += 2; ip++; break;
                    case 0x5d:
                        sp[1] = sp[-1]; *sp = sp[-2]; sp[-1] = sp[-3];
                        sp[-2] = sp[1]; sp[-3] = *sp; sp += 2; ip++; break;
                    case 0x5e:
                        sp[1] = sp[-1]; *sp = sp[-2]; sp[-1] = sp[-3]; sp[-2] = sp[-4];
                        sp[-3] = sp[1]; sp[-4] = *sp; sp += 2; ip++; break;
                    case 0x5f: (sp[-1], sp[-2]) = (sp[-2], sp[-1]); ip++; break;
                    case 0x60: sp--; sp[-1] = unchecked((int)sp[-1] + (int)*sp); ip++; break;
                    case 0x61: sp -= 2; sp[-2] = unchecked(sp[-2] + *sp); ip++; break;
                    case 0x62: sp--; sp[-1] = F(F(sp[-1]) + F(*sp)); ip++; break;
                    case 0x63: sp -= 2; sp[-2] = D(D(sp[-2]) + D(*sp)); ip++; break;
                    case 0x64: sp--; sp[-1] = unchecked((int)sp[-1] - (int)*sp); ip++; break;
                    case 0x65: sp -= 2; sp[-2] = unchecked(sp[-2] - *sp); ip++; break;
                    case 0x66: sp--; sp[-1] = F(F(sp[-1]) - F(*sp)); ip++; break;
                    case 0x67: sp -= 2; sp[-2] = D(D(sp[-2]) - D(*sp)); ip++; break;
                    case 0x68: sp--; sp[-1] = unchecked((int)sp[-1] * (int)*sp); ip++; break;
                    case 0x69: sp -= 2; sp[-2] = unchecked(sp[-2] * *sp); ip++; break;
                    case 0x6a: sp--; sp[-1] = F(F(sp[-1]) * F(*sp)); ip++; break;
                    case 0x6b: sp -= 2; sp[-2] = D(D(sp[-2]) * D(*sp)); ip++; break;
                    case 0x6c: sp--; sp[-1] = Div((int)sp[-1], NonZero(t, ip, (int)*sp)); ip++; break;
                    case 0x6d: sp -= 2; sp[-2] = Div(sp[-2], NonZero(t, ip, *sp)); ip++; break;
                    case 0x6e: sp--; sp[-1] = F(F(sp[-1]) / F(*sp)); ip++; break;
                    case 0x6f: sp -= 2; sp[-2] = D(D(sp[-2]) / D(*sp)); ip++; break;
                    case 0x70: sp--; sp[-1] = Rem((int)sp[-1], NonZero(t, ip, (int)*sp)); ip++; break;
                    case 0x71: sp -= 2; sp[-2] = Rem(sp[-2], NonZero(t, ip, *sp)); ip++; break;
                    case 0x72: sp--; sp[-1] = F(F(sp[-1]) % F(*sp)); ip++; break;
                    case 0x73: sp -= 2; sp[-2] = D(D(sp[-2]) % D(*sp)); ip++; break;
                    case 0x74: sp[-1] = unchecked(-(int)sp[-1]); ip++; break;
                    case 0x75: sp[-2] = unchecked(-sp[-2]); ip++; break;
                    case 0x76: sp[-1] = F(-F(sp[-1])); ip++; break;
                    case 0x77: sp[-2] = D(-D(sp[-2])); ip++; break;
                    case 0x78: sp--; sp[-1] = (int)sp[-1] << (int)*sp; ip++; break;
                    case 0x79: sp--; sp[-2] = sp[-2] << (int)*sp; ip++; break;
                    case 0x7a: sp--; sp[-1] = (int)sp[-1] >> (int)*sp; ip++; break;
                    case 0x7b: sp--; sp[-2] = sp[-2] >> (int)*sp; ip++; break;
                    case 0x7c: sp--; sp[-1] = (int)((uint)sp[-1] >> (int)*sp); ip++; break;
                    case 0x7d: sp--; sp[-2] = (long)((ulong)sp[-2] >> (int)*sp); ip++; break;
                    case 0x7e: sp--; sp[-1] = (int)sp[-1] & (int)*sp; ip++; break;
                    case 0x7f: sp -= 2; sp[-2] &= *sp; ip++; break;
                    case 0x80: sp--; sp[-1] = (int)sp[-1] | (int)*sp; ip++; break;
                    case 0x81: sp -= 2; sp[-2] |= *sp; ip++; break;
                    case 0x82: sp--; sp[-1] = (int)sp[-1] ^ (int)*sp; ip++; break;
                    case 0x83: sp -= 2; sp[-2] ^= *sp; ip++; break;
                    case 0x84: lp[ip[1]] = unchecked((int)lp[ip[1]] + (sbyte)ip[2]); ip += 3; break;
                    case 0x85: sp[-1] = (int)sp[-1]; sp++; ip++; break;
                    case 0x86: sp[-1] = F((float)(int)sp[-1]); ip++; break;
                    case 0x87: sp[-1] = D((double)(int)sp[-1]); sp++; ip++; break;
                    case 0x88: sp--; sp[-1] = (int)sp[-1]; ip++; break;
                    case 0x89: sp--; sp[-1] = F((float)sp[-1]); ip++; break;
                    case 0x8a: sp[-2] = D((double)sp[-2]); ip++; break;
                    case 0x8b: sp[-1] = ToInt(F(sp[-1])); ip++; break;
                    case 0x8c: sp[-1] = ToLong(F(sp[-1])); sp++; ip++; break;
                    case 0x8d: sp[-1] = D((double)F(sp[-1])); sp++; ip++; break;
                    case 0x8e: sp--; sp[-1] = ToInt(D(sp[-1])); ip++; break;
                    case 0x8f: sp[-2] = ToLong(D(sp[-2])); ip++; break;
                    case 0x90: sp--; sp[-1] = F((float)D(sp[-1])); ip++; break;
                    case 0x91: sp[-1] = (sbyte)sp[-1]; ip++; break;
                    case 0x92: sp[-1] = (char)sp[-1]; ip++; break;
                    case 0x93: sp[-1] = (short)sp[-1]; ip++; break;
                    case 0x94: sp -= 3; sp[-1] = sp[-1].CompareTo(sp[1]); ip++; break;
                    case 0x95: sp--; sp[-1] = Compare(F(sp[-1]), F(*sp), -1); ip++; break;
                    case 0x96: sp--; sp[-1] = Compare(F(sp[-1]), F(*sp), 1); ip++; break;
                    case 0x97: sp -= 3; sp[-1] = Compare(D(sp[-1]), D(sp[1]), -1); ip++; break;
                    case 0x98: sp -= 3; sp[-1] = Compare(D(sp[-1]), D(sp[1]), 1); ip++; break;
                    case 0x99: ip = (int)*--sp == 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0x9a: ip = (int)*--sp != 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0x9b: ip = (int)*--sp < 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0x9c: ip = (int)*--sp >= 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0x9d: ip = (int)*--sp > 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0x9e: ip = (int)*--sp <= 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0x9f: sp -= 2; ip = (int)*sp == (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa0: sp -= 2; ip = (int)*sp != (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa1: sp -= 2; ip = (int)*sp < (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa2: sp -= 2; ip = (int)*sp >= (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa3: sp -= 2; ip = (int)*sp > (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa4: sp -= 2; ip = (int)*sp <= (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa5: sp -= 2; ip = (int)*sp == (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa6: sp -= 2; ip = (int)*sp != (int)sp[1] ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xa7: ip = Jump(ip, S2(ip, 1)); break;
                    case 0xa8: *sp++ = Pc(t, ip) + 3; ip = Jump(ip, S2(ip, 1)); break;
                    case 0xa9: ip = Code(t) + Ret(t, t.Top, t.TopMethod, Pc(t, ip), lp[ip[1]], (int)(sp - lp) - t.TopMethod.Code!.MaxLocals); break;
                    case 0xaa:
                    {
                        byte* table = Code(t) + ((Pc(t, ip) + 4) & ~3);
                        int key = (int)*--sp;
                        int low = S4(table, 4), high = S4(table, 8);
                        ip = Jump(ip, key >= low && key <= high ? S4(table, 12 + ((key - low) * 4)) : S4(table, 0));
                        break;
                    }
                    case 0xab: ip = Jump(ip, LookupSwitch(t.TopMethod.QuickCode!, Pc(t, ip), (int)*--sp)); break;
                    case 0xac: case 0xae: case 0xb0: return sp[-1];
                    case 0xad: case 0xaf: return sp[-2];
                    case 0xb1: return 0;
                    case 0xb2: case 0xb3: sp = Slots(t) + StaticFieldAccess(t, t.TopMethod.Owner, t.TopMethod.QuickCode!, Pc(t, ip), t.Stack, Slot(t, sp), t.Top); ip += 3; break;
                    case Q.GetStatic:
                    {
                        var f = Resolved<JField>(t.TopMethod.Owner, ip);
                        *sp = f.Owner.Statics[f.Slot];
                        sp += f.Slots;
                        ip += 3;
                        break;
                    }
                    case Q.PutStatic:
                    {
                        var f = Resolved<JField>(t.TopMethod.Owner, ip);
                        sp -= f.Slots;
                        f.Owner.Statics[f.Slot] = Narrow(f.Kind, *sp);
                        ip += 3;
                        break;
                    }
                    case 0xb4: case 0xb5: sp = Slots(t) + InstanceFieldAccess(t, t.TopMethod, t.TopMethod.QuickCode!, Pc(t, ip), t.Stack, Slot(t, sp), t.Top); ip += 3; break;
                    case Q.GetField: sp[-1] = NonNull(t, ip, (int)sp[-1]).Fields[U2(ip, 1)]; ip += 3; break;
                    case Q.GetField2: sp[-1] = NonNull(t, ip, (int)sp[-1]).Fields[U2(ip, 1)]; sp++; ip += 3; break;
                    case Q.ALoad0GetField: case Q.ALoad0GetField + 1: case Q.ALoad0GetField + 2: case Q.ALoad0GetField + 3:
                        *sp = NonNull(t, ip + 1, (int)lp[*ip - Q.ALoad0GetField]).Fields[U2(ip, 2)];
                        sp += ip[1] == Q.GetField2 ? 2 : 1;
                        ip += 4;
                        break;
                    case Q.DupGetField:
                        *sp = NonNull(t, ip + 1, (int)sp[-1]).Fields[U2(ip, 2)];
                        sp += ip[1] == Q.GetField2 ? 2 : 1;
                        ip += 4;
                        break;
                    case Q.ALoadDupGetField:
                        sp[0] = lp[ip[1]];
                        sp[1] = NonNull(t, ip + 3, (int)sp[0]).Fields[U2(ip, 4)];
                        sp += ip[3] == Q.GetField2 ? 3 : 2;
                        ip += 6;
                        break;
                    case Q.ALoadGetField:
                        *sp = NonNull(t, ip + 2, (int)lp[ip[1]]).Fields[U2(ip, 3)];
                        sp += ip[2] == Q.GetField2 ? 2 : 1;
                        ip += 5;
                        break;
                    case Q.DLoadAdd: sp[-2] = D(D(sp[-2]) + D(lp[ip[1]])); ip += 3; break;
                    case Q.DLoadSub: sp[-2] = D(D(sp[-2]) - D(lp[ip[1]])); ip += 3; break;
                    case Q.DLoadMul: sp[-2] = D(D(sp[-2]) * D(lp[ip[1]])); ip += 3; break;
                    case Q.DLoadDiv: sp[-2] = D(D(sp[-2]) / D(lp[ip[1]])); ip += 3; break;
                    case Q.LoadLoad: sp[0] = lp[ip[1]]; sp[1] = lp[ip[3]]; sp += 2; ip += 4; break;
                    case Q.LoadLoad + 1: sp[0] = lp[ip[1]]; sp[1] = lp[ip[3]]; sp += 3; ip += 4; break;
                    case Q.LoadLoad + 2: sp[0] = lp[ip[1]]; sp[2] = lp[ip[3]]; sp += 3; ip += 4; break;
                    case Q.LoadLoad + 3: sp[0] = lp[ip[1]]; sp[2] = lp[ip[3]]; sp += 4; ip += 4; break;
                    case Q.BipushCompareBranch:
                        sp--;
                        ip = Fusion.Holds((byte)(ip[2] - 6), ((int)*sp).CompareTo((sbyte)ip[1])) ? Jump(ip + 2, S2(ip, 3)) : ip + 5;
                        break;
                    case Q.SipushCompareBranch:
                        sp--;
                        ip = Fusion.Holds((byte)(ip[3] - 6), ((int)*sp).CompareTo(S2(ip, 1))) ? Jump(ip + 3, S2(ip, 4)) : ip + 6;
                        break;
                    case Q.LdcCompareBranch:
                        sp--;
                        ip = Fusion.Holds((byte)(ip[2] - 6), ((int)*sp).CompareTo((int)Unsafe.ReadUnaligned<long>(ip + (8 * ip[1])))) ? Jump(ip + 2, S2(ip, 3)) : ip + 5;
                        break;
                    case Q.Ldc2CompareBranch:
                        sp -= 2;
                        ip = Fusion.Holds(ip[4], sp[0].CompareTo(Unsafe.ReadUnaligned<long>(ip + (8 * U2(ip, 1))))) ? Jump(ip + 4, S2(ip, 5)) : ip + 7;
                        break;
                    case Q.IAddStore: lp[ip[2]] = unchecked((int)sp[-2] + (int)sp[-1]); sp -= 2; ip += 3; break;
                    case Q.LAddStore: lp[ip[2]] = unchecked(sp[-4] + sp[-2]); sp -= 4; ip += 3; break;
                    case Q.IncGoto:
                        lp[ip[1]] = unchecked((int)lp[ip[1]] + (sbyte)ip[2]);
                        ip = Jump(ip + 3, S2(ip, 4));
                        break;
                    case Q.LongCompareBranch:
                        sp -= 4;
                        ip = Fusion.Holds(ip[1], sp[0].CompareTo(sp[2])) ? Jump(ip + 1, S2(ip, 2)) : ip + 4;
                        break;
                    case Q.PutFieldInt: NonNull(t, ip, (int)sp[-2]).Fields[U2(ip, 1)] = (int)sp[-1]; sp -= 2; ip += 3; break;
                    case Q.PutField2: NonNull(t, ip, (int)sp[-3]).Fields[U2(ip, 1)] = sp[-2]; sp -= 3; ip += 3; break;
                    case Q.DAddPutField: NonNull(t, ip + 1, (int)sp[-5]).Fields[U2(ip, 2)] = D(D(sp[-4]) + D(sp[-2])); sp -= 5; ip += 4; break;
                    case Q.DSubPutField: NonNull(t, ip + 1, (int)sp[-5]).Fields[U2(ip, 2)] = D(D(sp[-4]) - D(sp[-2])); sp -= 5; ip += 4; break;
                    case Q.DMulPutField: NonNull(t, ip + 1, (int)sp[-5]).Fields[U2(ip, 2)] = D(D(sp[-4]) * D(sp[-2])); sp -= 5; ip += 4; break;
                    case Q.DDivPutField: NonNull(t, ip + 1, (int)sp[-5]).Fields[U2(ip, 2)] = D(D(sp[-4]) / D(sp[-2])); sp -= 5; ip += 4; break;
                    case 0xb6: case 0xb7: case 0xb8:
                        Record(t, t.Top, Pc(t, ip));
                        sp = Slots(t) + InvokeInstruction(t, t.TopMethod.Owner, t.TopMethod.QuickCode!, Pc(t, ip), t.Stack, Slot(t, sp));
                        ip += 3;
                        break;
                    case 0xb9:
                        Record(t, t.Top, Pc(t, ip));
                        sp = Slots(t) + InvokeInstruction(t, t.TopMethod.Owner, t.TopMethod.QuickCode!, Pc(t, ip), t.Stack, Slot(t, sp));
                        ip += 5;
                        break;
                    case Q.InvokeStatic:
                        Record(t, t.Top, Pc(t, ip));
                        sp = Slots(t) + Call(t, Resolved<JMethod>(t.TopMethod.Owner, ip), t.Stack, Slot(t, sp));
                        ip += 3;
                        break;
                    case Q.InvokeSqrt: sp[-2] = D(Math.Sqrt(D(sp[-2]))); ip += 3; break;
                    case Q.InvokeDirect:
                    {
                        Record(t, t.Top, Pc(t, ip));
                        var m = Resolved<JMethod>(t.TopMethod.Owner, ip);
                        NonNull(t, ip, (int)sp[-m.ArgumentSlots]);
                        sp = Slots(t) + Call(t, m, t.Stack, Slot(t, sp));
                        ip += 3;
                        break;
                    }
                    case Q.InvokeVirtual:
                    {
                        Record(t, t.Top, Pc(t, ip));
                        var m = Resolved<JMethod>(t.TopMethod.Owner, ip);
                        var receiver = NonNull(t, ip, (int)sp[-m.ArgumentSlots]).Class;
                        sp = Slots(t) + Call(t, (uint)m.VTableIndex < (uint)receiver.VTable.Length ? receiver.VTable[m.VTableIndex] : Select(t, receiver, m), t.Stack, Slot(t, sp));
                        ip += 3;
                        break;
                    }
                    case 0xba:
                        Record(t, t.Top, Pc(t, ip));
                        sp = Slots(t) + vm.InvokeDynamic(t, t.TopMethod.Owner, U2(ip, 1), t.Stack, Slot(t, sp));
                        ip += 5;
                        break;
                    case 0xbb:
                        Record(t, t.Top, Pc(t, ip));
                        *sp = NewInstance(t, Instantiable(t, t.TopMethod.Owner, t.TopMethod.QuickCode!, Pc(t, ip), t.Top), Slot(t, sp));
                        sp++;
                        ip += 3;
                        break;
                    case Q.New:
                        Record(t, t.Top, Pc(t, ip));
                        *sp = NewInstance(t, Resolved<JClass>(t.TopMethod.Owner, ip), Slot(t, sp));
                        sp++;
                        ip += 3;
                        break;
                    case 0xbc:
                        Record(t, t.Top, Pc(t, ip));
                        sp[-1] = vm.NewArrayChecked(t, vm.PrimitiveArrayClass(ip[1]), (int)sp[-1], Slot(t, sp));
                        ip += 2;
                        break;
                    case 0xbd:
                    {
                        Record(t, t.Top, Pc(t, ip));
                        var c = t.TopMethod.Owner.Resolved[U2(ip, 1)] as JClass ?? ResolveClass(t, t.Top, Pc(t, ip), t.TopMethod.Owner, U2(ip, 1));
                        sp[-1] = vm.NewArrayChecked(t, vm.ArrayClassOf(c), (int)sp[-1], Slot(t, sp));
                        ip += 3;
                        break;
                    }
                    case 0xbe: sp[-1] = NonNull(t, ip, (int)sp[-1]).Length; ip++; break;
                    case 0xbf:
                        NonNull(t, ip, (int)sp[-1]);
                        Record(t, t.Top, Pc(t, ip));
                        throw new JavaException((int)sp[-1]);
                    case 0xc0:
                    {
                        int r = (int)sp[-1];
                        if (r != 0)
                        {
                            var c = t.TopMethod.Owner.Resolved[U2(ip, 1)] as JClass ?? ResolveClass(t, t.Top, Pc(t, ip), t.TopMethod.Owner, U2(ip, 1));
                            var actual = heap[r].Class;
                            if (!actual.IsSubtypeOf(c))
                            {
                                Record(t, t.Top, Pc(t, ip));
                                throw vm.NewThrow(t, "java/lang/ClassCastException", vm.CastMessage(actual, c));
                            }
                        }

                        ip += 3;
                        break;
                    }
                    case 0xc1:
                    {
                        int r = (int)sp[-1];
                        if (r != 0)
                        {
                            var c = t.TopMethod.Owner.Resolved[U2(ip, 1)] as JClass ?? ResolveClass(t, t.Top, Pc(t, ip), t.TopMethod.Owner, U2(ip, 1));
                            sp[-1] = heap[r].Class.IsSubtypeOf(c) ? 1 : 0;
                        }

                        ip += 3;
                        break;
                    }
                    case 0xc2: NonNull(t, ip, (int)*--sp); Record(t, t.Top, Pc(t, ip)); vm.MonitorEnter(t, (int)*sp); ip++; break;
                    case 0xc3: NonNull(t, ip, (int)*--sp); Record(t, t.Top, Pc(t, ip)); vm.MonitorExit(t, (int)*sp); ip++; break;
                    case 0xc4:
                        if (ip[1] == 0xa9)
                        {
                            ip = Code(t) + Ret(t, t.Top, t.TopMethod, Pc(t, ip), lp[U2(ip, 2)], (int)(sp - lp) - t.TopMethod.Code!.MaxLocals);
                            break;
                        }

                        sp = Slots(t) + Wide(t.TopMethod.QuickCode!, Pc(t, ip), t.Stack, Slot(t, sp), Slot(t, lp));
                        ip += ip[1] == 0x84 ? 6 : 4;
                        break;
                    case 0xc5:
                    {
                        Record(t, t.Top, Pc(t, ip));
                        var c = t.TopMethod.Owner.Resolved[U2(ip, 1)] as JClass ?? ResolveClass(t, t.Top, Pc(t, ip), t.TopMethod.Owner, U2(ip, 1));
                        int dims = ip[3];
                        sp -= dims;
                        var lengths = new int[dims];
                        for (int d = 0; d < dims; d++)
                        {
                            lengths[d] = (int)sp[d];
                        }

                        *sp++ = vm.NewMultiArray(t, c, lengths, 0, Slot(t, sp));
                        ip += 4;
                        break;
                    }
                    case 0xc6: ip = (int)*--sp == 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xc7: ip = (int)*--sp != 0 ? Jump(ip, S2(ip, 1)) : ip + 3; break;
                    case 0xc8: ip = Jump(ip, S4(ip, 1)); break;
                    case 0xc9: *sp++ = Pc(t, ip) + 5; ip = Jump(ip, S4(ip, 1)); break;
                    default:
                        Record(t, t.Top, Pc(t, ip));
                        throw vm.NewThrow(t, "java/lang/VerifyError", $"Bad instruction 0x{*ip:x2} at {t.TopMethod}:{Pc(t, ip)}");
                }
            }
        }
    }

    private static int LookupSwitch(byte[] code, int pc, int key)
    {
        int at = (pc + 4) & ~3;
        int pairs = S4(code, at + 4);
        int low = 0, high = pairs - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            int candidate = S4(code, at + 8 + (mid * 8));
            if (candidate == key)
            {
                return S4(code, at + 12 + (mid * 8));
            }

            if (candidate < key)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return S4(code, at);
    }

    /// <summary>wide forms of the local variable instructions (wide ret is handled by the loop: it branches).</summary>
    private static int Wide(byte[] code, int pc, long[] s, int sp, int lp)
    {
        int op = code[pc + 1], index = U2(code, pc + 2);
        switch (op)
        {
            case 0x15 or 0x17 or 0x19: s[sp++] = s[lp + index]; break;
            case 0x16 or 0x18: s[sp] = s[lp + index]; sp += 2; break;
            case 0x36 or 0x38 or 0x3a: s[lp + index] = s[--sp]; break;
            case 0x37 or 0x39: sp -= 2; s[lp + index] = s[sp]; break;
            case 0x84: s[lp + index] = unchecked((int)s[lp + index] + S2(code, pc + 4)); break;
        }

        return sp;
    }

    /// <summary>Narrows a value stored into a field of a sub-int type (JVMS putfield/putstatic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Narrow(char kind, long value) => kind switch
    {
        'Z' => value & 1,
        'B' => (sbyte)value,
        'C' => (char)value,
        'S' => (short)value,
        'I' or 'F' or 'L' or '[' => (int)value,
        _ => value,
    };

    /// <summary>ldc: numbers straight from the class's table of slot values, other constants resolved (cold).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe long* PushConstant(JThread t, int index, long* sp, byte* ip)
    {
        var cls = t.TopMethod.Owner;
        int slots = cls.ConstantSlots[index];
        if (slots != 0)
        {
            *sp = cls.NumericConstants[index];
            return sp + slots;
        }

        Record(t, t.Top, Pc(t, ip));
        return Slots(t) + LoadConstant(t, cls, index, t.Stack, Slot(t, sp));
    }

    private int LoadConstant(JThread t, JClass cls, int index, long[] s, int sp)
    {
        var pool = cls.File!.Pool;
        switch (pool.Tag(index))
        {
            case ConstantTag.Integer:
            case ConstantTag.Float:
                s[sp] = pool.Int(index);
                return sp + 1;
            case ConstantTag.Long:
            case ConstantTag.Double:
                s[sp] = pool.Long(index);
                return sp + 2;
            case ConstantTag.String:
                s[sp] = cls.Resolved[index] is int cached ? cached : vm.ResolveString(cls, index);
                return sp + 1;
            case ConstantTag.Class:
                var c = cls.Resolved[index] as JClass ?? vm.ResolveClass(t, cls, index);
                s[sp] = vm.MirrorOf(c);
                return sp + 1;
            default:
                s[sp] = vm.ResolveDynamicConstant(t, cls, index);
                return sp + Descriptors.SlotSize(pool.Tag(index) == ConstantTag.Dynamic ? pool.NameAndTypeOf(index).Descriptor : "L");
        }
    }

    /// <summary>The resolved operand of a quick instruction: its type is known, so it is read without a cast check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe T Resolved<T>(JClass cls, byte* ip)
        where T : class => Unsafe.As<T>(cls.Resolved[U2(ip, 1)])!;

    /// <summary>Charges the instruction budget; the check is out of line so the common case is a subtract.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Charge(int cost)
    {
        if ((vm.InstructionBudget -= cost) < 0)
        {
            vm.CheckBudget();
        }
    }

    /// <summary>A taken branch: a backward one closes a loop and pays for the loop's bytes (at least 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe byte* Jump(byte* ip, int offset) =>
        offset > 0 || (vm.InstructionBudget -= 1 - offset) >= 0 ? ip + offset : BudgetCheckedJump(ip + offset);

    /// <summary>The budget ran out at a back-edge: checked out of line, with the target passed through the call.</summary>
    private unsafe byte* BudgetCheckedJump(byte* target)
    {
        vm.CheckBudget();
        return target;
    }

    /// <summary>The start of the running method's quick code, which the dispatch loop has pinned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe byte* Code(JThread t) => (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(t.TopMethod.QuickCode!));

    /// <summary>The pc of the instruction at <paramref name="ip"/> (recorded in the frame where it may throw or call).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Pc(JThread t, byte* ip) => (int)(ip - Code(t));

    /// <summary>The start of the thread's slot array, which the dispatch loop has pinned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe long* Slots(JThread t) => (long*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(t.Stack));

    /// <summary>The index in the thread's slot array of the slot at <paramref name="slot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe int Slot(JThread t, long* slot) => (int)(slot - Slots(t));
}
