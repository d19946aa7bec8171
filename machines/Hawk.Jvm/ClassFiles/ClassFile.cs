namespace Hawk.Jvm.ClassFiles;

/// <summary>Access flags of classes, fields and methods (JVMS tables 4.1-B, 4.5-A, 4.6-A).</summary>
/// <remarks>The JVMS gives some bits two meanings (ACC_SUPER/ACC_SYNCHRONIZED...), so members share values.</remarks>
#pragma warning disable CA1069
[Flags]
public enum AccessFlags : ushort
{
    None = 0,
    Public = 0x0001,
    Private = 0x0002,
    Protected = 0x0004,
    Static = 0x0008,
    Final = 0x0010,
    Super = 0x0020,
    Synchronized = 0x0020,
    Volatile = 0x0040,
    Bridge = 0x0040,
    Transient = 0x0080,
    Varargs = 0x0080,
    Native = 0x0100,
    Interface = 0x0200,
    Abstract = 0x0400,
    Strict = 0x0800,
    Synthetic = 0x1000,
    Annotation = 0x2000,
    Enum = 0x4000,
    Module = 0x8000,
}
#pragma warning restore CA1069

/// <summary>One entry of a Code attribute's exception table; <see cref="CatchType"/> 0 catches everything.</summary>
public readonly record struct ExceptionHandler(int StartPc, int EndPc, int HandlerPc, int CatchType);

/// <summary>An entry of a LocalVariableTable (JVMS 4.7.13): the slot's name while pc is in [StartPc, StartPc + Length).</summary>
public readonly record struct LocalVariable(int StartPc, int Length, string Name, int Slot);

/// <summary>A Code attribute (JVMS 4.7.3) with the line number and local variable tables folded in.</summary>
public sealed record CodeAttribute(int MaxStack, int MaxLocals, byte[] Code, ExceptionHandler[] Handlers, (int StartPc, int Line)[] LineNumbers)
{
    /// <summary>The raw StackMapTable attribute (JVMS 4.7.4), or null when the method has none.</summary>
    public byte[]? StackMapTable { get; init; }

    public LocalVariable[] LocalVariables { get; init; } = [];

    /// <summary>The LocalVariableTable's name for a slot at an instruction, or null.</summary>
    public string? LocalVariableName(int slot, int pc)
    {
        foreach (var variable in LocalVariables)
        {
            if (variable.Slot == slot && pc >= variable.StartPc && pc < variable.StartPc + variable.Length)
            {
                return variable.Name;
            }
        }

        return null;
    }

    /// <summary>The source line of the instruction at <paramref name="pc"/>, or -1 when there is no line table.</summary>
    public int LineAt(int pc)
    {
        int line = -1, best = -1;
        foreach (var (startPc, number) in LineNumbers)
        {
            if (startPc <= pc && startPc > best)
            {
                best = startPc;
                line = number;
            }
        }

        return line;
    }
}

/// <summary>A field_info or method_info (JVMS 4.5, 4.6) with the attributes the VM uses.</summary>
public sealed record MemberInfo(AccessFlags Access, string Name, string Descriptor, CodeAttribute? Code, int ConstantValueIndex, string? Signature)
{
    /// <summary>Checked exceptions a method declares (the Exceptions attribute).</summary>
    public string[] Exceptions { get; init; } = [];

    /// <summary>Descriptors of the RuntimeVisibleAnnotations' types.</summary>
    public string[] Annotations { get; init; } = [];

    public bool IsStatic => (Access & AccessFlags.Static) != 0;
}

/// <summary>A bootstrap method: a MethodHandle constant index and its static argument constant indices.</summary>
public sealed record BootstrapMethod(int MethodHandle, int[] Arguments);

/// <summary>An InnerClasses entry (JVMS 4.7.6): a null outer class or simple name marks local/anonymous classes.</summary>
public sealed record InnerClassEntry(string Inner, string? Outer, string? SimpleName, AccessFlags Access);

/// <summary>The EnclosingMethod attribute of a local or anonymous class (JVMS 4.7.7).</summary>
/// <summary>One component of a Record attribute (JVMS 4.7.30).</summary>
public sealed record RecordComponentInfo(string Name, string Descriptor, string? Signature);

public sealed record EnclosingMethodInfo(string Class, string? Name, string? Descriptor);

/// <summary>A parsed and format-checked class file.</summary>
public sealed record ClassFile(
    int MinorVersion,
    int MajorVersion,
    ConstantPool Pool,
    AccessFlags Access,
    string Name,
    string? SuperName,
    string[] Interfaces,
    MemberInfo[] Fields,
    MemberInfo[] Methods,
    string? SourceFile,
    BootstrapMethod[] BootstrapMethods,
    string? NestHost,
    string? Signature)
{
    public bool IsInterface => (Access & AccessFlags.Interface) != 0;

    public InnerClassEntry[] InnerClasses { get; init; } = [];

    public EnclosingMethodInfo? EnclosingMethod { get; init; }

    /// <summary>The PermittedSubclasses attribute of a sealed class, else null.</summary>
    public string[]? PermittedSubclasses { get; init; }

    /// <summary>The Record attribute's components, else null.</summary>
    public RecordComponentInfo[]? RecordComponents { get; init; }
}
