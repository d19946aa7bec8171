using System.Buffers.Binary;
using System.Text;

namespace Hawk.Jvm.ClassFiles;

/// <summary>
/// Parses a class file (JVMS chapter 4) and applies the format checks of JVMS 4.8: magic, version, constant pool
/// indices and tags, attribute lengths, truncation and trailing bytes. Every failure is a
/// <see cref="ClassFormatException"/> carrying the byte offset.
/// </summary>
public sealed class ClassFileReader
{
    /// <summary>Highest major version this VM accepts: Java 17.</summary>
    public const int MaxMajorVersion = 61;
    private const int MinMajorVersion = 45;

    private readonly byte[] data;
    private readonly string fileName;
    private int position;
    private ConstantPool pool = new(0);

    private ClassFileReader(byte[] data, string fileName)
    {
        this.data = data;
        this.fileName = fileName;
    }

    /// <param name="fileName">The class name as HotSpot names it in messages, e.g. "Hello" or "java/lang/Object".</param>
    public static ClassFile Parse(byte[] data, string fileName) => new ClassFileReader(data, fileName).Read();

    private ClassFile Read()
    {
        uint magic = U4();
        if (magic != 0xCAFEBABE)
        {
            throw Error($"Incompatible magic value {magic} in class file {fileName}", 0);
        }

        int minor = U2(), major = U2();
        CheckVersion(major, minor);
        pool = ReadConstantPool();
        int accessOffset = position;
        var access = (AccessFlags)U2();
        if ((access & AccessFlags.Interface) != 0 && (access & AccessFlags.Abstract) == 0)
        {
            throw Error($"Illegal class modifiers in class {fileName}: 0x{(int)access:X}", accessOffset);
        }

        string name = ClassRef(U2());
        int superIndex = U2();
        string? superName = superIndex == 0 ? null : ClassRef(superIndex);
        if (superName is null && name != "java/lang/Object")
        {
            throw Error($"Invalid superclass index 0 in class file {fileName}", position - 2);
        }

        var interfaces = new string[U2()];
        for (int i = 0; i < interfaces.Length; i++)
        {
            interfaces[i] = ClassRef(U2());
        }

        var fields = ReadMembers(isMethod: false);
        var methods = ReadMembers(isMethod: true);
        string? sourceFile = null, nestHost = null, signature = null;
        var bootstrapMethods = Array.Empty<BootstrapMethod>();
        var innerClasses = Array.Empty<InnerClassEntry>();
        EnclosingMethodInfo? enclosingMethod = null;
        string[]? permittedSubclasses = null;
        RecordComponentInfo[]? recordComponents = null;
        int attributes = U2();
        for (int i = 0; i < attributes; i++)
        {
            var (attributeName, length) = AttributeHeader();
            int end = position + length;
            switch (attributeName)
            {
                case "SourceFile":
                    sourceFile = Utf8Ref(U2());
                    break;
                case "NestHost":
                    nestHost = ClassRef(U2());
                    break;
                case "Signature":
                    signature = Utf8Ref(U2());
                    break;
                case "BootstrapMethods":
                    bootstrapMethods = ReadBootstrapMethods();
                    break;
                case "InnerClasses":
                    innerClasses = ReadInnerClasses();
                    break;
                case "PermittedSubclasses":
                    permittedSubclasses = new string[U2()];
                    for (int c = 0; c < permittedSubclasses.Length; c++)
                    {
                        permittedSubclasses[c] = ClassRef(U2());
                    }

                    break;
                case "Record":
                    recordComponents = ReadRecordComponents();
                    break;
                case "EnclosingMethod":
                    string enclosingClass = ClassRef(U2());
                    int method = U2();
                    if (method != 0 && TagOf(method) != ConstantTag.NameAndType)
                    {
                        throw Error($"Invalid constant pool index {method} in class file {fileName}", position - 2);
                    }

                    enclosingMethod = new EnclosingMethodInfo(enclosingClass, method == 0 ? null : pool.Utf8(pool.First(method)),
                        method == 0 ? null : pool.Utf8(pool.Second(method)));
                    break;
                default:
                    position = end;
                    break;
            }

            ExpectAttributeEnd(attributeName, end);
        }

        if (position != data.Length)
        {
            throw Error($"Extra bytes at the end of class file {fileName}", position);
        }

        return new ClassFile(minor, major, pool, access, name, superName, interfaces, fields, methods, sourceFile, bootstrapMethods, nestHost, signature)
        {
            InnerClasses = innerClasses,
            EnclosingMethod = enclosingMethod,
            PermittedSubclasses = permittedSubclasses,
            RecordComponents = recordComponents,
        };
    }

