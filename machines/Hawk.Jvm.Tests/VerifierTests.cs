using System.Diagnostics;
using System.Text;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Verification;
using static Hawk.Jvm.Tests.ClassWriter;

namespace Hawk.Jvm.Tests;

/// <summary>
/// The type-checking verifier (JVMS 4.10.1): hand-built methods that break one rule each are rejected with the
/// VerifyError HotSpot gives for the same class file (run side by side, stderr and exit code compared byte for
/// byte), a well-typed hand-built loop runs, and every method of large JDK classes type-checks.
/// </summary>
public class VerifierTests
{
    private const string Main = "([Ljava/lang/String;)V";

    /// <summary>Each case: a class whose main (or another method) breaks one verification rule.</summary>
    private static readonly Dictionary<string, Func<ClassWriter, ClassWriter>> Broken = new()
    {
        ["WrongOperandType"] = w => w.Method("main", Main, 2, 1, [0x2a, 0x04, 0x60, 0x57, 0xb1]), // aload_0 iconst_1 iadd
        ["StackUnderflow"] = w => w.Method("main", Main, 2, 1, [0x57, 0xb1]),
        ["StackOverflow"] = w => w.Method("main", Main, 1, 1, [0x04, 0x04, 0x58, 0xb1]),
        ["MissingFrameAtBranchTarget"] = w => w.Method("main", Main, 1, 1, [0x03, 0x99, 0, 3, 0xb1]),
        ["MissingFrameAfterGoto"] = w => w.Method("main", Main, 1, 1, [0xa7, 0, 4, 0x00, 0xb1], [.. U2(1), 4]),
        ["FallsOffTheEnd"] = w => w.Method("main", Main, 1, 1, [0x04, 0x57]),
        ["IncompatibleLocalsAtMerge"] = w => w.Method("main", Main, 1, 2,
            [0x03, 0x3c, 0x03, 0x99, 0, 6, 0x2a, 0x4c, 0x00, 0xb1], [.. U2(1), 252, .. U2(9), 1]),
        ["IncompatibleStackAtBranch"] = w => w.Method("main", Main, 2, 1,
            [0x2a, 0x03, 0x99, 0, 4, 0x01, 0x57, 0xb1], [.. U2(1), 64 + 6, 1]),
        ["UninitializedReceiver"] = w => w.Method("main", Main, 1, 1,
            [0xbb, .. U2(w.Class("java/lang/Object")), 0xb6, .. U2(w.Methodref("java/lang/Object", "hashCode", "()I")), 0x57, 0xb1]),
        ["UninitializedArgument"] = w => w.Method("main", Main, 2, 1,
            [0xbb, .. U2(w.Class("java/lang/Object")), 0xb8, .. U2(w.Methodref("java/lang/String", "valueOf", "(Ljava/lang/Object;)Ljava/lang/String;")), 0x57, 0xb1]),
        ["ConstructorWithoutSuper"] = w => w.Method("main", Main, 1, 1, [0xb1]).Method("<init>", "()V", 1, 1, [0xb1], access: 1),
        ["ReferenceReturnedAsInt"] = w => w.Method("main", Main, 1, 1, [0xb1]).Method("f", "()I", 1, 1, [0x2a, 0xac]),
        ["IntReturnedAsString"] = w => w.Method("main", Main, 1, 1, [0xb1]).Method("f", "()Ljava/lang/String;", 1, 1, [0x04, 0xb0]),
        ["ValueReturnedFromVoid"] = w => w.Method("main", Main, 1, 1, [0x03, 0xac]),
        ["NoValueReturnedFromInt"] = w => w.Method("main", Main, 1, 1, [0xb1]).Method("f", "()I", 1, 1, [0xb1]),
        ["HalfOfALongPopped"] = w => w.Method("main", Main, 2, 1, [0x0a, 0x57, 0x57, 0xb1]),
        ["HandlerFrameMismatch"] = w => w.Method("main", Main, 1, 1, [0x00, 0xb1, 0x57, 0xb1],
            [.. U2(1), 64 + 2, 7, .. U2(w.Class("java/lang/RuntimeException"))], [(0, 1, 2, null)]),
        ["ProtectedAccessThroughOtherClass"] = w => w.Method("main", Main, 2, 1,
        [
            0xbb, .. U2(w.Class("java/lang/Object")), 0x59, 0xb7, .. U2(w.Methodref("java/lang/Object", "<init>", "()V")),
            0xb6, .. U2(w.Methodref("java/lang/Object", "clone", "()Ljava/lang/Object;")), 0x57, 0xb1,
        ]),
        ["EveryFrameKindListedInTheDetails"] = w => w.Method("main", Main, 2, 3, [0, 0, 0, 0, 0, 0x03, 0x57, 0x2a, 0x04, 0x60, 0x57, 0xb1],
        [
            .. U2(6), 252, .. U2(1), 0, 250, .. U2(0), 255, .. U2(0), .. U2(1), 7, .. U2(w.Class("[Ljava/lang/String;")), .. U2(0),
            251, .. U2(0), 247, .. U2(1), 1, 0,
        ]),
        ["InvokespecialOfAnUnrelatedClass"] = w => w.Method("main", Main, 1, 1, [0xb1]).Method("f", "()V", 2, 1,
            [0x2a, 0xb7, .. U2(w.Methodref("java/lang/String", "length", "()I")), 0x57, 0xb1], access: 1),
        ["UninitializedObjectCast"] = w => w.Method("main", Main, 2, 1,
            [0xbb, .. U2(w.Class("java/lang/Object")), 0xc0, .. U2(w.Class("java/lang/String")), 0x57, 0xb1]),
        ["UninitializedObjectStoredInArray"] = w => w.Method("main", Main, 4, 1,
            [0x04, 0xbd, .. U2(w.Class("java/lang/Object")), 0x03, 0xbb, .. U2(w.Class("java/lang/Object")), 0x53, 0xb1]),
        ["LocalBeyondMaxLocals"] = w => w.Method("main", Main, 1, 1, [0x15, 5, 0x57, 0xb1]),
        ["ConstantOfTheWrongKind"] = w => w.Method("main", Main, 1, 1, [0xb2, .. U2(w.Methodref("java/lang/Object", "hashCode", "()I")), 0x57, 0xb1]),
        ["ConstantIndexOutOfRange"] = w => w.Method("main", Main, 1, 1, [0xb8, 0x7f, 0xff, 0xb1]),
        ["LongComparedWithOneInt"] = w => w.Method("main", Main, 4, 1, [0x03, 0x94, 0x57, 0xb1]),
        ["LongReadPastTheLocalsInUse"] = w => w.Method("main", Main, 2, 3, [0x1f, 0x58, 0xb1]),
        ["HandlerWithoutFrame"] = w => w.Method("main", Main, 1, 1, [0x00, 0xb1, 0x57, 0xb1], handlers: [(0, 1, 2, null)]),
        ["ConstructorOfAnotherClass"] = w => w.Method("main", Main, 2, 1,
            [0xbb, .. U2(w.Class("java/lang/Object")), 0xb7, .. U2(w.Methodref("java/lang/String", "<init>", "()V")), 0xb1]),
        ["AaloadOnIntArray"] = w => w.Method("main", Main, 2, 1, [0x04, 0xbc, 10, 0x03, 0x32, 0x57, 0xb1]),
        ["ArraylengthOfString"] = w => w.Method("main", Main, 2, 1, [0x01, 0xc0, .. U2(w.Class("java/lang/String")), 0xbe, 0x57, 0xb1]),
        ["ThrowingAString"] = w => w.Method("main", Main, 2, 1, [0x01, 0xc0, .. U2(w.Class("java/lang/String")), 0xbf]),
        ["GetfieldOnWrongType"] = w => w.Method("main", Main, 2, 1, [0x2a, 0xb4, .. U2(w.Fieldref("java/lang/Integer", "value", "I")), 0x57, 0xb1]),
        ["LongReadAsInt"] = w => w.Method("main", Main, 2, 3, [0x0a, 0x40, 0x1b, 0x57, 0xb1]),
        ["UnsortedLookupswitch"] = w => w.Method("main", Main, 2, 1,
            [0x03, 0xab, 0, 0, 0, 0, 0, 16, 0, 0, 0, 2, 0, 0, 0, 5, 0, 0, 0, 28, 0, 0, 0, 1, 0, 0, 0, 28, 0xb1], [.. U2(1), 28]),
        ["PutfieldOnThisBeforeSuper"] = w => w.Method("main", Main, 2, 1, [0xb1]).Method("<init>", "()V", 2, 1,
        [
            0x2a, 0x04, 0xb5, .. U2(w.Fieldref("java/lang/Integer", "value", "I")),
            0x2a, 0xb7, .. U2(w.Methodref("java/lang/Object", "<init>", "()V")), 0xb1,
        ], access: 1),
    };

