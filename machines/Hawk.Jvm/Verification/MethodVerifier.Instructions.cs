using Hawk.Jvm.ClassFiles;
using static Hawk.Jvm.Interpreter.Bytecode;
using T = Hawk.Jvm.Verification.VerificationType;

namespace Hawk.Jvm.Verification;

/// <summary>The per-instruction type rules of JVMS 4.10.1.9.</summary>
public sealed partial class MethodVerifier
{
    /// <summary>The value kinds in the order the typed opcode groups use them: i, l, f, d, a.</summary>
    private static readonly T[] Kinds = [T.Integer, T.Long, T.Float, T.Double, T.AnyReference];

    /// <summary>checkcast, instanceof and the value of aastore take an initialized object (HotSpot pops java/lang/Object).</summary>
    private static readonly T JavaLangObject = T.Class("java/lang/Object");

    private static readonly string[] PrimitiveArrays = ["[Z", "[C", "[F", "[D", "[B", "[S", "[I", "[J"];

    /// <summary>Applies the instruction at pc to the frame; false when control cannot fall through to the next one.</summary>
    private bool Execute(int op)
    {
        switch (op)
        {
            case 0x00: break;
            case 0x01: Push(T.Null); break;
            case >= 0x02 and <= 0x08 or 0x10 or 0x11: Push(T.Integer); break;
            case 0x09 or 0x0a: Push(T.Long); break;
            case >= 0x0b and <= 0x0d: Push(T.Float); break;
            case 0x0e or 0x0f: Push(T.Double); break;
            case 0x12 or 0x13 or 0x14: Push(ConstantType(op == 0x12 ? bytes[pc + 1] : U2(bytes, pc + 1), wide: op == 0x14)); break;
            case >= 0x15 and <= 0x19: LoadInstruction(bytes[pc + 1], Kinds[op - 0x15]); break;
            case >= 0x1a and <= 0x2d: LoadInstruction((op - 0x1a) % 4, Kinds[(op - 0x1a) / 4]); break;
            case >= 0x2e and <= 0x35: ArrayLoad(op); break;
            case >= 0x36 and <= 0x3a: StoreInstruction(bytes[pc + 1], Kinds[op - 0x36]); break;
            case >= 0x3b and <= 0x4e: StoreInstruction((op - 0x3b) % 4, Kinds[(op - 0x3b) / 4]); break;
            case >= 0x4f and <= 0x56: ArrayStore(op); break;
            case >= 0x57 and <= 0x5f: StackInstruction(op); break;
            case >= 0x60 and <= 0x73: Arithmetic(Kinds[(op - 0x60) % 4], 2); break;
            case >= 0x74 and <= 0x77: Arithmetic(Kinds[op - 0x74], 1); break;
            case >= 0x78 and <= 0x7d:
                PopSlot(T.Integer);
                Arithmetic(Kinds[(op - 0x78) % 2], 1);
                break;
            case >= 0x7e and <= 0x83: Arithmetic(Kinds[(op - 0x7e) % 2], 2); break;
            case 0x84: Load(bytes[pc + 1], T.Integer); break;
            case >= 0x85 and <= 0x93: Convert(op); break;
            case 0x94: Pop(T.Long); Pop(T.Long); Push(T.Integer); break;
            case 0x95 or 0x96: Pop(T.Float); Pop(T.Float); Push(T.Integer); break;
            case 0x97 or 0x98: Pop(T.Double); Pop(T.Double); Push(T.Integer); break;
            case >= 0x99 and <= 0x9e: PopSlot(T.Integer); Branch(pc + S2(bytes, pc + 1)); break;
            case >= 0x9f and <= 0xa4: PopSlot(T.Integer); PopSlot(T.Integer); Branch(pc + S2(bytes, pc + 1)); break;
            case 0xa5 or 0xa6: PopSlot(T.AnyReference); PopSlot(T.AnyReference); Branch(pc + S2(bytes, pc + 1)); break;
            case 0xa7: Branch(pc + S2(bytes, pc + 1)); return false;
            case 0xa8 or 0xa9 or 0xc9:
                throw new VerifyException("Bad instruction", pc,
                    "jsr and ret are not supported by the type-checking verifier (HotSpot falls back to type inference for version 50)", before.Copy());
            case 0xaa or 0xab: Switch(op); return false;
            case >= 0xac and <= 0xb0: Return(Kinds[op - 0xac]); return false;
            case 0xb1: Return(null); return false;
            case >= 0xb2 and <= 0xb5: Field(op); break;
            case >= 0xb6 and <= 0xba: Invoke(op); break;
            case 0xbb: New(); break;
            case 0xbc: PopSlot(T.Integer); Push(T.Class(PrimitiveArrays[bytes[pc + 1] - 4])); break;
            case 0xbd: PopSlot(T.Integer); Push(T.Class("[" + T.Class(ClassOperand()).AsComponentDescriptor)); break;
            case 0xbe:
                var array = PopSlot(T.AnyReference);
                if (array.Tag != TypeTag.Null && !array.IsArray)
                {
                    throw new VerifyException("Bad type on operand stack in arraylength", pc, $"Invalid type: {array} (current frame, stack[{frame.StackSize}])", before.Copy());
                }

                Push(T.Integer);
                break;
            case 0xbf: PopSlot(T.Class("java/lang/Throwable")); return false;
            case 0xc0: PopSlot(JavaLangObject); Push(T.Class(ClassOperand())); break;
            case 0xc1: ClassOperand(); PopSlot(JavaLangObject); Push(T.Integer); break;
            case 0xc2 or 0xc3: PopSlot(T.AnyReference); break;
            case 0xc4: Wide(); break;
            case 0xc5: MultiNewArray(); break;
            case 0xc6 or 0xc7: PopSlot(T.AnyReference); Branch(pc + S2(bytes, pc + 1)); break;
            case 0xc8: Branch(pc + S4(bytes, pc + 1)); return false;
            default: throw new VerifyException("Bad instruction", pc, "Error exists in the bytecode");
        }

        return true;
    }

