namespace Hawk.Jvm.Verification;

/// <summary>The kinds of the verification type system (JVMS 4.10.1.2), one per local or operand stack slot.</summary>
public enum TypeTag : byte
{
    Top,
    Integer,
    Float,

    /// <summary>A long's first slot; <see cref="LongHigh"/> is its second (HotSpot's long_2nd).</summary>
    Long,
    LongHigh,
    Double,
    DoubleHigh,
    Null,
    UninitializedThis,

    /// <summary>An object created by the <c>new</c> at <see cref="VerificationType.Offset"/>, not yet constructed.</summary>
    Uninitialized,

    /// <summary>A class or array type named by <see cref="VerificationType.Name"/> (internal form, arrays as descriptors).</summary>
    Reference,
}

/// <summary>One verification type: a slot of a type state. Long and double take two slots (low, then high).</summary>
public readonly record struct VerificationType(TypeTag Tag, string? Name = null, int Offset = 0)
{
    public static readonly VerificationType Top = new(TypeTag.Top);
    public static readonly VerificationType Integer = new(TypeTag.Integer);
    public static readonly VerificationType Float = new(TypeTag.Float);
    public static readonly VerificationType Long = new(TypeTag.Long);
    public static readonly VerificationType LongHigh = new(TypeTag.LongHigh);
    public static readonly VerificationType Double = new(TypeTag.Double);
    public static readonly VerificationType DoubleHigh = new(TypeTag.DoubleHigh);
    public static readonly VerificationType Null = new(TypeTag.Null);
    public static readonly VerificationType UninitializedThis = new(TypeTag.UninitializedThis);

    /// <summary>The expectation "any reference", null or under construction included (JVMS's <c>reference</c>).</summary>
    public static readonly VerificationType AnyReference = new(TypeTag.Reference);

    public static VerificationType Class(string name) => new(TypeTag.Reference, name);

    public static VerificationType UninitializedAt(int offset) => new(TypeTag.Uninitialized, null, offset);

    /// <summary>Null, a class or array, or an object under construction: what a reference slot may hold.</summary>
    public bool IsReference => Tag is TypeTag.Null or TypeTag.Reference or TypeTag.Uninitialized or TypeTag.UninitializedThis;

    /// <summary>The second slot of a long or double.</summary>
    public bool IsHighHalf => Tag is TypeTag.LongHigh or TypeTag.DoubleHigh;

    public bool IsWide => Tag is TypeTag.Long or TypeTag.Double;

    public bool IsArray => Tag == TypeTag.Reference && Name is ['[', ..];

    /// <summary>The slot after a wide type's first slot.</summary>
    public VerificationType HighHalf => Tag == TypeTag.Long ? LongHigh : DoubleHigh;

    /// <summary>The slot type(s) of a field descriptor: sub-int types are integer (JVMS 4.10.1.2).</summary>
    public static VerificationType FromDescriptor(string descriptor) => descriptor[0] switch
    {
        'B' or 'C' or 'S' or 'Z' or 'I' => Integer,
        'F' => Float,
        'J' => Long,
        'D' => Double,
        'L' => Class(descriptor[1..^1]),
        _ => Class(descriptor),
    };

    /// <summary>The component of an array type: a class, an array, or integer/float/long/double for primitives.</summary>
    public VerificationType Component => FromDescriptor(Name![1..]);

    /// <summary>The descriptor form of a reference type, as an array component.</summary>
    public string AsComponentDescriptor => Name![0] == '[' ? Name : $"L{Name};";

    /// <summary>HotSpot's spelling in VerifyError details: integer, long_2nd, 'java/lang/String', uninitialized 3...</summary>
    public override string ToString() => Tag switch
    {
        TypeTag.Top => "top",
        TypeTag.Integer => "integer",
        TypeTag.Float => "float",
        TypeTag.Long => "long",
        TypeTag.LongHigh => "long_2nd",
        TypeTag.Double => "double",
        TypeTag.DoubleHigh => "double_2nd",
        TypeTag.Null => "null",
        TypeTag.UninitializedThis => "uninitializedThis",
        TypeTag.Uninitialized => $"uninitialized {Offset}",
        _ => Name is null ? "reference type" : $"'{Name}'",
    };
}
