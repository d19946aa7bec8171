using System.Diagnostics;
using System.Text;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Loading;

namespace Hawk.Jvm.Tests;

/// <summary>
/// What keeps the pointer-based dispatch loop inside its frame (the stack-height check) and every run bounded (the
/// instruction budget charged at back-edges and calls).
/// </summary>
public class InterpreterSafetyTests
{
    private static readonly ConstantPool EmptyPool = new(1);

    private static int[] Heights(int maxStack, int maxLocals, params byte[] code) =>
        StackBounds.Check(new CodeAttribute(maxStack, maxLocals, code, [], []), EmptyPool);

    private static string Rejection(int maxStack, int maxLocals, params byte[] code) =>
        Assert.Throws<StackBoundsException>(() => Heights(maxStack, maxLocals, code))!.Message;

    [TestCase("java/util/HashMap")]
    [TestCase("java/lang/String")]
    [TestCase("java/util/concurrent/ConcurrentHashMap")]
    [TestCase("java/lang/invoke/MethodHandles$Lookup")]
    public void Every_method_of_a_JDK_class_passes(string name)
    {
        using var image = JImage.OpenJavaHome(Jdk.Home());
        var file = ClassFileReader.Parse(image.ReadClass(name)!, name);
        foreach (var method in file.Methods.Where(m => m.Code is not null))
        {
            var heights = StackBounds.Check(method.Code!, file.Pool);
            Assert.That(heights[0], Is.Zero, method.Name);
            Assert.That(heights.Max(), Is.LessThanOrEqualTo(method.Code!.MaxStack), method.Name);
        }
    }

    [Test]
    public void Heights_follow_the_stack_effect_of_each_instruction()
    {
        // lconst_1; iconst_2; pop; l2i; ireturn
        Assert.That(Heights(3, 0, 0x0a, 0x05, 0x57, 0x88, 0xac), Is.EqualTo(new[] { 0, 2, 3, 2, 1 }));
    }

    [Test]
    public void A_push_beyond_max_stack_is_rejected() =>
        Assert.That(Rejection(1, 0, 0x03, 0x03, 0x60, 0xac), Is.EqualTo("Operand stack overflow at 1"));

    [Test]
    public void A_pop_of_an_empty_stack_is_rejected() =>
        Assert.That(Rejection(1, 0, 0x57, 0xb1), Is.EqualTo("Operand stack underflow at 0"));

    [Test]
    public void A_loop_that_grows_the_stack_is_rejected() =>
        // iconst_0; goto -1 (back to iconst_0 with one more value each time)
        Assert.That(Rejection(100, 0, 0x03, 0xa7, 0xff, 0xff), Is.EqualTo("Inconsistent stack height 1 != 0 at 0"));

    [Test]
    public void A_local_beyond_max_locals_is_rejected() =>
        Assert.That(Rejection(1, 2, 0x15, 0x02, 0xac), Is.EqualTo("Illegal local variable number at 0"));

    [Test]
    public void Falling_off_the_end_of_the_code_is_rejected() =>
        Assert.That(Rejection(1, 0, 0x03), Is.EqualTo("Branch target 1 outside the code"));

    [Test]
    public void An_instruction_cut_off_by_the_end_of_the_code_is_rejected() =>
        Assert.That(Rejection(1, 0, 0x11, 0x01), Is.EqualTo("Bad instruction 0x11 at 0"));

    [Test]
    public void A_branch_into_the_operand_of_another_instruction_is_rejected() =>
        // iconst_0; ifeq +5 lands on the last operand byte of the sipush at 4 (a byte that reads as return)
        Assert.That(Rejection(1, 0, 0x03, 0x99, 0x00, 0x05, 0x11, 0x00, 0xb1, 0xb1), Is.EqualTo("Instructions at 4 and 6 overlap"));

    [Test]
    public void A_quick_opcode_in_a_class_file_is_rejected() =>
        Assert.That(Rejection(2, 1, 0x2a, QuickOpcodes.GetField, 0x00, 0x00, 0xac), Is.EqualTo("Bad instruction 0xcb at 1"));