    /// <summary>The constant pool index operand of the instruction at pc, checked to be one of the expected kinds.</summary>
    private int Operand(ConstantTag expected, ConstantTag alternative = ConstantTag.None)
    {
        int index = U2(bytes, pc + 1);
        CheckConstantIndex(index);
        var tag = pool.Tag(index);
        return tag == expected || (tag == alternative && tag != ConstantTag.None) ? index : throw BadConstant(index);
    }

    private string ClassOperand() => pool.ClassName(Operand(ConstantTag.Class));

    private void CheckConstantIndex(int index)
    {
        if (index <= 0 || index >= pool.Count)
        {
            throw new VerifyException($"Illegal constant pool index {index} in class {file.Name}", pc, $"Constant pool index {index} is invalid");
        }
    }

    private VerifyException BadConstant(int index) =>
        new($"Illegal type at constant pool entry {index} in class {file.Name}", pc, $"Constant pool index {index} is invalid");

    private T ConstantType(int index, bool wide)
    {
        CheckConstantIndex(index);
        var type = pool.Tag(index) switch
        {
            ConstantTag.Integer => T.Integer,
            ConstantTag.Float => T.Float,
            ConstantTag.Long => T.Long,
            ConstantTag.Double => T.Double,
            ConstantTag.String => T.Class("java/lang/String"),
            ConstantTag.Class => T.Class("java/lang/Class"),
            ConstantTag.MethodType => T.Class("java/lang/invoke/MethodType"),
            ConstantTag.MethodHandle => T.Class("java/lang/invoke/MethodHandle"),
            ConstantTag.Dynamic => T.FromDescriptor(pool.NameAndTypeOf(index).Descriptor),
            _ => T.Top,
        };
        if (type.Tag == TypeTag.Top || type.IsWide != wide)
        {
            throw BadConstant(index);
        }

        return type;
    }

    /// <summary>A reference load pushes the local's own type; the others push their kind.</summary>
    private void LoadInstruction(int index, T kind)
    {
        var actual = Load(index, kind);
        Push(kind.IsReference ? actual : kind);
    }

    private void StoreInstruction(int index, T kind) => Store(index, Pop(kind));

    private void Wide()
    {
        int op = bytes[pc + 1], index = U2(bytes, pc + 2);
        switch (op)
        {
            case >= 0x15 and <= 0x19: LoadInstruction(index, Kinds[op - 0x15]); break;
            case >= 0x36 and <= 0x3a: StoreInstruction(index, Kinds[op - 0x36]); break;
            case 0x84: Load(index, T.Integer); break;
            default:
                throw new VerifyException("Bad instruction", pc,
                    "jsr and ret are not supported by the type-checking verifier (HotSpot falls back to type inference for version 50)", before.Copy());
        }
    }

