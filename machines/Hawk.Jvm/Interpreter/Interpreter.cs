using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Memory;
using Hawk.Jvm.Runtime;
using static Hawk.Jvm.Interpreter.Bytecode;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// The bytecode interpreter (JVMS chapter 6): one switch over the opcode, locals and operand stack in the
/// thread's slot array, constant pool entries resolved once and cached in the class. Java calls recurse on the
/// host stack, bounded by <see cref="JThread.MaxFrames"/>.
/// </summary>
internal sealed partial class BytecodeInterpreter(JavaVm vm)
{
    private readonly Heap heap = vm.Heap;

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

    private long Run(JThread t, JMethod method, int lp, int pc, int sp, int frameIndex)
    {
        var cls = method.Owner;
        var code = method.Code!.Code;
        var s = t.Stack;
        while (true)
        {
            if (--vm.InstructionBudget < 0)
            {
                vm.CheckBudget();
            }

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
                case 0x12: case 0x13: case 0x14:
                {
                    int index = code[pc] == 0x12 ? code[pc + 1] : U2(code, pc + 1);
                    int slots = cls.ConstantSlots[index];
                    if (slots != 0)
                    {
                        s[sp] = cls.NumericConstants[index];
                        sp += slots;
                    }
                    else
                    {
                        t.Frames[frameIndex].Pc = pc;
                        sp = LoadConstant(t, cls, index, s, sp);
                    }

                    pc += code[pc] == 0x12 ? 2 : 3;
                    break;
                }
                case 0x15: case 0x17: case 0x19: s[sp++] = s[lp + code[pc + 1]]; pc += 2; break;
                case 0x16: case 0x18: s[sp] = s[lp + code[pc + 1]]; sp += 2; pc += 2; break;
                case 0x1a: case 0x1b: case 0x1c: case 0x1d: s[sp++] = s[lp + code[pc] - 0x1a]; pc++; break;
                case 0x1e: case 0x1f: case 0x20: case 0x21: s[sp] = s[lp + code[pc] - 0x1e]; sp += 2; pc++; break;
                case 0x22: case 0x23: case 0x24: case 0x25: s[sp++] = s[lp + code[pc] - 0x22]; pc++; break;
                case 0x26: case 0x27: case 0x28: case 0x29: s[sp] = s[lp + code[pc] - 0x26]; sp += 2; pc++; break;
                case 0x2a: case 0x2b: case 0x2c: case 0x2d: s[sp++] = s[lp + code[pc] - 0x2a]; pc++; break;
                case 0x2e: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = ((int[])a.Elements!)[i]; sp--; pc++; break; }
                case 0x2f: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = ((long[])a.Elements!)[i]; pc++; break; }
                case 0x30: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = F(((float[])a.Elements!)[i]); sp--; pc++; break; }
                case 0x31: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = D(((double[])a.Elements!)[i]); pc++; break; }
                case 0x32: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = ((int[])a.Elements!)[i]; sp--; pc++; break; }
                case 0x33: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = ((sbyte[])a.Elements!)[i]; sp--; pc++; break; }
                case 0x34: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = ((char[])a.Elements!)[i]; sp--; pc++; break; }
                case 0x35: { var a = ArrayAt(t, frameIndex, pc, s, sp, out int i); s[sp - 2] = ((short[])a.Elements!)[i]; sp--; pc++; break; }
                case 0x36: case 0x38: case 0x3a: s[lp + code[pc + 1]] = s[--sp]; pc += 2; break;
                case 0x37: case 0x39: sp -= 2; s[lp + code[pc + 1]] = s[sp]; pc += 2; break;
                case 0x3b: case 0x3c: case 0x3d: case 0x3e: s[lp + code[pc] - 0x3b] = s[--sp]; pc++; break;
                case 0x3f: case 0x40: case 0x41: case 0x42: sp -= 2; s[lp + code[pc] - 0x3f] = s[sp]; pc++; break;
                case 0x43: case 0x44: case 0x45: case 0x46: s[lp + code[pc] - 0x43] = s[--sp]; pc++; break;
                case 0x47: case 0x48: case 0x49: case 0x4a: sp -= 2; s[lp + code[pc] - 0x47] = s[sp]; pc++; break;
                case 0x4b: case 0x4c: case 0x4d: case 0x4e: s[lp + code[pc] - 0x4b] = s[--sp]; pc++; break;
                case 0x4f: { var a = ArrayAt(t, frameIndex, pc, s, sp - 1, out int i); ((int[])a.Elements!)[i] = (int)s[sp - 1]; sp -= 3; pc++; break; }
                case 0x50: { var a = ArrayAt(t, frameIndex, pc, s, sp - 2, out int i); ((long[])a.Elements!)[i] = s[sp - 2]; sp -= 4; pc++; break; }
                case 0x51: { var a = ArrayAt(t, frameIndex, pc, s, sp - 1, out int i); ((float[])a.Elements!)[i] = F(s[sp - 1]); sp -= 3; pc++; break; }
                case 0x52: { var a = ArrayAt(t, frameIndex, pc, s, sp - 2, out int i); ((double[])a.Elements!)[i] = D(s[sp - 2]); sp -= 4; pc++; break; }
                case 0x53: { var a = ArrayAt(t, frameIndex, pc, s, sp - 1, out int i); StoreReference(t, frameIndex, pc, a, i, (int)s[sp - 1]); sp -= 3; pc++; break; }
                case 0x54:
                {
                    var a = ArrayAt(t, frameIndex, pc, s, sp - 1, out int i);
                    ((sbyte[])a.Elements!)[i] = a.Class.ElementKind == 'Z' ? (sbyte)(s[sp - 1] & 1) : (sbyte)s[sp - 1];
                    sp -= 3; pc++; break;
                }
                case 0x55: { var a = ArrayAt(t, frameIndex, pc, s, sp - 1, out int i); ((char[])a.Elements!)[i] = (char)s[sp - 1]; sp -= 3; pc++; break; }
                case 0x56: { var a = ArrayAt(t, frameIndex, pc, s, sp - 1, out int i); ((short[])a.Elements!)[i] = (short)s[sp - 1]; sp -= 3; pc++; break; }
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
                case 0x99: pc += (int)s[--sp] == 0 ? S2(code, pc + 1) : 3; break;
                case 0x9a: pc += (int)s[--sp] != 0 ? S2(code, pc + 1) : 3; break;
                case 0x9b: pc += (int)s[--sp] < 0 ? S2(code, pc + 1) : 3; break;
                case 0x9c: pc += (int)s[--sp] >= 0 ? S2(code, pc + 1) : 3; break;
                case 0x9d: pc += (int)s[--sp] > 0 ? S2(code, pc + 1) : 3; break;
                case 0x9e: pc += (int)s[--sp] <= 0 ? S2(code, pc + 1) : 3; break;
                case 0x9f: sp -= 2; pc += (int)s[sp] == (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa0: sp -= 2; pc += (int)s[sp] != (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa1: sp -= 2; pc += (int)s[sp] < (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa2: sp -= 2; pc += (int)s[sp] >= (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa3: sp -= 2; pc += (int)s[sp] > (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa4: sp -= 2; pc += (int)s[sp] <= (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa5: sp -= 2; pc += (int)s[sp] == (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa6: sp -= 2; pc += (int)s[sp] != (int)s[sp + 1] ? S2(code, pc + 1) : 3; break;
                case 0xa7: pc += S2(code, pc + 1); break;
                case 0xa8: s[sp++] = pc + 3; pc += S2(code, pc + 1); break;
                case 0xa9: pc = (int)s[lp + code[pc + 1]]; break;
                case 0xaa:
                {
                    int at = (pc + 4) & ~3, key = (int)s[--sp];
                    int low = S4(code, at + 4), high = S4(code, at + 8);
                    pc += key >= low && key <= high ? S4(code, at + 12 + ((key - low) * 4)) : S4(code, at);
                    break;
                }
                case 0xab: pc += LookupSwitch(code, pc, (int)s[--sp]); break;
                case 0xac: case 0xae: case 0xb0: return s[sp - 1];
                case 0xad: case 0xaf: return s[sp - 2];
                case 0xb1: return 0;
                case 0xb2:
                {
                    var f = StaticField(t, cls, U2(code, pc + 1), frameIndex, pc);
                    s[sp] = f.Owner.Statics[f.Slot];
                    sp += f.Slots;
                    pc += 3;
                    break;
                }
                case 0xb3:
                {
                    var f = StaticField(t, cls, U2(code, pc + 1), frameIndex, pc);
                    sp -= f.Slots;
                    f.Owner.Statics[f.Slot] = Narrow(f.Kind, s[sp]);
                    pc += 3;
                    break;
                }
                case 0xb4:
                {
                    var f = cls.Resolved[U2(code, pc + 1)] as JField ?? ResolveField(t, frameIndex, pc, cls, U2(code, pc + 1), isStatic: false);
                    s[sp - 1] = NonNull(t, frameIndex, pc, (int)s[sp - 1]).Fields[f.Slot];
                    sp += f.Slots - 1;

                    pc += 3;
                    break;
                }
                case 0xb5:
                {
                    var f = cls.Resolved[U2(code, pc + 1)] as JField ?? ResolveField(t, frameIndex, pc, cls, U2(code, pc + 1), isStatic: false);
                    sp -= f.Slots;
                    NonNull(t, frameIndex, pc, (int)s[sp - 1]).Fields[f.Slot] = Narrow(f.Kind, s[sp]);
                    sp--;
                    pc += 3;
                    break;
                }
                case 0xb6: case 0xb7: case 0xb8: case 0xb9:
                    t.Frames[frameIndex].Pc = pc;
                    sp = InvokeInstruction(t, cls, code, pc, s, sp);
                    pc += code[pc] == 0xb9 ? 5 : 3;
                    break;
                case 0xba:
                    t.Frames[frameIndex].Pc = pc;
                    sp = vm.InvokeDynamic(t, cls, U2(code, pc + 1), s, sp);
                    pc += 5;
                    break;
                case 0xbb:
                {
                    t.Frames[frameIndex].Pc = pc;
                    var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, pc, cls, U2(code, pc + 1));
                    if (c.State != ClassState.Initialized)
                    {
                        vm.Initialize(t, c);
                    }

                    if (c.IsInterface || (c.Access & AccessFlags.Abstract) != 0)
                    {
                        throw vm.NewThrow(t, "java/lang/InstantiationError", c.JavaName);
                    }

                    vm.Safepoint(t, 16 + (8L * c.InstanceSlots), sp);
                    s[sp++] = vm.NewObject(c);
                    pc += 3;
                    break;
                }
                case 0xbc:
                    t.Frames[frameIndex].Pc = pc;
                    s[sp - 1] = vm.NewArrayChecked(t, vm.PrimitiveArrayClass(code[pc + 1]), (int)s[sp - 1], sp);
                    pc += 2;
                    break;
                case 0xbd:
                {
                    t.Frames[frameIndex].Pc = pc;
                    var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, pc, cls, U2(code, pc + 1));
                    s[sp - 1] = vm.NewArrayChecked(t, vm.ArrayClassOf(c), (int)s[sp - 1], sp);
                    pc += 3;
                    break;
                }
                case 0xbe: s[sp - 1] = NonNull(t, frameIndex, pc, (int)s[sp - 1]).Length; pc++; break;
                case 0xbf:
                    NonNull(t, frameIndex, pc, (int)s[sp - 1]);
                    t.Frames[frameIndex].Pc = pc;
                    throw new JavaException((int)s[sp - 1]);
                case 0xc0:
                {
                    int r = (int)s[sp - 1];
                    if (r != 0)
                    {
                        var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, pc, cls, U2(code, pc + 1));
                        var actual = heap[r].Class;
                        if (!actual.IsSubtypeOf(c))
                        {
                            t.Frames[frameIndex].Pc = pc;
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
                        var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, pc, cls, U2(code, pc + 1));
                        s[sp - 1] = heap[r].Class.IsSubtypeOf(c) ? 1 : 0;
                    }

                    pc += 3;
                    break;
                }
                case 0xc2: NonNull(t, frameIndex, pc, (int)s[--sp]); vm.MonitorEnter(t, (int)s[sp]); pc++; break;
                case 0xc3: NonNull(t, frameIndex, pc, (int)s[--sp]); t.Frames[frameIndex].Pc = pc; vm.MonitorExit(t, (int)s[sp]); pc++; break;
                case 0xc4: sp = Wide(code, ref pc, s, sp, lp); break;
                case 0xc5:
                {
                    t.Frames[frameIndex].Pc = pc;
                    var c = cls.Resolved[U2(code, pc + 1)] as JClass ?? ResolveClass(t, frameIndex, pc, cls, U2(code, pc + 1));
                    int dims = code[pc + 3];
                    sp -= dims;
                    var lengths = new int[dims];
                    for (int d = 0; d < dims; d++)
                    {
                        lengths[d] = (int)s[sp + d];
                    }

                    s[sp++] = vm.NewMultiArray(t, c, lengths, 0, sp);
                    pc += 4;
                    break;
                }
                case 0xc6: pc += (int)s[--sp] == 0 ? S2(code, pc + 1) : 3; break;
                case 0xc7: pc += (int)s[--sp] != 0 ? S2(code, pc + 1) : 3; break;
                case 0xc8: pc += S4(code, pc + 1); break;
                case 0xc9: s[sp++] = pc + 5; pc += S4(code, pc + 1); break;
                default:
                    t.Frames[frameIndex].Pc = pc;
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

    private static int Wide(byte[] code, ref int pc, long[] s, int sp, int lp)
    {
        int op = code[pc + 1], index = U2(code, pc + 2);
        switch (op)
        {
            case 0x15 or 0x17 or 0x19: s[sp++] = s[lp + index]; break;
            case 0x16 or 0x18: s[sp] = s[lp + index]; sp += 2; break;
            case 0x36 or 0x38 or 0x3a: s[lp + index] = s[--sp]; break;
            case 0x37 or 0x39: sp -= 2; s[lp + index] = s[sp]; break;
            case 0x84:
                s[lp + index] = unchecked((int)s[lp + index] + S2(code, pc + 4));
                pc += 6;
                return sp;
            case 0xa9:
                pc = (int)s[lp + index];
                return sp;
        }

        pc += 4;
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

    private JField StaticField(JThread t, JClass cls, int index, int frameIndex, int pc)
    {
        var f = cls.Resolved[index] as JField ?? ResolveField(t, frameIndex, pc, cls, index, isStatic: true);
        if (f.Owner.State != ClassState.Initialized)
        {
            t.Frames[frameIndex].Pc = pc;
            vm.Initialize(t, f.Owner);
        }

        return f;
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
                if (resolved.IsPrivate || (resolved.Access & AccessFlags.Final) != 0 && !resolved.Owner.IsInterface)
                {
                    target = resolved;
                    break;
                }

                target = receiver.Class.SelectMethod(resolved)
                    ?? throw vm.NewThrow(t, "java/lang/AbstractMethodError", $"Receiver class {receiver.Class.JavaName} does not define or inherit an implementation of the resolved method '{resolved.Name}{resolved.Descriptor}'.");
                if (opcode == 0xb9 && !receiver.Class.IsSubtypeOf(resolved.Owner))
                {
                    throw vm.NewThrow(t, "java/lang/IncompatibleClassChangeError", $"Class {receiver.Class.JavaName} does not implement the requested interface {resolved.Owner.JavaName}");
                }

                break;
        }

        long result = target.IsSignaturePolymorphicStub ? vm.InvokePolymorphic(t, resolved, cls, index, argBase) : Invoke(t, target, argBase);
        sp = argBase;
        if (resolved.ReturnSlots > 0)
        {
            s[sp] = result;
            sp += resolved.ReturnSlots;
        }

        return sp;
    }

    /// <summary>Records the faulting instruction in the frame, then raises the exception (cold path).</summary>
    private static ImplicitJavaError Fault(JThread t, int frameIndex, int pc, string className, string? message)
    {
        t.Frames[frameIndex].Pc = pc;
        return new ImplicitJavaError(className, message);
    }

    private HeapObject NonNull(JThread t, int frameIndex, int pc, int reference) =>
        reference != 0 ? heap[reference] : throw Fault(t, frameIndex, pc, "java/lang/NullPointerException", null);

    private static int NonZero(JThread t, int frameIndex, int pc, int divisor) =>
        divisor != 0 ? divisor : throw Fault(t, frameIndex, pc, "java/lang/ArithmeticException", "/ by zero");

    private static long NonZero(JThread t, int frameIndex, int pc, long divisor) =>
        divisor != 0 ? divisor : throw Fault(t, frameIndex, pc, "java/lang/ArithmeticException", "/ by zero");

    /// <summary>The array and index below the top <paramref name="top"/> slots, null- and bounds-checked.</summary>
    private HeapObject ArrayAt(JThread t, int frameIndex, int pc, long[] s, int top, out int index)
    {
        var array = NonNull(t, frameIndex, pc, (int)s[top - 2]);
        index = (int)s[top - 1];
        if ((uint)index >= (uint)array.Length)
        {
            throw Fault(t, frameIndex, pc, "java/lang/ArrayIndexOutOfBoundsException", $"Index {index} out of bounds for length {array.Length}");
        }

        return array;
    }

    private void StoreReference(JThread t, int frameIndex, int pc, HeapObject array, int index, int value)
    {
        if (value != 0 && !heap[value].Class.IsSubtypeOf(array.Class.Component!))
        {
            throw Fault(t, frameIndex, pc, "java/lang/ArrayStoreException", heap[value].Class.JavaName);
        }

        array.References[index] = value;
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
