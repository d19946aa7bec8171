using System.Runtime.CompilerServices;
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
                return Run(t, method, lp, pc, sp, frameIndex);
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
    /// private copy of the code that quickening rewrites. Heights are kept for methods using <c>ret</c>.
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
        return code;
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

    private unsafe long Run(JThread t, JMethod method, int localsBase, int programCounter, int stackPointer, int frameIndex)
    {
        // Native-sized indices address code and slots without sign extensions.
        nint lp = localsBase, sp = stackPointer, pc = programCounter;
        var cls = method.Owner;
        var codeArray = method.QuickCode!;
        var stack = t.Stack;
        fixed (byte* code = codeArray)
        fixed (long* s = stack)
        while (true)
        {
            switch (code[pc])
            {
                case 0x00: pc++; break;
                case 0x01: s[sp++] = 0; pc++; break;
                case 0x02: case 0x03: case 0x04: case 0x05: case 0x06: case 0x07: case 0x08:
                    s[sp++] = code[pc] - 0x03; pc++; break;
                case 0x09: case 0x0a: s[sp] = code[pc] - 0x09; sp += 2; pc++; break;
                case 0x0b: case 0x0c: case 0x0d: s[sp++] = F((float)(code[pc] - 0x0b)); pc++; break;
                case 0x0e: case 0x0f: s[sp] = D((double)(code[pc] - 0x0e)); sp += 2; pc++; break;
                case 0x10: s[sp++] = (sbyte)code[pc + 1]; pc += 2; break;
                case 0x11: s[sp++] = S2(code, pc + 1); pc += 3; break;
                case 0x12: sp = PushConstant(t, cls, code[pc + 1], s, stack, sp, frameIndex, pc); pc += 2; break;
                case 0x13: case 0x14: sp = PushConstant(t, cls, U2(code, pc + 1), s, stack, sp, frameIndex, pc); pc += 3; break;
                case 0x15: case 0x17: case 0x19: s[sp++] = s[lp + code[pc + 1]]; pc += 2; break;
                case 0x16: case 0x18: s[sp] = s[lp + code[pc + 1]]; sp += 2; pc += 2; break;
                case 0x1a: case 0x1b: case 0x1c: case 0x1d: s[sp++] = s[lp + code[pc] - 0x1a]; pc++; break;
                case 0x1e: case 0x1f: case 0x20: case 0x21: s[sp] = s[lp + code[pc] - 0x1e]; sp += 2; pc++; break;
                case 0x22: case 0x23: case 0x24: case 0x25: s[sp++] = s[lp + code[pc] - 0x22]; pc++; break;
                case 0x26: case 0x27: case 0x28: case 0x29: s[sp] = s[lp + code[pc] - 0x26]; sp += 2; pc++; break;
                case 0x2a: case 0x2b: case 0x2c: case 0x2d: s[sp++] = s[lp + code[pc] - 0x2a]; pc++; break;
                case 0x2e: s[sp - 2] = ArrayElement<int>(t, frameIndex, pc, s, sp); sp--; pc++; break;
                case 0x2f: s[sp - 2] = ArrayElement<long>(t, frameIndex, pc, s, sp); pc++; break;
                case 0x30: s[sp - 2] = F(ArrayElement<float>(t, frameIndex, pc, s, sp)); sp--; pc++; break;
                case 0x31: s[sp - 2] = D(ArrayElement<double>(t, frameIndex, pc, s, sp)); pc++; break;
                case 0x32: s[sp - 2] = ArrayElement<int>(t, frameIndex, pc, s, sp); sp--; pc++; break;
                case 0x33: s[sp - 2] = ArrayElement<sbyte>(t, frameIndex, pc, s, sp); sp--; pc++; break;
                case 0x34: s[sp - 2] = ArrayElement<char>(t, frameIndex, pc, s, sp); sp--; pc++; break;
                case 0x35: s[sp - 2] = ArrayElement<short>(t, frameIndex, pc, s, sp); sp--; pc++; break;
                case 0x36: case 0x38: case 0x3a: s[lp + code[pc + 1]] = s[--sp]; pc += 2; break;
                case 0x37: case 0x39: sp -= 2; s[lp + code[pc + 1]] = s[sp]; pc += 2; break;
                case 0x3b: case 0x3c: case 0x3d: case 0x3e: s[lp + code[pc] - 0x3b] = s[--sp]; pc++; break;
                case 0x3f: case 0x40: case 0x41: case 0x42: sp -= 2; s[lp + code[pc] - 0x3f] = s[sp]; pc++; break;
                case 0x43: case 0x44: case 0x45: case 0x46: s[lp + code[pc] - 0x43] = s[--sp]; pc++; break;
                case 0x47: case 0x48: case 0x49: case 0x4a: sp -= 2; s[lp + code[pc] - 0x47] = s[sp]; pc++; break;
                case 0x4b: case 0x4c: case 0x4d: case 0x4e: s[lp + code[pc] - 0x4b] = s[--sp]; pc++; break;
                case 0x4f: ArrayElement<int>(t, frameIndex, pc, s, sp - 1) = (int)s[sp - 1]; sp -= 3; pc++; break;
                case 0x50: ArrayElement<long>(t, frameIndex, pc, s, sp - 2) = s[sp - 2]; sp -= 4; pc++; break;
                case 0x51: ArrayElement<float>(t, frameIndex, pc, s, sp - 1) = F(s[sp - 1]); sp -= 3; pc++; break;
                case 0x52: ArrayElement<double>(t, frameIndex, pc, s, sp - 2) = D(s[sp - 2]); sp -= 4; pc++; break;
                case 0x53:
                {
                    var array = NonNull(t, frameIndex, pc, (int)s[sp - 3]);
                    StoreReference(t, frameIndex, pc, array, ref Element<int>(t, frameIndex, pc, array, (int)s[sp - 2]), (int)s[sp - 1]);
                    sp -= 3; pc++; break;
                }
                case 0x54:
                {
                    var array = NonNull(t, frameIndex, pc, (int)s[sp - 3]);
                    Element<sbyte>(t, frameIndex, pc, array, (int)s[sp - 2]) = array.Class.ElementKind == 'Z' ? (sbyte)(s[sp - 1] & 1) : (sbyte)s[sp - 1];
                    sp -= 3; pc++; break;
                }
                case 0x55: ArrayElement<char>(t, frameIndex, pc, s, sp - 1) = (char)s[sp - 1]; sp -= 3; pc++; break;
                case 0x56: ArrayElement<short>(t, frameIndex, pc, s, sp - 1) = (short)s[sp - 1]; sp -= 3; pc++; break;
                case 0x57: sp--; pc++; break;
                case 0x58: sp -= 2; pc++; break;
                case 0x59: s[sp] = s[sp - 1]; sp++; pc++; break;
                case 0x5a: s[sp] = s[sp - 1]; s[sp - 1] = s[sp - 2]; s[sp - 2] = s[sp]; sp++; pc++; break;
                case 0x5b: s[sp] = s[sp - 1]; s[sp - 1] = s[sp - 2]; s[sp - 2] = s[sp - 3]; s[sp - 3] = s[sp]; sp++; pc++; break;
                case 0x5c: s[sp] = s[sp - 2]; s[sp + 1] = s[sp - 1]; sp += 2; pc++; break;
                case 0x5d:
                    s[sp + 1] = s[sp - 1]; s[sp] = s[sp - 2]; s[sp - 1] = s[sp - 3];
                    s[sp - 2] = s[sp + 1]; s[sp - 3] = s[sp]; sp += 2; pc++; break;
                case 0x5e:
                    s[sp + 1] = s[sp - 1]; s[sp] = s[sp - 2]; s[sp - 1] = s[sp - 3]; s[sp - 2] = s[sp - 4];
                    s[sp - 3] = s[sp + 1]; s[sp - 4] = s[sp]; sp += 2; pc++; break;
                case 0x5f: (s[sp - 1], s[sp - 2]) = (s[sp - 2], s[sp - 1]); pc++; break;
                case 0x60: sp--; s[sp - 1] = unchecked((int)s[sp - 1] + (int)s[sp]); pc++; break;
                case 0x61: sp -= 2; s[sp - 2] = unchecked(s[sp - 2] + s[sp]); pc++; break;
                case 0x62: sp--; s[sp - 1] = F(F(s[sp - 1]) + F(s[sp])); pc++; break;
                case 0x63: sp -= 2; s[sp - 2] = D(D(s[sp - 2]) + D(s[sp])); pc++; break;
                case 0x64: sp--; s[sp - 1] = unchecked((int)s[sp - 1] - (int)s[sp]); pc++; break;
                case 0x65: sp -= 2; s[sp - 2] = unchecked(s[sp - 2] - s[sp]); pc++; break;
                case 0x66: sp--; s[sp - 1] = F(F(s[sp - 1]) - F(s[sp])); pc++; break;
                case 0x67: sp -= 2; s[sp - 2] = D(D(s[sp - 2]) - D(s[sp])); pc++; break;
                case 0x68: sp--; s[sp - 1] = unchecked((int)s[sp - 1] * (int)s[sp]); pc++; break;
                case 0x69: sp -= 2; s[sp - 2] = unchecked(s[sp - 2] * s[sp]); pc++; break;
                case 0x6a: sp--; s[sp - 1] = F(F(s[sp - 1]) * F(s[sp])); pc++; break;
                case 0x6b: sp -= 2; s[sp - 2] = D(D(s[sp - 2]) * D(s[sp])); pc++; break;
                case 0x6c: sp--; s[sp - 1] = Div((int)s[sp - 1], NonZero(t, frameIndex, pc, (int)s[sp])); pc++; break;
                case 0x6d: sp -= 2; s[sp - 2] = Div(s[sp - 2], NonZero(t, frameIndex, pc, s[sp])); pc++; break;
                case 0x6e: sp--; s[sp - 1] = F(F(s[sp - 1]) / F(s[sp])); pc++; break;
                case 0x6f: sp -= 2; s[sp - 2] = D(D(s[sp - 2]) / D(s[sp])); pc++; break;
                case 0x70: sp--; s[sp - 1] = Rem((int)s[sp - 1], NonZero(t, frameIndex, pc, (int)s[sp])); pc++; break;
                case 0x71: sp -= 2; s[sp - 2] = Rem(s[sp - 2], NonZero(t, frameIndex, pc, s[sp])); pc++; break;
                case 0x72: sp--; s[sp - 1] = F(F(s[sp - 1]) % F(s[sp])); pc++; break;
                case 0x73: sp -= 2; s[sp - 2] = D(D(s[sp - 2]) % D(s[sp])); pc++; break;
                case 0x74: s[sp - 1] = unchecked(-(int)s[sp - 1]); pc++; break;
                case 0x75: s[sp - 2] = unchecked(-s[sp - 2]); pc++; break;
                case 0x76: s[sp - 1] = F(-F(s[sp - 1])); pc++; break;
                case 0x77: s[sp - 2] = D(-D(s[sp - 2])); pc++; break;
                case 0x78: sp--; s[sp - 1] = (int)s[sp - 1] << (int)s[sp]; pc++; break;
                case 0x79: sp--; s[sp - 2] = s[sp - 2] << (int)s[sp]; pc++; break;
                case 0x7a: sp--; s[sp - 1] = (int)s[sp - 1] >> (int)s[sp]; pc++; break;
                case 0x7b: sp--; s[sp - 2] = s[sp - 2] >> (int)s[sp]; pc++; break;
                case 0x7c: sp--; s[sp - 1] = (int)((uint)s[sp - 1] >> (int)s[sp]); pc++; break;
                case 0x7d: sp--; s[sp - 2] = (long)((ulong)s[sp - 2] >> (int)s[sp]); pc++; break;
                case 0x7e: sp--; s[sp - 1] = (int)s[sp - 1] & (int)s[sp]; pc++; break;
                case 0x7f: sp -= 2; s[sp - 2] &= s[sp]; pc++; break;
                case 0x80: sp--; s[sp - 1] = (int)s[sp - 1] | (int)s[sp]; pc++; break;
                case 0x81: sp -= 2; s[sp - 2] |= s[sp]; pc++; break;
                case 0x82: sp--; s[sp - 1] = (int)s[sp - 1] ^ (int)s[sp]; pc++; break;
                case 0x83: sp -= 2; s[sp - 2] ^= s[sp]; pc++; break;
                case 0x84: s[lp + code[pc + 1]] = unchecked((int)s[lp + code[pc + 1]] + (sbyte)code[pc + 2]); pc += 3; break;
                case 0x85: s[sp - 1] = (int)s[sp - 1]; sp++; pc++; break;
                case 0x86: s[sp - 1] = F((float)(int)s[sp - 1]); pc++; break;
                case 0x87: s[sp - 1] = D((double)(int)s[sp - 1]); sp++; pc++; break;
                case 0x88: sp--; s[sp - 1] = (int)s[sp - 1]; pc++; break;
                case 0x89: sp--; s[sp - 1] = F((float)s[sp - 1]); pc++; break;
                case 0x8a: s[sp - 2] = D((double)s[sp - 2]); pc++; break;
                case 0x8b: s[sp - 1] = ToInt(F(s[sp - 1])); pc++; break;
                case 0x8c: s[sp - 1] = ToLong(F(s[sp - 1])); sp++; pc++; break;
                case 0x8d: s[sp - 1] = D((double)F(s[sp - 1])); sp++; pc++; break;
                case 0x8e: sp--; s[sp - 1] = ToInt(D(s[sp - 1])); pc++; break;
                case 0x8f: s[sp - 2] = ToLong(D(s[sp - 2])); pc++; break;
                case 0x90: sp--; s[sp - 1] = F((float)D(s[sp - 1])); pc++; break;
                case 0x91: s[sp - 1] = (sbyte)s[sp - 1]; pc++; break;
                case 0x92: s[sp - 1] = (char)s[sp - 1]; pc++; break;
                case 0x93: s[sp - 1] = (short)s[sp - 1]; pc++; break;
                case 0x94: sp -= 3; s[sp - 1] = s[sp - 1].CompareTo(s[sp + 1]); pc++; break;
                case 0x95: sp--; s[sp - 1] = Compare(F(s[sp - 1]), F(s[sp]), -1); pc++; break;
                case 0x96: sp--; s[sp - 1] = Compare(F(s[sp - 1]), F(s[sp]), 1); pc++; break;
                case 0x97: sp -= 3; s[sp - 1] = Compare(D(s[sp - 1]), D(s[sp + 1]), -1); pc++; break;
                case 0x98: sp -= 3; s[sp - 1] = Compare(D(s[sp - 1]), D(s[sp + 1]), 1); pc++; break;
                case 0x99: pc = (int)s[--sp] == 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0x9a: pc = (int)s[--sp] != 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0x9b: pc = (int)s[--sp] < 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0x9c: pc = (int)s[--sp] >= 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0x9d: pc = (int)s[--sp] > 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0x9e: pc = (int)s[--sp] <= 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0x9f: sp -= 2; pc = (int)s[sp] == (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa0: sp -= 2; pc = (int)s[sp] != (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa1: sp -= 2; pc = (int)s[sp] < (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa2: sp -= 2; pc = (int)s[sp] >= (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa3: sp -= 2; pc = (int)s[sp] > (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa4: sp -= 2; pc = (int)s[sp] <= (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa5: sp -= 2; pc = (int)s[sp] == (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa6: sp -= 2; pc = (int)s[sp] != (int)s[sp + 1] ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xa7: pc = Jump(pc, S2(code, pc + 1)); break;
                case 0xa8: s[sp++] = pc + 3; pc = Jump(pc, S2(code, pc + 1)); break;
                case 0xa9: pc = Ret(t, frameIndex, method, (int)pc, s[lp + code[pc + 1]], (int)(sp - lp) - method.Code!.MaxLocals); break;
                case 0xaa:
                {
                    nint at = (pc + 4) & ~3;
                    int key = (int)s[--sp];
                    int low = S4(code, at + 4), high = S4(code, at + 8);
                    pc = Jump(pc, key >= low && key <= high ? S4(code, at + 12 + ((key - low) * 4)) : S4(code, at));
                    break;
                }
                case 0xab: pc = Jump(pc, LookupSwitch(codeArray, (int)pc, (int)s[--sp])); break;
                case 0xac: case 0xae: case 0xb0: return s[sp - 1];
                case 0xad: case 0xaf: return s[sp - 2];
                case 0xb1: return 0;
                case 0xb2: case 0xb3: sp = StaticFieldAccess(t, cls, codeArray, (int)pc, stack, (int)sp, frameIndex); pc += 3; break;
                case Q.GetStatic:
                {
                    var f = Resolved<JField>(cls, codeArray, (int)pc);
                    s[sp] = f.Owner.Statics[f.Slot];
                    sp += f.Slots;
                    pc += 3;
                    break;
                }
                case Q.PutStatic:
                {
                    var f = Resolved<JField>(cls, codeArray, (int)pc);
                    sp -= f.Slots;
                    f.Owner.Statics[f.Slot] = Narrow(f.Kind, s[sp]);
                    pc += 3;
                    break;
                }
                case 0xb4: case 0xb5: sp = InstanceFieldAccess(t, method, codeArray, (int)pc, stack, (int)sp, frameIndex); pc += 3; break;
                case Q.GetField: s[sp - 1] = NonNull(t, frameIndex, pc, (int)s[sp - 1]).Fields[U2(code, pc + 1)]; pc += 3; break;
                case Q.GetField2: s[sp - 1] = NonNull(t, frameIndex, pc, (int)s[sp - 1]).Fields[U2(code, pc + 1)]; sp++; pc += 3; break;
                case Q.ALoad0GetField: case Q.ALoad0GetField + 1: case Q.ALoad0GetField + 2: case Q.ALoad0GetField + 3:
                    s[sp] = NonNull(t, frameIndex, pc + 1, (int)s[lp + code[pc] - Q.ALoad0GetField]).Fields[U2(code, pc + 2)];
                    sp += code[pc + 1] == Q.GetField2 ? 2 : 1;
                    pc += 4;
                    break;
                case Q.DupGetField:
                    s[sp] = NonNull(t, frameIndex, pc + 1, (int)s[sp - 1]).Fields[U2(code, pc + 2)];
                    sp += code[pc + 1] == Q.GetField2 ? 2 : 1;
                    pc += 4;
                    break;
                case Q.ALoadGetField:
                    s[sp] = NonNull(t, frameIndex, pc + 2, (int)s[lp + code[pc + 1]]).Fields[U2(code, pc + 3)];
                    sp += code[pc + 2] == Q.GetField2 ? 2 : 1;
                    pc += 5;
                    break;
                case Q.DLoadAdd: s[sp - 2] = D(D(s[sp - 2]) + D(s[lp + code[pc + 1]])); pc += 3; break;
                case Q.DLoadSub: s[sp - 2] = D(D(s[sp - 2]) - D(s[lp + code[pc + 1]])); pc += 3; break;
                case Q.DLoadMul: s[sp - 2] = D(D(s[sp - 2]) * D(s[lp + code[pc + 1]])); pc += 3; break;
                case Q.DLoadDiv: s[sp - 2] = D(D(s[sp - 2]) / D(s[lp + code[pc + 1]])); pc += 3; break;
                case Q.LongCompareBranch:
                    sp -= 4;
                    pc = Fusion.Holds(code[pc + 1], s[sp].CompareTo(s[sp + 2])) ? Jump(pc + 1, S2(code, pc + 2)) : pc + 4;
                    break;
                case Q.PutFieldInt: NonNull(t, frameIndex, pc, (int)s[sp - 2]).Fields[U2(code, pc + 1)] = (int)s[sp - 1]; sp -= 2; pc += 3; break;
                case Q.PutField2: NonNull(t, frameIndex, pc, (int)s[sp - 3]).Fields[U2(code, pc + 1)] = s[sp - 2]; sp -= 3; pc += 3; break;
                case 0xb6: case 0xb7: case 0xb8:
                    Record(t, frameIndex, pc);
                    sp = InvokeInstruction(t, cls, codeArray, (int)pc, stack, (int)sp);
                    pc += 3;
                    break;
                case 0xb9:
                    Record(t, frameIndex, pc);
                    sp = InvokeInstruction(t, cls, codeArray, (int)pc, stack, (int)sp);
                    pc += 5;
                    break;
                case Q.InvokeStatic:
                    Record(t, frameIndex, pc);
                    sp = Call(t, Resolved<JMethod>(cls, codeArray, (int)pc), stack, (int)sp);
                    pc += 3;
                    break;
                case Q.InvokeSqrt: s[sp - 2] = D(Math.Sqrt(D(s[sp - 2]))); pc += 3; break;
                case Q.InvokeDirect:
                {
                    Record(t, frameIndex, pc);
                    var m = Resolved<JMethod>(cls, codeArray, (int)pc);
                    NonNull(t, frameIndex, pc, (int)s[sp - m.ArgumentSlots]);
                    sp = Call(t, m, stack, (int)sp);
                    pc += 3;
                    break;
                }
                case Q.InvokeVirtual:
                {
                    Record(t, frameIndex, pc);
                    var m = Resolved<JMethod>(cls, codeArray, (int)pc);
                    var receiver = NonNull(t, frameIndex, pc, (int)s[sp - m.ArgumentSlots]).Class;
                    sp = Call(t, (uint)m.VTableIndex < (uint)receiver.VTable.Length ? receiver.VTable[m.VTableIndex] : Select(t, receiver, m), stack, (int)sp);
                    pc += 3;
                    break;
                }
                case 0xba:
                    Record(t, frameIndex, pc);
                    sp = vm.InvokeDynamic(t, cls, U2(code, pc + 1), stack, (int)sp);
                    pc += 5;
                    break;
                case 0xbb:
                    Record(t, frameIndex, pc);
                    s[sp] = NewInstance(t, Instantiable(t, cls, codeArray, (int)pc, frameIndex), (int)sp);
                    sp++;
                    pc += 3;
                    break;
                case Q.New:
                    Record(t, frameIndex, pc);
                    s[sp] = NewInstance(t, Resolved<JClass>(cls, codeArray, (int)pc), (int)sp);
                    sp++;
                    pc += 3;
                    break;
                case 0xbc:
                    Record(t, frameIndex, pc);
                    s[sp - 1] = vm.NewArrayChecked(t, vm.PrimitiveArrayClass(code[pc + 1]), (int)s[sp - 1], (int)sp);
                    pc += 2;
                    break;
                case 0xbd:
                {
                    Record(t, frameIndex, pc);
                    var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, (int)pc, cls, U2(code, pc + 1));
                    s[sp - 1] = vm.NewArrayChecked(t, vm.ArrayClassOf(c), (int)s[sp - 1], (int)sp);
                    pc += 3;
                    break;
                }
                case 0xbe: s[sp - 1] = NonNull(t, frameIndex, pc, (int)s[sp - 1]).Length; pc++; break;
                case 0xbf:
                    NonNull(t, frameIndex, pc, (int)s[sp - 1]);
                    Record(t, frameIndex, pc);
                    throw new JavaException((int)s[sp - 1]);
                case 0xc0:
                {
                    int r = (int)s[sp - 1];
                    if (r != 0)
                    {
                        var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, (int)pc, cls, U2(code, pc + 1));
                        var actual = heap[r].Class;
                        if (!actual.IsSubtypeOf(c))
                        {
                            Record(t, frameIndex, pc);
                            throw vm.NewThrow(t, "java/lang/ClassCastException", vm.CastMessage(actual, c));
                        }
                    }

                    pc += 3;
                    break;
                }
                case 0xc1:
                {
                    int r = (int)s[sp - 1];
                    if (r != 0)
                    {
                        var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, (int)pc, cls, U2(code, pc + 1));
                        s[sp - 1] = heap[r].Class.IsSubtypeOf(c) ? 1 : 0;
                    }

                    pc += 3;
                    break;
                }
                case 0xc2: NonNull(t, frameIndex, pc, (int)s[--sp]); Record(t, frameIndex, pc); vm.MonitorEnter(t, (int)s[sp]); pc++; break;
                case 0xc3: NonNull(t, frameIndex, pc, (int)s[--sp]); Record(t, frameIndex, pc); vm.MonitorExit(t, (int)s[sp]); pc++; break;
                case 0xc4:
                    if (code[pc + 1] == 0xa9)
                    {
                        pc = Ret(t, frameIndex, method, (int)pc, s[lp + U2(code, pc + 2)], (int)(sp - lp) - method.Code!.MaxLocals);
                        break;
                    }

                    sp = Wide(codeArray, (int)pc, stack, (int)sp, (int)lp);
                    pc += code[pc + 1] == 0x84 ? 6 : 4;
                    break;
                case 0xc5:
                {
                    Record(t, frameIndex, pc);
                    var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, (int)pc, cls, U2(code, pc + 1));
                    int dims = code[pc + 3];
                    sp -= dims;
                    var lengths = new int[dims];
                    for (int d = 0; d < dims; d++)
                    {
                        lengths[d] = (int)s[sp + d];
                    }

                    s[sp++] = vm.NewMultiArray(t, c, lengths, 0, (int)sp);
                    pc += 4;
                    break;
                }
                case 0xc6: pc = (int)s[--sp] == 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xc7: pc = (int)s[--sp] != 0 ? Jump(pc, S2(code, pc + 1)) : pc + 3; break;
                case 0xc8: pc = Jump(pc, S4(code, pc + 1)); break;
                case 0xc9: s[sp++] = pc + 5; pc = Jump(pc, S4(code, pc + 1)); break;
                default:
                    Record(t, frameIndex, pc);
                    throw vm.NewThrow(t, "java/lang/VerifyError", $"Bad instruction 0x{code[pc]:x2} at {method}:{pc}");
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
    private unsafe nint PushConstant(JThread t, JClass cls, int index, long* s, long[] stack, nint sp, int frameIndex, nint pc)
    {
        int slots = cls.ConstantSlots[index];
        if (slots != 0)
        {
            s[sp] = cls.NumericConstants[index];
            return sp + slots;
        }

        Record(t, frameIndex, pc);
        return LoadConstant(t, cls, index, stack, (int)sp);
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
    private static T Resolved<T>(JClass cls, byte[] code, int pc)
        where T : class => Unsafe.As<T>(cls.Resolved[U2(code, pc + 1)])!;

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
    private nint Jump(nint pc, int offset)
    {
        if (offset <= 0)
        {
            Charge(1 - offset);
        }

        return pc + offset;
    }
}