    /// <summary>Binary (2) or unary (1) arithmetic on one kind; shifts pop their int count first.</summary>
    private void Arithmetic(T kind, int operands)
    {
        for (int i = 0; i < operands; i++)
        {
            Pop(kind);
        }

        Push(kind);
    }

    private void Convert(int op)
    {
        // i2l..d2f: from and to by the JVMS order (i,l,f,d to the three others); i2b, i2c, i2s stay int.
        if (op >= 0x91)
        {
            PopSlot(T.Integer);
            Push(T.Integer);
            return;
        }

        int from = (op - 0x85) / 3, choice = (op - 0x85) % 3;
        int to = choice >= from ? choice + 1 : choice;
        Pop(Kinds[from]);
        Push(Kinds[to]);
    }

    private static readonly string[] ArrayKinds = ["[I", "[J", "[F", "[D", "", "[B", "[C", "[S"];

    private void ArrayLoad(int op)
    {
        PopSlot(T.Integer);
        var array = PopSlot(T.AnyReference);
        Push(ElementOf(op - 0x2e, array, op));
    }

    private void ArrayStore(int op)
    {
        int kind = op - 0x4f;
        Pop(kind == 4 ? JavaLangObject : kind is 1 or 2 or 3 ? Kinds[kind] : T.Integer);
        PopSlot(T.Integer);
        ElementOf(kind, PopSlot(T.AnyReference), op);
    }

    /// <summary>The element type an array instruction reads (kind 0..7: i l f d a b c s); checks the array's type.</summary>
    private T ElementOf(int kind, T array, int op)
    {
        if (array.Tag == TypeTag.Null)
        {
            return kind == 4 ? T.Null : kind is 1 or 2 or 3 ? Kinds[kind] : T.Integer;
        }

        bool ok = array.IsArray && (kind == 4
            ? array.Name![1] is 'L' or '['
            : array.Name == ArrayKinds[kind] || (kind == 5 && array.Name == "[Z"));
        if (!ok)
        {
            var expected = kind == 4 ? T.AnyReference : T.Class(ArrayKinds[kind]);
            throw BadType(array, frame.StackSize, expected, $"Bad type on operand stack in {Mnemonics.Of(op)}");
        }

        return array.Component;
    }

    /// <summary>pop, pop2, dup..dup2_x2, swap: untyped, but must not split a long or double.</summary>
    private void StackInstruction(int op)
    {
        // Depth of each value group boundary that must fall between two values, and the slots the instruction copies.
        (int[] Boundaries, int Copy, int Under) shape = op switch
        {
            0x57 => ([1], 0, 0),
            0x58 => ([2], 0, 0),
            0x59 => ([1], 1, 0),
            0x5a => ([1, 2], 1, 1),
            0x5b => ([1, 3], 1, 2),
            0x5c => ([2], 2, 0),
            0x5d => ([2, 3], 2, 1),
            0x5e => ([2, 4], 2, 2),
            _ => ([1, 2], 0, 0),
        };
        foreach (int depth in shape.Boundaries)
        {
            // The slot just above the boundary being a long's or double's second half would split that value.
            var slot = Peek(depth - 1);
            if (slot.IsHighHalf)
            {
                throw new VerifyException("Bad type on operand stack", pc,
                    $"Type {slot} (current frame, stack[{frame.StackSize - depth}]) is not assignable to category1 type", before.Copy());
            }
        }

        int size = frame.StackSize;
        var s = frame.Stack;
        switch (op)
        {
            case 0x57: frame.StackSize--; return;
            case 0x58: frame.StackSize -= 2; return;
            case 0x5f: (s[size - 1], s[size - 2]) = (s[size - 2], s[size - 1]); return;
        }

        if (size + shape.Copy > s.Length)
        {
            throw Overflow();
        }

        // Copy the top Copy slots below the next Under slots: shift the whole group up, then write the copies.
        int group = shape.Copy + shape.Under;
        for (int i = size - 1; i >= size - group; i--)
        {
            s[i + shape.Copy] = s[i];
        }

        for (int i = 0; i < shape.Copy; i++)
        {
            s[size - group + i] = s[size + i];
        }

        frame.StackSize = size + shape.Copy;
    }

