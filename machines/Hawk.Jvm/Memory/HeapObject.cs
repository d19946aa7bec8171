using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Memory;

/// <summary>
/// One object or array in the VM's heap. Instance fields are 64-bit slots (references are heap indices);
/// arrays keep a typed .NET array: sbyte[] (byte, boolean), char[], short[], int[] (int and references),
/// long[], float[], double[].
/// </summary>
public sealed class HeapObject
{
    public HeapObject(JClass type, long[] fields, Array? elements, long size)
    {
        Class = type;
        Fields = fields;
        Elements = elements;
        Length = elements?.Length ?? 0;
        Size = size;
    }

    public JClass Class { get; }
    public long[] Fields { get; }
    public Array? Elements { get; }
    public int Length { get; }

    /// <summary>Bytes this object counts against the heap limit.</summary>
    public long Size { get; }

    /// <summary>VM-private data: the JClass of a java.lang.Class object, the stack of a Throwable.</summary>
    public object? VmData { get; set; }

    /// <summary>Identity hash code, assigned on first request (0 = not yet).</summary>
    public int IdentityHash { get; set; }

    /// <summary>Mark bit of the collector.</summary>
    public bool Marked { get; set; }

    public int[] References => (int[])Elements!;
}
