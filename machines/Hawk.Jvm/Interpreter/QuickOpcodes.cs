namespace Hawk.Jvm.Interpreter;

/// <summary>
/// Opcodes the interpreter writes into its private copy of a method's code (<see cref="Runtime.JMethod.QuickCode"/>)
/// once an instruction's constant pool operand has been resolved, as HotSpot's bytecode rewriter does with its
/// "fast" bytecodes: the quick form skips resolution, initialization and selection checks that can no longer fail.
/// They use opcodes JVMS leaves unassigned (0xcb-0xfd), which the class file checker rejects, and keep the original
/// instruction's length, so pcs (line numbers, handlers, frame pcs) are the same in both copies (the quick copy may
/// be longer: <see cref="InlineConstants"/> appends values behind the code).
/// </summary>
internal static class QuickOpcodes
{
    /// <summary>getfield of a 1-slot value; operand: the instance slot.</summary>
    public const byte GetField = 0xcb;

    /// <summary>getfield of a long or double; operand: the instance slot.</summary>
    public const byte GetField2 = 0xcc;

    /// <summary>putfield of an int, float or reference (stored as int); operand: the instance slot.</summary>
    public const byte PutFieldInt = 0xcd;

    /// <summary>putfield of a long or double; operand: the instance slot.</summary>
    public const byte PutField2 = 0xce;

    /// <summary>getstatic of a resolved field whose class is initialized; operand: the constant pool index.</summary>
    public const byte GetStatic = 0xcf;

    /// <summary>putstatic of a resolved field whose class is initialized; operand: the constant pool index.</summary>
    public const byte PutStatic = 0xd0;

    /// <summary>invokestatic of a resolved method whose class is initialized; operand: the constant pool index.</summary>
    public const byte InvokeStatic = 0xd1;

    /// <summary>invokespecial or invokevirtual that always runs the resolved method (constructors, private, final).</summary>
    public const byte InvokeDirect = 0xd2;

    /// <summary>invokevirtual dispatched through the receiver class's vtable at the resolved method's index.</summary>
    public const byte InvokeVirtual = 0xd3;

    /// <summary>new of a resolved, initialized, instantiable class; operand: the constant pool index.</summary>
    public const byte New = 0xd4;

    /// <summary>
    /// invokestatic of Math.sqrt or StrictMath.sqrt, computed in place as HotSpot's interpreter does with its math
    /// method entries (IEEE 754 square root is correctly rounded, so the result is the same).
    /// </summary>
    public const byte InvokeSqrt = 0xd5;

    /// <summary>aload &lt;n&gt; followed by a quick getfield: pushes the field of local n's object.</summary>
    public const byte ALoadGetField = 0xd6;

    /// <summary>aload_0 followed by a quick getfield; aload_1 to aload_3 are the three opcodes after it.</summary>
    public const byte ALoad0GetField = 0xd7;

    /// <summary>dload n followed by dadd; the next three opcodes are the same with dsub, dmul and ddiv.</summary>
    public const byte DLoadAdd = 0xdb;
    public const byte DLoadSub = DLoadAdd + 1;
    public const byte DLoadMul = DLoadAdd + 2;
    public const byte DLoadDiv = DLoadAdd + 3;

    /// <summary>lcmp followed by if&lt;cond&gt;: compares and branches in one dispatch.</summary>
    public const byte LongCompareBranch = 0xdf;

    /// <summary>dup followed by a quick getfield (the read of a compound assignment to a field).</summary>
    public const byte DupGetField = 0xe0;

    /// <summary>iinc followed by goto: the step and back-edge of a counted loop in one dispatch.</summary>
    public const byte IncGoto = 0xe1;

    /// <summary>
    /// Two loads of numbered locals (iload, lload, fload, dload, aload n) in one dispatch: LoadLoad when both push
    /// one slot; +1 when the second pushes two, +2 when the first does, +3 when both do.
    /// </summary>
    public const byte LoadLoad = 0xe2;

    /// <summary>
    /// ldc of an int or float: the value is 8 × the operand bytes after the instruction, behind the code
    /// (<see cref="InlineConstants"/>); LdcWNumber is ldc_w's form, Ldc2Number ldc2_w's.
    /// </summary>
    public const byte LdcNumber = 0xe6;
    public const byte LdcWNumber = 0xe7;
    public const byte Ldc2Number = 0xe8;

    /// <summary>
    /// A constant pushed and compared at once: bipush, sipush or a quick ldc of an int followed by if_icmp&lt;cond&gt;,
    /// or a quick ldc2_w of a long followed by lcmp and if&lt;cond&gt; (the condition of a counted loop).
    /// </summary>
    public const byte BipushCompareBranch = 0xe9;
    public const byte SipushCompareBranch = 0xea;
    public const byte LdcCompareBranch = 0xeb;
    public const byte Ldc2CompareBranch = 0xec;

    /// <summary>aload n, dup and a quick getfield: the object and its field pushed in one dispatch.</summary>
    public const byte ALoadDupGetField = 0xed;

    /// <summary>
    /// dadd followed by a quick putfield of a double: the result stored in one dispatch (the end of a compound
    /// assignment to a field); the next three opcodes are the same with dsub, dmul and ddiv.
    /// </summary>
    public const byte DAddPutField = 0xee;
    public const byte DSubPutField = DAddPutField + 1;
    public const byte DMulPutField = DAddPutField + 2;
    public const byte DDivPutField = DAddPutField + 3;

    /// <summary>iadd followed by istore n (LAddStore: ladd and lstore n): the sum stored in one dispatch.</summary>
    public const byte IAddStore = 0xf2;
    public const byte LAddStore = 0xf3;

    /// <summary>Rewrites the instruction at <paramref name="pc"/>: its 2-byte operand first, then its opcode.</summary>
    public static void Rewrite(byte[] code, int pc, byte opcode, int operand)
    {
        code[pc + 1] = (byte)(operand >> 8);
        code[pc + 2] = (byte)operand;
        code[pc] = opcode;
    }
}