    /// <summary>
    /// Constant pool entries naming illegal classes or signatures (a ClassFormatError while loading) and malformed
    /// stack maps (a ClassFormatError from the verifier, as HotSpot reports them).
    /// </summary>
    private static readonly Dictionary<string, Func<ClassWriter, ClassWriter>> Malformed = new()
    {
        ["IllegalMethodSignature"] = w => w.Method("main", Main, 2, 1, [0xb8, .. U2(w.Methodref("java/lang/String", "valueOf", "(")), 0xb1]),
        ["IllegalFieldSignature"] = w => w.Method("main", Main, 2, 1, [0xb2, .. U2(w.Fieldref("java/lang/System", "out", "Q")), 0x57, 0xb1]),
        ["StackMapChopsBelowTheArguments"] = w => w.Method("main", Main, 1, 1, [0x00, 0xb1], [.. U2(1), 248, .. U2(1)]),
        ["StackMapUninitializedNotAtNew"] = w => w.Method("main", Main, 1, 1, [0x00, 0xb1], [.. U2(1), 65, 8, .. U2(0)]),
        ["IllegalClassName"] = w => w.Method("main", Main, 2, 1, [0xbb, .. U2(w.Class("[[")), 0x57, 0xb1]),
    };

    public static IEnumerable<TestCaseData> BrokenCases() => Broken.Keys.Select(name => new TestCaseData(name).SetName(name));

