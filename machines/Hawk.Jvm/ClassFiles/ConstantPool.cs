namespace Hawk.Jvm.ClassFiles;

/// <summary>
/// A parsed constant pool (JVMS 4.4): one tag per index, the text of Utf8 entries, numeric values (float and double
/// as raw bits) and the one or two indices structured entries refer to. Index 0 and the slot after a Long/Double are
/// <see cref="ConstantTag.None"/>.
/// </summary>
public sealed class ConstantPool
{
    private readonly ConstantTag[] tags;
    private readonly string?[] texts;
    private readonly long[] values;
    private readonly int[] first;
    private readonly int[] second;

    internal ConstantPool(int count)
    {
        tags = new ConstantTag[count];
        texts = new string?[count];
        values = new long[count];
        first = new int[count];
        second = new int[count];
    }

    public int Count => tags.Length;

    public ConstantTag Tag(int index) => (uint)index < (uint)tags.Length ? tags[index] : ConstantTag.None;

    /// <summary>The text of a Utf8 entry.</summary>
    public string Utf8(int index) => texts[index] ?? throw new InvalidOperationException($"constant #{index} is not Utf8");

    public int Int(int index) => (int)values[index];

    public long Long(int index) => values[index];

    public float Float(int index) => BitConverter.Int32BitsToSingle((int)values[index]);

    public double Double(int index) => BitConverter.Int64BitsToDouble(values[index]);

    /// <summary>The class name (internal form) of a Class entry.</summary>
    public string ClassName(int index) => Utf8(first[index]);

    /// <summary>The text of a String entry.</summary>
    public string StringValue(int index) => Utf8(first[index]);

    /// <summary>First index of a structured entry: class of a member ref, name of NameAndType, kind of MethodHandle, bootstrap index of (Invoke)Dynamic.</summary>
    public int First(int index) => first[index];

    /// <summary>Second index of a structured entry: NameAndType of a member ref or (Invoke)Dynamic, descriptor of NameAndType, reference of MethodHandle.</summary>
    public int Second(int index) => second[index];

    /// <summary>Class name, member name and descriptor of a Fieldref, Methodref or InterfaceMethodref.</summary>
    public (string Owner, string Name, string Descriptor) MemberRef(int index)
    {
        int nameAndType = second[index];
        return (ClassName(first[index]), Utf8(first[nameAndType]), Utf8(second[nameAndType]));
    }

    /// <summary>Name and descriptor of the NameAndType an (Invoke)Dynamic entry points at.</summary>
    public (string Name, string Descriptor) NameAndTypeOf(int index)
    {
        int nameAndType = second[index];
        return (Utf8(first[nameAndType]), Utf8(second[nameAndType]));
    }

    internal void Set(int index, ConstantTag tag, string? text, long value, int a, int b)
    {
        tags[index] = tag;
        texts[index] = text;
        values[index] = value;
        first[index] = a;
        second[index] = b;
    }
}