    private void Switch(int op)
    {
        PopSlot(T.Integer);
        int at = (pc + 4) & ~3;
        int count = op == 0xaa ? S4(bytes, at + 8) - S4(bytes, at + 4) + 1 : S4(bytes, at + 4);
        for (int i = 1; op == 0xab && i < count; i++)
        {
            if (S4(bytes, at + 8 + (8 * i)) <= S4(bytes, at + (8 * i)))
            {
                throw new VerifyException("Bad lookupswitch instruction", pc, "Error exists in the bytecode");
            }
        }

        Branch(pc + S4(bytes, at));
        for (int i = 0; i < count; i++)
        {
            Branch(pc + S4(bytes, op == 0xaa ? at + 12 + (4 * i) : at + 12 + (8 * i)));
        }
    }

    private void Return(T? kind)
    {
        if (kind is null)
        {
            if (returnType is not null)
            {
                throw new VerifyException("Method expects a return value", pc, "Error exists in the bytecode");
            }

            if (frame.ThisUninit)
            {
                throw new VerifyException("Constructor must call super() or this() before return", pc, "Error exists in the bytecode");
            }

            return;
        }

        var value = Pop(kind.Value);
        if (returnType is not { } expected)
        {
            throw new VerifyException("Method does not expect a return value", pc,
                $"Type {value} (current frame, stack[{frame.StackSize}]) is not assignable to top (from method signature)", before.Copy());
        }

        if (!IsAssignable(value, expected))
        {
            throw new VerifyException("Bad return type", pc,
                $"Type {value} (current frame, stack[{frame.StackSize}]) is not assignable to {expected} (from method signature)", before.Copy());
        }
    }

    private void Field(int op)
    {
        int index = Operand(ConstantTag.Fieldref);
        var (owner, name, descriptor) = pool.MemberRef(index);
        var type = T.FromDescriptor(descriptor);
        switch (op)
        {
            case 0xb2:
                Push(type);
                return;
            case 0xb3:
                Pop(type);
                return;
            case 0xb4:
                ProtectedCheck(owner, name, descriptor, isMethod: false, PopSlot(T.Class(owner)), op);
                Push(type);
                return;
            default:
                Pop(type);
                // A constructor may set its own class's fields before super() (javac does for outer-instance fields).
                bool ownFieldBeforeSuper = Peek(0).Tag == TypeTag.UninitializedThis && owner == file.Name &&
                    file.Fields.Any(f => f.Name == name && f.Descriptor == descriptor && !f.IsStatic);
                if (ownFieldBeforeSuper)
                {
                    frame.StackSize--;
                    return;
                }

                if (Peek(0).Tag == TypeTag.UninitializedThis)
                {
                    throw new VerifyException("Bad type on operand stack in putfield", pc,
                        $"Type uninitializedThis (current frame, stack[{frame.StackSize - 1}]) is not assignable to '{owner}' (constant pool {index})", before.Copy());
                }

                ProtectedCheck(owner, name, descriptor, isMethod: false, PopSlot(T.Class(owner)), op);
                return;
        }
    }

    private void Invoke(int op)
    {
        int index = op switch
        {
            0xb6 => Operand(ConstantTag.Methodref),
            0xb7 or 0xb8 => Operand(ConstantTag.Methodref, ConstantTag.InterfaceMethodref),
            0xb9 => Operand(ConstantTag.InterfaceMethodref),
            _ => Operand(ConstantTag.InvokeDynamic),
        };
        var (owner, name, descriptor) = op == 0xba ? ("", pool.NameAndTypeOf(index).Name, pool.NameAndTypeOf(index).Descriptor) : pool.MemberRef(index);
        if (name[0] == '<' && (name != "<init>" || op != 0xb7))
        {
            throw new VerifyException("Illegal call to internal method", pc, "Error exists in the bytecode");
        }

        if (op == 0xb7 && name != "<init>")
        {
            CheckSpecialReference(owner, index);
        }

        var parameters = Descriptors.Parameters(descriptor);
        if (op == 0xb9 && bytes[pc + 3] != Descriptors.ArgumentSlots(descriptor) + 1)
        {
            throw new VerifyException("Inconsistent args count operand in invokeinterface", pc, "Error exists in the bytecode");
        }

        for (int i = parameters.Count - 1; i >= 0; i--)
        {
            Pop(T.FromDescriptor(parameters[i]));
        }

        if (op == 0xb7 && name == "<init>")
        {
            Construct(owner);
        }
        else if (op is 0xb6 or 0xb7 or 0xb9)
        {
            var receiver = PopSlot(T.Class(op == 0xb7 ? file.Name : owner));
            if (op == 0xb6)
            {
                ProtectedCheck(owner, name, descriptor, isMethod: true, receiver, op);
            }
        }

        string returned = Descriptors.ReturnType(descriptor);
        if (returned != "V")
        {
            Push(T.FromDescriptor(returned));
        }
    }

