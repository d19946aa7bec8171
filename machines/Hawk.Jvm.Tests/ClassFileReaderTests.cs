using System.Buffers.Binary;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Loading;

namespace Hawk.Jvm.Tests;

/// <summary>Format checks of JVMS 4.8 on real class files from the JDK image and on corrupted copies of them.</summary>
public class ClassFileReaderTests
{
    private static byte[] ObjectClass()
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        return image.ReadClass("java/lang/Object")!;
    }

    [Test]
    public void Parses_java_lang_Object()
    {
        var file = ClassFileReader.Parse(ObjectClass(), "java/lang/Object");
        Assert.That(file.Name, Is.EqualTo("java/lang/Object"));
        Assert.That(file.SuperName, Is.Null);
        Assert.That(file.MajorVersion, Is.EqualTo(61));
        Assert.That(file.Methods.Select(m => m.Name), Does.Contain("hashCode").And.Contain("<init>"));
        Assert.That(file.Methods.Single(m => m.Name == "hashCode").Access & AccessFlags.Native, Is.EqualTo(AccessFlags.Native));
        Assert.That(file.SourceFile, Is.EqualTo("Object.java"));
    }

    [Test]
    public void Reads_records_sealed_hierarchies_and_method_annotations_from_the_image()
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        ClassFile Read(string name) => ClassFileReader.Parse(image.ReadClass(name)!, name);

        var components = Read("jdk/net/UnixDomainPrincipal").RecordComponents;
        Assert.That(components?.Select(c => $"{c.Name}:{c.Descriptor}"), Is.EqualTo(new[] { "user:Ljava/nio/file/attribute/UserPrincipal;", "group:Ljava/nio/file/attribute/GroupPrincipal;" }));
        Assert.That(Read("java/lang/Object").RecordComponents, Is.Null);
        Assert.That(Read("java/lang/constant/ConstantDesc").PermittedSubclasses, Does.Contain("java/lang/constant/ClassDesc").And.Contain("java/lang/String"));
        var invokeStatic = Read("java/lang/invoke/DirectMethodHandle$Holder").Methods.First(m => m.Name == "invokeStatic");
        Assert.That(invokeStatic.Annotations, Does.Contain("Ljdk/internal/vm/annotation/Hidden;"));
    }

    [Test]
    public void Bad_magic_is_a_ClassFormatError_at_offset_0()
    {
        var bytes = ObjectClass();
        bytes[0] = 0xCB;
        var error = Assert.Throws<ClassFormatException>(() => ClassFileReader.Parse(bytes, "Bad"));
        Assert.That(error!.JavaErrorClass, Is.EqualTo("java/lang/ClassFormatError"));
        Assert.That(error.JavaMessage, Is.EqualTo("Incompatible magic value 3422468798 in class file Bad"));
        Assert.That(error.Offset, Is.Zero);
    }

    [TestCase(3)]
    [TestCase(9)]
    [TestCase(500)]
    public void Truncated_files_are_rejected_with_the_offset_reached(int length)
    {
        var bytes = ObjectClass()[..length];
        var error = Assert.Throws<ClassFormatException>(() => ClassFileReader.Parse(bytes, "Short"));
        Assert.That(error!.JavaMessage, Is.EqualTo("Truncated class file"));
        Assert.That(error.Offset, Is.LessThanOrEqualTo(length));
    }

    [Test]
    public void A_newer_major_version_is_an_UnsupportedClassVersionError()
    {
        var bytes = ObjectClass();
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(6), 65);
        var error = Assert.Throws<ClassFormatException>(() => ClassFileReader.Parse(bytes, "Future"));
        Assert.That(error!.JavaErrorClass, Is.EqualTo("java/lang/UnsupportedClassVersionError"));
        Assert.That(error.JavaMessage, Does.StartWith("Future has been compiled by a more recent version of the Java Runtime (class file version 65.0)"));
    }

    [Test]
    public void A_constant_pool_index_past_the_pool_is_rejected()
    {
        // Object's this_class index sits right after the constant pool; point it past the end.
        var bytes = ObjectClass();
        var file = ClassFileReader.Parse(bytes, "java/lang/Object");
        int thisClassOffset = bytes.Length - TailLength(bytes, file) + 2;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(thisClassOffset), (ushort)(file.Pool.Count + 5));
        var error = Assert.Throws<ClassFormatException>(() => ClassFileReader.Parse(bytes, "java/lang/Object"));
        Assert.That(error!.JavaMessage, Is.EqualTo($"Invalid constant pool index {file.Pool.Count + 5} in class file java/lang/Object"));
        Assert.That(error.Offset, Is.EqualTo(thisClassOffset));
    }

    [Test]
    public void Trailing_bytes_are_rejected()
    {
        var bytes = ObjectClass().Concat(new byte[] { 0 }).ToArray();
        var error = Assert.Throws<ClassFormatException>(() => ClassFileReader.Parse(bytes, "Long"));
        Assert.That(error!.JavaMessage, Is.EqualTo("Extra bytes at the end of class file Long"));
        Assert.That(error.Offset, Is.EqualTo(bytes.Length - 1));
    }

    [Test]
    public void Random_corruption_never_escapes_as_anything_but_ClassFormatException()
    {
        var original = ObjectClass();
        var random = new Random(1234);
        for (int round = 0; round < 300; round++)
        {
            var bytes = (byte[])original.Clone();
            for (int flips = 0; flips < 3; flips++)
            {
                bytes[random.Next(8, bytes.Length)] = (byte)random.Next(256);
            }

            try
            {
                ClassFileReader.Parse(bytes, "Fuzzed");
            }
            catch (ClassFormatException)
            {
                // expected for most corruptions
            }
        }

        Assert.That(ClassFileReader.Parse(original, "java/lang/Object").Name, Is.EqualTo("java/lang/Object"));
    }

    /// <summary>Bytes from access_flags to the end: found by locating the constant pool's end through a reparse.</summary>
    private static int TailLength(byte[] bytes, ClassFile file)
    {
        int offset = 10;
        for (int i = 1; i < file.Pool.Count; i++)
        {
            var tag = (ConstantTag)bytes[offset];
            offset += tag switch
            {
                ConstantTag.Utf8 => 3 + BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(offset + 1)),
                ConstantTag.Long or ConstantTag.Double => 9,
                ConstantTag.Class or ConstantTag.String or ConstantTag.MethodType or ConstantTag.Module or ConstantTag.Package => 3,
                ConstantTag.MethodHandle => 4,
                _ => 5,
            };
            if (tag is ConstantTag.Long or ConstantTag.Double)
            {
                i++;
            }
        }

        return bytes.Length - offset;
    }
}