    /// <summary>
    /// RuntimeVisibleAnnotations (JVMS 4.7.16): the annotation types, element values skipped. Like HotSpot, the class
    /// file parser ignores malformed annotations (reflection would report them): parsing stops at the first one.
    /// </summary>
    private string[] ReadAnnotationTypes(int end)
    {
        var types = new List<string>();
        try
        {
            int count = U2();
            for (int i = 0; i < count; i++)
            {
                string type = SkipAnnotation();
                if (position > end)
                {
                    break;
                }

                types.Add(type);
            }
        }
        catch (ClassFormatException)
        {
            // Malformed: keep the annotations read so far.
        }

        position = end;
        return [.. types];
    }

    private string SkipAnnotation()
    {
        string type = Utf8Ref(U2());
        int pairs = U2();
        for (int p = 0; p < pairs; p++)
        {
            Utf8Ref(U2());
            SkipElementValue();
        }

        return type;
    }

    private void SkipElementValue()
    {
        int tagOffset = position;
        switch ((char)U1())
        {
            case 'B' or 'C' or 'D' or 'F' or 'I' or 'J' or 'S' or 'Z' or 's' or 'c':
                U2();
                break;
            case 'e':
                U2();
                U2();
                break;
            case '@':
                SkipAnnotation();
                break;
            case '[':
                int count = U2();
                for (int i = 0; i < count; i++)
                {
                    SkipElementValue();
                }

                break;
            default:
                throw Error($"Unknown annotation element value tag in class file {fileName}", tagOffset);
        }
    }

    /// <summary>The Record attribute: each component's name, descriptor and (from its own attributes) Signature.</summary>
    private RecordComponentInfo[] ReadRecordComponents()
    {
        var components = new RecordComponentInfo[U2()];
        for (int i = 0; i < components.Length; i++)
        {
            string name = Utf8Ref(U2()), descriptor = Utf8Ref(U2());
            string? signature = null;
            int count = U2();
            for (int k = 0; k < count; k++)
            {
                var (attributeName, length) = AttributeHeader();
                int end = position + length;
                if (attributeName == "Signature")
                {
                    signature = Utf8Ref(U2());
                }
                else
                {
                    position = end;
                }

                ExpectAttributeEnd(attributeName, end);
            }

            components[i] = new RecordComponentInfo(name, descriptor, signature);
        }

        return components;
    }

    private InnerClassEntry[] ReadInnerClasses()
    {
        var entries = new InnerClassEntry[U2()];
        for (int i = 0; i < entries.Length; i++)
        {
            string inner = ClassRef(U2());
            int outer = U2(), simpleName = U2();
            string? outerName = outer == 0 ? null : ClassRef(outer);
            string? simple = simpleName == 0 ? null : Utf8Ref(simpleName);
            entries[i] = new InnerClassEntry(inner, outerName, simple, (AccessFlags)U2());
        }

        return entries;
    }

    private void CheckVersion(int major, int minor)
    {
        bool preview = major >= 56 && minor == 0xFFFF;
        if (major > MaxMajorVersion || major < MinMajorVersion || preview || (major >= 56 && minor != 0))
        {
            string message = major > MaxMajorVersion
                ? $"{fileName} has been compiled by a more recent version of the Java Runtime (class file version {major}.{minor}), " +
                  $"this version of the Java Runtime only recognizes class file versions up to {MaxMajorVersion}.0"
                : preview
                    ? $"Preview features are not enabled for {fileName} (class file version {major}.{minor}). Try running with '--enable-preview'"
                    : $"{fileName} (class file version {major}.{minor}) was compiled with an invalid major version";
            throw new ClassFormatException("java/lang/UnsupportedClassVersionError", message, 4);
        }
    }