    public static IEnumerable<TestCaseData> MalformedCases() => Malformed.Keys.Select(name => new TestCaseData(name).SetName(name));

    [TestCaseSource(nameof(BrokenCases))]
    [Category("slow")]
    public void Is_rejected_with_HotSpots_VerifyError(string name) => AssertRejectedLikeHotSpot(name, Broken[name], "java.lang.VerifyError");

    [TestCaseSource(nameof(MalformedCases))]
    [Category("slow")]
    public void Is_rejected_with_HotSpots_ClassFormatError(string name) => AssertRejectedLikeHotSpot(name, Malformed[name], "java.lang.ClassFormatError");

    private static void AssertRejectedLikeHotSpot(string name, Func<ClassWriter, ClassWriter> build, string error)
    {
        string classes = Write(name, build(new ClassWriter(name)).ToArray());
        var hotspot = RunHotSpot(classes, name);
        var hawkbeans = RunHawkbeans(classes, name);
        Assert.Multiple(() =>
        {
            Assert.That(hotspot.Stderr, Does.Contain(error + ": "), "HotSpot rejects the class");
            Assert.That(hawkbeans.Stderr, Is.EqualTo(hotspot.Stderr), "stderr");
            Assert.That(hawkbeans.Exit, Is.EqualTo(hotspot.Exit), "exit code");
        });
    }

    [Test]
    [Category("slow")]
    public void A_well_typed_loop_with_its_stack_map_runs_like_on_HotSpot()
    {
        var w = new ClassWriter("Loop");
        byte[] code =
        [
            0x03, 0x3c, 0x03, 0x3d, // sum = 0, i = 0
            0x1c, 0x10, 10, 0xa2, 0, 13, // 4: if (i >= 10) goto 20
            0x1b, 0x1c, 0x60, 0x3c, 0x84, 2, 1, 0xa7, 0xff, 0xf3, // sum += i; i++; goto 4
            0xb2, .. U2(w.Fieldref("java/lang/System", "out", "Ljava/io/PrintStream;")), 0x1b,
            0xb6, .. U2(w.Methodref("java/io/PrintStream", "println", "(I)V")), 0xb1,
        ];
        string classes = Write("Loop", w.Method("main", Main, 2, 3, code, [.. U2(2), 253, .. U2(4), 1, 1, 15]).ToArray());
        var hawkbeans = RunHawkbeans(classes, "Loop");
        Assert.That(hawkbeans, Is.EqualTo(("45\n", "", 0)));
        Assert.That(hawkbeans, Is.EqualTo(RunHotSpot(classes, "Loop")));
    }

    [TestCase("java/util/HashMap")]
    [TestCase("java/util/concurrent/ConcurrentHashMap")]
    [TestCase("java/lang/invoke/MethodHandles$Lookup")]
    [TestCase("java/util/regex/Pattern")]
    [TestCase("java/math/BigDecimal")]
    public void Every_method_of_a_JDK_class_type_checks(string className)
    {
        using var vm = new JavaVm(new JavaVmOptions { JavaHome = Jdk.Home() });
        var type = vm.LoadClass(null, className);
        Assert.That(ClassVerifier.Verify(type.File!, new VmClassHierarchy(vm, null, type)), Is.Null);
    }