    /// <summary>invokespecial of a method other than a constructor names the current class or a super type of it.</summary>
    private void CheckSpecialReference(string owner, int index)
    {
        if (owner == file.Name || owner == file.SuperName || file.Interfaces.Contains(owner))
        {
            return;
        }

        if (!IsClassAssignable(file.Name, owner))
        {
            throw new VerifyException("Bad invokespecial instruction: current class isn't assignable to reference class.", pc, "Error exists in the bytecode");
        }

        if (pool.Tag(index) == ConstantTag.InterfaceMethodref)
        {
            throw new VerifyException("Bad invokespecial instruction: interface method reference is in an indirect superinterface.", pc,
                "Error exists in the bytecode");
        }
    }

    /// <summary>invokespecial &lt;init&gt;: the object under construction becomes initialized everywhere in the frame.</summary>
    private void Construct(string owner)
    {
        var receiver = PopSlot(T.AnyReference);
        if (receiver.Tag == TypeTag.UninitializedThis)
        {
            if (owner != file.Name && owner != file.SuperName)
            {
                throw new VerifyException("Bad <init> method call", pc, $"Type {receiver} (current frame, stack[{frame.StackSize}]) is not assignable to '{owner}'", before.Copy());
            }

            frame.Initialize(receiver, T.Class(file.Name));
            frame.ThisUninit = false;
            return;
        }

        if (receiver.Tag != TypeTag.Uninitialized)
        {
            throw new VerifyException("Bad operand type when invoking <init>", pc,
                $"Type {receiver} (current frame, stack[{frame.StackSize}]) is not assignable to uninitialized", before.Copy());
        }

        int creator = receiver.Offset;
        if (creator >= bytes.Length || !starts[creator] || bytes[creator] != 0xbb)
        {
            throw new VerifyException("Expecting new instruction", pc, "Error exists in the bytecode");
        }

        int created = U2(bytes, creator + 1);
        if (pool.Tag(created) != ConstantTag.Class)
        {
            throw BadConstant(created);
        }

        if (pool.ClassName(created) != owner)
        {
            throw new VerifyException("Call to wrong <init> method", pc,
                $"Type '{pool.ClassName(created)}' (constant pool {created}) is not assignable to '{owner}' (constant pool {U2(bytes, pc + 1)})");
        }

        frame.Initialize(receiver, T.Class(owner));
    }

    /// <summary>
    /// JVMS 4.10.1.8: a protected member of a superclass in another run-time package may only be accessed through
    /// an object of the current class (or a subclass).
    /// </summary>
    private void ProtectedCheck(string owner, string name, string descriptor, bool isMethod, T receiver, int op)
    {
        bool applies = receiver.Tag == TypeTag.Reference && owner != file.Name && !(receiver.IsArray && name == "clone") &&
            hierarchy.IsSubclassOf(file.Name, owner) && hierarchy.IsProtectedElsewhere(owner, name, descriptor, isMethod, file.Name);
        if (applies && !IsAssignable(receiver, T.Class(file.Name)))
        {
            throw new VerifyException($"Bad access to protected data in {Mnemonics.Of(op)}", pc,
                $"Type {receiver} (current frame, stack[{frame.StackSize}]) is not assignable to '{file.Name}'", before.Copy());
        }
    }

    private void New()
    {
        if (ClassOperand()[0] == '[')
        {
            throw new VerifyException("Illegal new instruction", pc, "Error exists in the bytecode");
        }

        Push(T.UninitializedAt(pc));
    }

    private void MultiNewArray()
    {
        string name = ClassOperand();
        int dimensions = bytes[pc + 3];
        if (name.TakeWhile(c => c == '[').Count() < dimensions)
        {
            throw new VerifyException("Illegal dimension in multianewarray instruction", pc, "Error exists in the bytecode");
        }

        for (int i = 0; i < dimensions; i++)
        {
            PopSlot(T.Integer);
        }

        Push(T.Class(name));
    }
}