    private ConstantPool ReadConstantPool()
    {
        int count = U2();
        var result = new ConstantPool(count);
        var fixups = new List<(int Index, int Offset)>();
        for (int i = 1; i < count; i++)
        {
            int entryOffset = position;
            var tag = (ConstantTag)U1();
            switch (tag)
            {
                case ConstantTag.Utf8:
                    result.Set(i, tag, ReadModifiedUtf8(U2()), 0, 0, 0);
                    break;
                case ConstantTag.Integer:
                case ConstantTag.Float:
                    result.Set(i, tag, null, (int)U4(), 0, 0);
                    break;
                case ConstantTag.Long:
                case ConstantTag.Double:
                    long high = U4();
                    result.Set(i, tag, null, (high << 32) | U4(), 0, 0);
                    i++;
                    break;
                case ConstantTag.Class:
                case ConstantTag.String:
                case ConstantTag.MethodType:
                case ConstantTag.Module:
                case ConstantTag.Package:
                    result.Set(i, tag, null, 0, U2(), 0);
                    break;
                case ConstantTag.MethodHandle:
                    int kind = U1();
                    result.Set(i, tag, null, 0, kind, U2());
                    break;
                case ConstantTag.Fieldref:
                case ConstantTag.Methodref:
                case ConstantTag.InterfaceMethodref:
                case ConstantTag.NameAndType:
                case ConstantTag.Dynamic:
                case ConstantTag.InvokeDynamic:
                    int a = U2();
                    result.Set(i, tag, null, 0, a, U2());
                    break;
                default:
                    throw Error($"Unknown constant tag {(int)tag} in class file {fileName}", entryOffset);
            }

            fixups.Add((i, entryOffset));
        }

        foreach (var (index, offset) in fixups)
        {
            CheckEntry(result, index, offset);
        }

        foreach (var (index, offset) in fixups)
        {
            CheckNames(result, index, offset);
        }

        return result;
    }

    /// <summary>Cross-entry checks of JVMS 4.4: every index points at an entry of the right kind.</summary>
    private void CheckEntry(ConstantPool cp, int index, int offset)
    {
        int a = cp.First(index), b = cp.Second(index);
        switch (cp.Tag(index))
        {
            case ConstantTag.Class:
            case ConstantTag.String:
            case ConstantTag.MethodType:
            case ConstantTag.Module:
            case ConstantTag.Package:
                Expect(cp, a, ConstantTag.Utf8, offset + 1);
                break;
            case ConstantTag.Fieldref:
            case ConstantTag.Methodref:
            case ConstantTag.InterfaceMethodref:
                Expect(cp, a, ConstantTag.Class, offset + 1);
                Expect(cp, b, ConstantTag.NameAndType, offset + 3);
                break;
            case ConstantTag.NameAndType:
                Expect(cp, a, ConstantTag.Utf8, offset + 1);
                Expect(cp, b, ConstantTag.Utf8, offset + 3);
                break;
            case ConstantTag.Dynamic:
            case ConstantTag.InvokeDynamic:
                Expect(cp, b, ConstantTag.NameAndType, offset + 3);
                break;
            case ConstantTag.MethodHandle:
                if (a is < 1 or > 9)
                {
                    throw Error($"Bad method handle kind at constant pool index {index} in class file {fileName}", offset + 1);
                }

                var referenced = cp.Tag(b);
                bool ok = a <= 4 ? referenced == ConstantTag.Fieldref : referenced is ConstantTag.Methodref or ConstantTag.InterfaceMethodref;
                if (!ok)
                {
                    throw Error($"Invalid constant pool index {b} in class file {fileName}", offset + 2);
                }

                break;
        }
    }

    /// <summary>JVMS 4.2 and 4.3 on what the entries name: legal class names and member descriptors (HotSpot's wording).</summary>
    private void CheckNames(ConstantPool cp, int index, int offset)
    {
        var tag = cp.Tag(index);
        if (tag == ConstantTag.Class && !IsLegalClassName(cp.ClassName(index)))
        {
            throw Error($"Illegal class name \"{cp.ClassName(index)}\" in class file {fileName}", offset);
        }

        if (tag is not (ConstantTag.Fieldref or ConstantTag.Methodref or ConstantTag.InterfaceMethodref or ConstantTag.InvokeDynamic or ConstantTag.Dynamic))
        {
            return;
        }

        var (name, descriptor) = cp.NameAndTypeOf(index);
        bool isMethod = tag is not (ConstantTag.Fieldref or ConstantTag.Dynamic);
        if (!Descriptors.IsValid(descriptor, isMethod))
        {
            throw Error($"{(isMethod ? "Method" : "Field")} \"{name}\" in class {fileName} has illegal signature \"{descriptor}\"", offset);
        }
    }

    /// <summary>An array descriptor, or slash-separated non-empty parts without '.', ';' or '[' (JVMS 4.2.1).</summary>
    private static bool IsLegalClassName(string name) =>
        name.StartsWith('[')
            ? Descriptors.IsValid(name, isMethod: false)
            : name.Length > 0 && name.Split('/').All(part => part.Length > 0 && part.IndexOfAny(['.', ';', '[']) < 0);

