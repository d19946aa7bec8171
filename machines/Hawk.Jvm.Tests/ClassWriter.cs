using System.Buffers.Binary;
using System.Text;

namespace Hawk.Jvm.Tests;

/// <summary>
/// A small class file writer for tests that need bytecode javac would never produce: a constant pool built on
/// demand, methods with raw code, an exception table and a raw StackMapTable.
/// </summary>
internal sealed class ClassWriter
{
    private readonly List<byte[]> pool = [];
    private readonly Dictionary<string, int> indices = [];
    private readonly List<byte[]> methods = [];
    private readonly string name;
    private readonly string superName;
    private readonly int major;

    public ClassWriter(string name, string superName = "java/lang/Object", int major = 61)
    {
        this.name = name;
        this.superName = superName;
        this.major = major;
    }

    public int Utf8(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Add($"U{text}", [1, .. U2(bytes.Length), .. bytes]);
    }

    public int Class(string className) => Add($"C{className}", [7, .. U2(Utf8(className))]);

    public int Methodref(string owner, string member, string descriptor) => MemberRef(10, owner, member, descriptor);

    public int Fieldref(string owner, string member, string descriptor) => MemberRef(9, owner, member, descriptor);

    /// <summary>A big-endian u2, for operands and StackMapTable contents.</summary>
    public static byte[] U2(int value) => [(byte)(value >> 8), (byte)value];

    /// <summary>Adds a method; <paramref name="code"/> may refer to constants this writer created.</summary>
    public ClassWriter Method(string method, string descriptor, int maxStack, int maxLocals, byte[] code,
        byte[]? stackMapTable = null, (int Start, int End, int Handler, string? CatchType)[]? handlers = null, int access = 0x9)
    {
        var body = new List<byte>();
        body.AddRange(U2(maxStack));
        body.AddRange(U2(maxLocals));
        body.AddRange(U4(code.Length));
        body.AddRange(code);
        handlers ??= [];
        body.AddRange(U2(handlers.Length));
        foreach (var (start, end, handler, catchType) in handlers)
        {
            body.AddRange([.. U2(start), .. U2(end), .. U2(handler), .. U2(catchType is null ? 0 : Class(catchType))]);
        }

        body.AddRange(U2(stackMapTable is null ? 0 : 1));
        if (stackMapTable is not null)
        {
            body.AddRange([.. U2(Utf8("StackMapTable")), .. U4(stackMapTable.Length), .. stackMapTable]);
        }

        methods.Add([.. U2(access), .. U2(Utf8(method)), .. U2(Utf8(descriptor)), .. U2(1), .. U2(Utf8("Code")), .. U4(body.Count), .. body]);
        return this;
    }

    public byte[] ToArray()
    {
        int thisClass = Class(name), superClass = Class(superName);
        var file = new List<byte>();
        file.AddRange([0xCA, 0xFE, 0xBA, 0xBE, 0, 0, .. U2(major), .. U2(pool.Count + 1)]);
        pool.ForEach(file.AddRange);
        file.AddRange([.. U2(0x21), .. U2(thisClass), .. U2(superClass), 0, 0, 0, 0, .. U2(methods.Count)]);
        methods.ForEach(file.AddRange);
        file.AddRange(U2(0));
        return [.. file];
    }

    private int MemberRef(byte tag, string owner, string member, string descriptor)
    {
        int nameAndType = Add($"N{member}:{descriptor}", [12, .. U2(Utf8(member)), .. U2(Utf8(descriptor))]);
        return Add($"{tag}{owner}.{member}:{descriptor}", [tag, .. U2(Class(owner)), .. U2(nameAndType)]);
    }

    private int Add(string key, byte[] entry)
    {
        if (!indices.TryGetValue(key, out int index))
        {
            pool.Add(entry);
            index = indices[key] = pool.Count;
        }

        return index;
    }

    private static byte[] U4(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }
}