    /// <summary>HotSpot trusts java.base, but its classes were verified when the JDK was built: all must type-check here.</summary>
    [Test]
    [Category("slow")]
    public void Every_class_of_java_base_type_checks()
    {
        var home = Jdk.Home();
        var list = Process.Start(new ProcessStartInfo(Path.Combine(home, "bin", "jimage"), ["list", Path.Combine(home, "lib", "modules")])
        {
            RedirectStandardOutput = true,
        })!;
        var names = new List<string>();
        string module = "";
        while (list.StandardOutput.ReadLine() is { } line)
        {
            module = line.StartsWith("Module: ", StringComparison.Ordinal) ? line[8..] : module;
            if (module == "java.base" && line.Trim() is var entry && entry.EndsWith(".class", StringComparison.Ordinal) && entry != "module-info.class")
            {
                names.Add(entry[..^6]);
            }
        }

        list.WaitForExit();
        using var vm = new JavaVm(new JavaVmOptions { JavaHome = home });
        var types = names.Select(name => vm.LoadClass(null, name)).ToList();
        var clock = Stopwatch.StartNew();
        var failures = types
            .Select(type => (type.Name, Problem: ClassVerifier.Verify(type.File!, new VmClassHierarchy(vm, null, type))))
            .Where(result => result.Problem is not null)
            .ToList();
        TestContext.Out.WriteLine($"{types.Count} classes, {types.Sum(t => t.Methods.Length)} methods verified in {clock.ElapsedMilliseconds} ms");
        Assert.That(names, Has.Count.GreaterThan(5000));
        Assert.That(failures, Is.Empty);
    }

    [Test]
    public void A_class_file_older_than_version_50_is_rejected_with_the_reason()
    {
        var file = ClassFileReader.Parse(new ClassWriter("Old", major: 49).Method("main", Main, 1, 1, [0xb1]).ToArray(), "Old");
        Assert.That(ClassVerifier.Verify(file, TrustingHierarchy.Instance)?.Message, Does.Contain("type-inference verifier is not implemented"));
    }

    [Test]
    public void A_malformed_stack_map_table_is_a_VerifyError_not_a_crash()
    {
        // A frame type in the reserved range 128-246, a table cut short, bytes after the last frame.
        foreach (var (table, problem) in new (byte[], string)[]
        {
            ([.. U2(1), 200], "reserved frame type"),
            ([.. U2(2), 0], "access beyond the end of attribute"),
            ([.. U2(1), 0, 0], "wrong attribute size"),
        })
        {
            var file = ClassFileReader.Parse(new ClassWriter("Bad").Method("main", Main, 1, 1, [0xb1], table).ToArray(), "Bad");
            Assert.That(ClassVerifier.Verify(file, TrustingHierarchy.Instance), Is.EqualTo(new VerificationFailure("java/lang/ClassFormatError",
                $"StackMapTable format error: {problem} in method 'void Bad.main(java.lang.String[])'")));
        }
    }

    /// <summary>Random corruption of JDK methods' code and stack maps: a VerifyError message or success, never a host exception.</summary>
    [TestCase("java/util/ArrayList")]
    [TestCase("java/util/HashMap")]
    [TestCase("java/lang/String")]
    public void Corrupted_code_and_stack_maps_never_crash_the_verifier(string className)
    {
        using var image = Loading.JImage.OpenJavaHome(Jdk.Home());
        var file = ClassFileReader.Parse(image.ReadClass(className)!, className);
        var random = new Random(1234);
        var methods = file.Methods.Where(m => m.Code?.StackMapTable is not null).ToList();
        int rejected = 0;
        for (int round = 0; round < 3000; round++)
        {
            var method = methods[random.Next(methods.Count)];
            var code = method.Code!;
            var bytes = (byte[])code.Code.Clone();
            var table = (byte[])code.StackMapTable!.Clone();
            var target = random.Next(2) == 0 ? bytes : table;
            for (int i = random.Next(1, 4); i > 0; i--)
            {
                target[random.Next(target.Length)] = (byte)random.Next(256);
            }

            var corrupted = method with { Code = code with { Code = bytes, MaxStack = Math.Max(0, code.MaxStack + random.Next(-1, 2)) } };
            corrupted = corrupted with { Code = corrupted.Code! with { StackMapTable = table } };
            var only = file with { Methods = [corrupted] };
            VerificationFailure? problem = null;
            Assert.DoesNotThrow(() => problem = ClassVerifier.Verify(only, TrustingHierarchy.Instance), $"{method.Name}{method.Descriptor} round {round}");
            rejected += problem is null ? 0 : 1;
        }

        Assert.That(rejected, Is.GreaterThan(1000));
    }

    private static string Write(string name, byte[] bytes)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "verifier-tests", name);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name + ".class"), bytes);
        return directory;
    }

    private static (string Stdout, string Stderr, int Exit) RunHawkbeans(string classes, string main)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        using var vm = new JavaVm(new JavaVmOptions { JavaHome = Jdk.Home(), ClassPath = classes, StandardOutput = stdout, StandardError = stderr });
        int exit = vm.RunMain(main, []);
        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), exit);
    }

    private static (string Stdout, string Stderr, int Exit) RunHotSpot(string classes, string main)
    {
        var start = new ProcessStartInfo(Path.Combine(Jdk.Home(), "bin", "java")) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-cp");
        start.ArgumentList.Add(classes);
        start.ArgumentList.Add(main);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (stdout, stderr.Result, process.ExitCode);
    }
}