    private void Expect(ConstantPool cp, int index, ConstantTag tag, int offset)
    {
        if (cp.Tag(index) != tag)
        {
            throw Error($"Invalid constant pool index {index} in class file {fileName}", offset);
        }
    }

    private MemberInfo[] ReadMembers(bool isMethod)
    {
        var members = new MemberInfo[U2()];
        for (int m = 0; m < members.Length; m++)
        {
            var access = (AccessFlags)U2();
            string name = Utf8Ref(U2());
            int descriptorOffset = position;
            string descriptor = Utf8Ref(U2());
            if (!Descriptors.IsValid(descriptor, isMethod))
            {
                throw Error($"{(isMethod ? "Method" : "Field")} \"{name}\" in class {fileName} has illegal signature \"{descriptor}\"", descriptorOffset);
            }

            CodeAttribute? code = null;
            int constantValue = 0;
            string[] exceptions = [];
            string[] annotations = [];
            string? signature = null;
            int attributes = U2();
            for (int i = 0; i < attributes; i++)
            {
                var (attributeName, length) = AttributeHeader();
                int end = position + length;
                switch (attributeName)
                {
                    case "Code" when isMethod:
                        code = ReadCode(end);
                        break;
                    case "ConstantValue" when !isMethod:
                        constantValue = U2();
                        if (TagOf(constantValue) is not (ConstantTag.Integer or ConstantTag.Long or ConstantTag.Float or ConstantTag.Double or ConstantTag.String))
                        {
                            throw Error($"Invalid constant pool index {constantValue} in class file {fileName}", position - 2);
                        }

                        break;
                    case "Signature":
                        signature = Utf8Ref(U2());
                        break;
                    case "Exceptions" when isMethod:
                        exceptions = new string[U2()];
                        for (int e = 0; e < exceptions.Length; e++)
                        {
                            exceptions[e] = ClassRef(U2());
                        }

                        break;
                    case "RuntimeVisibleAnnotations":
                        annotations = ReadAnnotationTypes(end);
                        break;
                    default:
                        position = end;
                        break;
                }

                ExpectAttributeEnd(attributeName, end);
            }

            bool needsCode = isMethod && (access & (AccessFlags.Native | AccessFlags.Abstract)) == 0;
            if (needsCode && code is null)
            {
                throw Error($"Absent Code attribute in method that is not native or abstract in class file {fileName}", position);
            }

            members[m] = new MemberInfo(access, name, descriptor, code, constantValue, signature) { Exceptions = exceptions, Annotations = annotations };
        }

        return members;
    }

    private ConstantTag TagOf(int index) => pool.Tag(index);

    private CodeAttribute ReadCode(int end)
    {
        int maxStack = U2(), maxLocals = U2();
        int codeLengthOffset = position;
        int codeLength = (int)U4();
        if (codeLength is <= 0 or >= 65536)
        {
            throw Error($"Invalid method Code length {codeLength} in class file {fileName}", codeLengthOffset);
        }

        var code = Bytes(codeLength);
        var handlers = new ExceptionHandler[U2()];
        for (int i = 0; i < handlers.Length; i++)
        {
            int entryOffset = position;
            var handler = new ExceptionHandler(U2(), U2(), U2(), U2());
            if (handler.StartPc >= handler.EndPc || handler.EndPc > codeLength || handler.HandlerPc >= codeLength)
            {
                throw Error($"Illegal exception table range in class file {fileName}", entryOffset);
            }

            if (handler.CatchType != 0 && TagOf(handler.CatchType) != ConstantTag.Class)
            {
                throw Error($"Catch type in exception table has bad constant type in class file {fileName}", entryOffset + 6);
            }

            handlers[i] = handler;
        }

        var lines = new List<(int, int)>();
        byte[]? stackMapTable = null;
        var variables = new List<LocalVariable>();
        int attributes = U2();
        for (int i = 0; i < attributes; i++)
        {
            var (attributeName, length) = AttributeHeader();
            int attributeEnd = position + length;
            if (attributeName == "LineNumberTable")
            {
                int count = U2();
                for (int j = 0; j < count; j++)
                {
                    lines.Add((U2(), U2()));
                }
            }
            else if (attributeName == "StackMapTable")
            {
                if (stackMapTable is not null)
                {
                    throw Error($"Multiple StackMapTable attributes in method in class file {fileName}", position - 6);
                }

                // Decoded by the verifier, which reports its errors as VerifyError like HotSpot's.
                stackMapTable = Bytes(length);
            }
            else if (attributeName == "LocalVariableTable")
            {
                int count = U2();
                for (int j = 0; j < count; j++)
                {
                    int startPc = U2(), range = U2();
                    string name = Utf8Ref(U2());
                    Utf8Ref(U2());
                    variables.Add(new LocalVariable(startPc, range, name, U2()));
                }
            }
            else
            {
                position = attributeEnd;
            }

            ExpectAttributeEnd(attributeName, attributeEnd);
        }

        ExpectAttributeEnd("Code", end);
        return new CodeAttribute(maxStack, maxLocals, code, handlers, [.. lines]) { StackMapTable = stackMapTable, LocalVariables = [.. variables] };
    }

