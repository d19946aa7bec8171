using System.Text;

namespace Hawk.Jvm.Tests;

/// <summary>Whole-VM behaviour that a differential run cannot show: collections under -Xmx, budgets, bad class files.</summary>
public class VmTests
{
    private static (string Stdout, string Stderr, int Exit, JavaVm Vm) Run(string classes, string main, long heapLimit = 256L << 20, long instructions = 2_000_000_000)
    {
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var vm = new JavaVm(new JavaVmOptions
        {
            JavaHome = Jdk.Home(),
            ClassPath = classes,
            HeapLimit = heapLimit,
            MaxInstructions = instructions,
            StandardOutput = stdout,
            StandardError = stderr,
        });
        int exit = vm.RunMain(main, []);
        return (Encoding.UTF8.GetString(stdout.ToArray()), Encoding.UTF8.GetString(stderr.ToArray()), exit, vm);
    }

    private static string WriteClass(string name, byte[] bytes)
    {
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "vm-tests", TestContext.CurrentContext.Test.Name);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name + ".class"), bytes);
        return directory;
    }

    [Test]
    public void A_malformed_main_class_is_a_ClassFormatError_in_the_program_not_a_host_crash()
    {
        var classes = WriteClass("Broken", [0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61, 0, 5]);
        var (_, stderr, exit, vm) = Run(classes, "Broken");
        using (vm)
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(stderr, Is.EqualTo("Error: LinkageError occurred while loading main class Broken\n\tjava.lang.ClassFormatError: Truncated class file\n"));
            Assert.That(vm.HostFailure, Is.Null);
        }
    }

    [Test]
    public void A_missing_main_class_is_reported_like_the_launcher()
    {
        var (_, stderr, exit, vm) = Run(TestContext.CurrentContext.WorkDirectory, "NoSuchMain");
        using (vm)
        {
            Assert.That(exit, Is.EqualTo(1));
            Assert.That(stderr, Is.EqualTo("Error: Could not find or load main class NoSuchMain\nCaused by: java.lang.ClassNotFoundException: NoSuchMain\n"));
        }
    }

    [Test]
    public void The_instruction_budget_stops_a_run()
    {
        var (_, stderr, exit, vm) = Run(TestContext.CurrentContext.WorkDirectory, "NoSuchMain", instructions: 10_000);
        using (vm)
        {
            Assert.That(exit, Is.EqualTo(134));
            Assert.That(stderr, Does.Contain("instruction budget of 10,000 exhausted"));
            Assert.That(vm.HostFailure, Is.TypeOf<Interpreter.BudgetExceededException>());
        }
    }
}