    [Test]
    public void A_method_whose_stack_overflows_max_stack_is_a_VerifyError_in_the_program()
    {
        var classes = Compile("Tiny", "public class Tiny { public static void main(String[] a) { System.out.println(a.length + 40 + 2); } }");
        var path = Path.Combine(classes, "Tiny.class");
        var bytes = File.ReadAllBytes(path);
        var main = ClassFileReader.Parse(bytes, "Tiny").Methods.Single(m => m.Name == "main").Code!;
        int code = bytes.AsSpan().IndexOf(main.Code) - 8; // max_stack, max_locals, code_length precede the code
        Assert.That((bytes[code] << 8) | bytes[code + 1], Is.EqualTo(main.MaxStack));
        bytes[code] = 0;
        bytes[code + 1] = 1;
        File.WriteAllBytes(path, bytes);

        var (_, stderr, exit, vm) = Run(classes, "Tiny", 100_000_000);
        using (vm)
        {
            Assert.That(exit, Is.EqualTo(1));
            // Application classes meet the type-checking verifier at link time, before the interpreter's own check.
            Assert.That(stderr, Does.StartWith("Error: Unable to initialize main class Tiny\nCaused by: java.lang.VerifyError: Operand stack overflow"));
            Assert.That(stderr, Does.Contain("Tiny.main([Ljava/lang/String;)V @3: aload_0"));
            Assert.That(vm.HostFailure, Is.Null);
        }
    }

    [Test]
    public void An_empty_infinite_loop_is_stopped_by_the_instruction_budget()
    {
        var classes = Compile("Spin", "public class Spin { public static void main(String[] a) { System.out.println(\"spinning\"); while (true) { } } }");
        var (stdout, stderr, exit, vm) = Run(classes, "Spin", 50_000_000);
        using (vm)
        {
            Assert.That(stdout, Is.EqualTo("spinning\n"));
            Assert.That(exit, Is.EqualTo(134));
            Assert.That(stderr, Does.Contain("instruction budget of 50,000,000 exhausted"));
            Assert.That(vm.HostFailure, Is.TypeOf<BudgetExceededException>());
        }
    }

    [Test]
    public void Unbounded_recursion_that_catches_StackOverflowError_is_stopped_by_the_instruction_budget()
    {
        // Each catch re-enters the recursion: only the calls (and the exception dispatches) are charged.
        var classes = Compile("Again", """
            public class Again {
                static void down() { try { down(); } catch (StackOverflowError e) { down(); } }
                public static void main(String[] a) { System.out.println("down"); down(); }
            }
            """);
        var (stdout, stderr, exit, vm) = Run(classes, "Again", 300_000);
        using (vm)
        {
            Assert.That(stdout, Is.EqualTo("down\n"));
            Assert.That(exit, Is.EqualTo(134));
            Assert.That(stderr, Does.Contain("instruction budget of 300,000 exhausted"));
        }
    }

    private static (string Stdout, string Stderr, int Exit, JavaVm Vm) Run(string classes, string main, long instructions)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var vm = new JavaVm(new JavaVmOptions
        {
            JavaHome = Jdk.Home(),
            ClassPath = classes,
            MaxInstructions = instructions,
            WallTime = TimeSpan.FromMinutes(2),
            StandardOutput = stdout,
            StandardError = stderr,
        });
        int exit = vm.RunMain(main, []);
        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), exit, vm);
    }

    private static string Compile(string name, string source)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "interpreter-safety", TestContext.CurrentContext.Test.Name);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, name + ".java");
        File.WriteAllText(file, source);
        var start = new ProcessStartInfo(Path.Combine(Jdk.Home(), "bin", "javac")) { RedirectStandardError = true };
        foreach (var argument in new[] { "-d", directory, file })
        {
            start.ArgumentList.Add(argument);
        }

        using var javac = Process.Start(start)!;
        string errors = javac.StandardError.ReadToEnd();
        javac.WaitForExit();
        Assert.That(javac.ExitCode, Is.Zero, errors);
        return directory;
    }
}