    private BootstrapMethod[] ReadBootstrapMethods()
    {
        var methods = new BootstrapMethod[U2()];
        for (int i = 0; i < methods.Length; i++)
        {
            int handleOffset = position;
            int handle = U2();
            if (TagOf(handle) != ConstantTag.MethodHandle)
            {
                throw Error($"bootstrap_method_index {handle} has bad constant type in class file {fileName}", handleOffset);
            }

            var arguments = new int[U2()];
            for (int j = 0; j < arguments.Length; j++)
            {
                arguments[j] = U2();
                if (TagOf(arguments[j]) is ConstantTag.None or ConstantTag.Utf8 or ConstantTag.NameAndType or ConstantTag.Fieldref or
                    ConstantTag.Methodref or ConstantTag.InterfaceMethodref or ConstantTag.InvokeDynamic)
                {
                    throw Error($"bootstrap_arguments[{j}] {arguments[j]} has bad constant type in class file {fileName}", position - 2);
                }
            }

            methods[i] = new BootstrapMethod(handle, arguments);
        }

        return methods;
    }

    private (string Name, int Length) AttributeHeader()
    {
        string name = Utf8Ref(U2());
        int lengthOffset = position;
        uint length = U4();
        if (length > data.Length - position)
        {
            throw Error($"Truncated class file", lengthOffset);
        }

        return (name, (int)length);
    }

    private void ExpectAttributeEnd(string name, int end)
    {
        if (position != end)
        {
            throw Error($"Wrong {name} attribute length in class file {fileName}", end);
        }
    }

    private string Utf8Ref(int index)
    {
        if (TagOf(index) != ConstantTag.Utf8)
        {
            throw Error($"Invalid constant pool index {index} in class file {fileName}", position - 2);
        }

        return pool.Utf8(index);
    }

    private string ClassRef(int index)
    {
        if (TagOf(index) != ConstantTag.Class)
        {
            throw Error($"Invalid constant pool index {index} in class file {fileName}", position - 2);
        }

        return pool.ClassName(index);
    }

    /// <summary>Decodes modified UTF-8 (JVMS 4.4.7): no NUL byte, no four-byte forms, surrogates as two three-byte forms.</summary>
    private string ReadModifiedUtf8(int length)
    {
        int start = position;
        var bytes = Bytes(length);
        var text = new StringBuilder(length);
        for (int i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            if (b < 0x80 && b != 0)
            {
                text.Append((char)b);
                i++;
            }
            else if ((b & 0xE0) == 0xC0 && i + 1 < bytes.Length && (bytes[i + 1] & 0xC0) == 0x80)
            {
                text.Append((char)(((b & 0x1F) << 6) | (bytes[i + 1] & 0x3F)));
                i += 2;
            }
            else if ((b & 0xF0) == 0xE0 && i + 2 < bytes.Length && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80)
            {
                text.Append((char)(((b & 0x0F) << 12) | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
                i += 3;
            }
            else
            {
                throw Error($"Illegal UTF8 string in constant pool in class file {fileName}", start + i);
            }
        }

        return text.ToString();
    }

    private byte[] Bytes(int count)
    {
        Need(count);
        var result = data.AsSpan(position, count).ToArray();
        position += count;
        return result;
    }

    private int U1()
    {
        Need(1);
        return data[position++];
    }

    private int U2()
    {
        Need(2);
        int value = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position));
        position += 2;
        return value;
    }

    private uint U4()
    {
        Need(4);
        uint value = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position));
        position += 4;
        return value;
    }

    private void Need(int count)
    {
        if (count > data.Length - position)
        {
            throw Error("Truncated class file", position);
        }
    }

    private static ClassFormatException Error(string message, int offset) => new("java/lang/ClassFormatError", message, offset);
}
