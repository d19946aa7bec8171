using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Loading;

namespace Hawk.Jvm.Tests;

/// <summary>The static code constraints (JVMS 4.9.1): javac's output passes, corrupted code is a VerifyError.</summary>
public class CodeCheckerTests
{
    private static ClassFile JdkClass(string name)
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        return ClassFileReader.Parse(image.ReadClass(name)!, name);
    }

    [TestCase("java/util/ArrayList")]
    [TestCase("java/util/HashMap")]
    [TestCase("java/lang/String")]
    [TestCase("java/util/concurrent/ConcurrentHashMap")]
    [TestCase("java/util/regex/Pattern")]
    public void Accepts_every_method_of_a_JDK_class(string name)
    {
        var file = JdkClass(name);
        Assert.That(file.Methods.Select(m => CodeChecker.Check(file, m)).Where(p => p is not null), Is.Empty);
    }

    private static (ClassFile File, MemberInfo Method) MethodWith(Func<byte[], bool> predicate)
    {
        var file = JdkClass("java/util/ArrayList");
        var method = file.Methods.First(m => m.Code is not null && predicate(m.Code.Code));
        return (file, method);
    }

    private static string? CheckPatched(ClassFile file, MemberInfo method, Action<byte[]> patch)
    {
        var code = (byte[])method.Code!.Code.Clone();
        patch(code);
        return CodeChecker.Check(file, method with { Code = method.Code with { Code = code } });
    }

    [Test]
    public void A_branch_into_the_middle_of_an_instruction_is_rejected()
    {
        // Point a method's first goto at the second byte of its first multi-byte instruction.
        var (file, method) = MethodWith(c => Offsets(c).Any(pc => c[pc] == 0xa7));
        var problem = CheckPatched(file, method, code =>
        {
            int at = Offsets(code).First(pc => code[pc] == 0xa7);
            int operand = Offsets(code).First(pc => Interpreter.NullPointerMessages.InstructionLength(code, pc) >= 2) + 1;
            int offset = operand - at;
            code[at + 1] = (byte)(offset >> 8);
            code[at + 2] = (byte)offset;
        });
        Assert.That(problem, Does.StartWith("Illegal target of jump or branch in method java/util/ArrayList."));
    }

    [Test]
    public void A_local_beyond_max_locals_is_rejected()
    {
        var (file, method) = MethodWith(c => c[0] == 0x2a);
        var problem = CheckPatched(file, method, code => code[0] = 0x19); // aload <next byte>: index from the following opcode byte
        Assert.That(problem, Is.Not.Null);
    }

    [Test]
    public void An_unknown_opcode_is_rejected()
    {
        var (file, method) = MethodWith(c => c.Length > 2);
        Assert.That(CheckPatched(file, method, code => code[0] = 0xfe), Does.StartWith("Bad instruction 0xfe in method java/util/ArrayList."));
    }

    [Test]
    public void Code_that_falls_off_the_end_is_rejected()
    {
        var (file, method) = MethodWith(c => c[^1] == 0xb1 && c.Length > 1 && c[^2] != 0xc4);
        Assert.That(CheckPatched(file, method, code => code[^1] = 0x00), Does.StartWith("Falling off the end of the code"));
    }

    /// <summary>Instruction start offsets of a method's code.</summary>
    private static IEnumerable<int> Offsets(byte[] code)
    {
        for (int pc = 0; pc < code.Length; pc += Interpreter.NullPointerMessages.InstructionLength(code, pc))
        {
            yield return pc;
        }
    }
}
