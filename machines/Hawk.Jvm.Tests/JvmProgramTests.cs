using System.Diagnostics;
using Hawk.Harness.Expectations;
using Hawk.Harness.Results;

namespace Hawk.Jvm.Tests;

/// <summary>
/// Differential conformance: every conformance/jvm-programs/&lt;Name&gt;.java is compiled by the host javac and run
/// on HotSpot and on Hawkbeans; stdout, stderr and the exit code must match byte for byte. Programs listed in
/// conformance/expectations/jvm.yaml must still differ (so the list only shrinks). A first line
/// "// java-options: -Xmx64m" gives both VMs a heap limit.
/// </summary>
[Category("jvm-programs")]
public class JvmProgramTests
{
    private const string SuiteId = "jvm-programs";
    private static readonly Lazy<KnownFailures> Expected = new(() =>
        KnownFailures.Load(new DirectoryInfo(Path.Combine(RepositoryRoot(), "conformance", "expectations")), "jvm"));

    public static IEnumerable<TestCaseData> Programs() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot(), "conformance", SuiteId), "*.java")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal)
            .Select(name => new TestCaseData(name).SetName(name!));

    [TestCaseSource(nameof(Programs))]
    [Category("slow")]
    public void Matches_HotSpot(string name)
    {
        var home = Jdk.Home();
        var classes = Compiled(name);
        long? heapLimit = HeapOption(name);
        var hotspot = Run(Path.Combine(home, "bin", "java"), [.. heapLimit is { } limit ? new[] { $"-Xmx{limit >> 20}m" } : [], "-cp", classes, name]);
        var hawkbeans = RunHawkbeans(home, classes, name, heapLimit ?? (256L << 20));
        var reason = Expected.Value.ReasonFor(new SuiteCaseKey(SuiteId, name));
        if (reason is not null)
        {
            Assert.That(hawkbeans, Is.Not.EqualTo(hotspot), $"{name} is listed in jvm.yaml ({reason}) but now matches HotSpot: remove the entry.");
            return;
        }

        Assert.Multiple(() =>
        {
            Assert.That(hawkbeans.Stdout, Is.EqualTo(hotspot.Stdout), "stdout");
            Assert.That(hawkbeans.Stderr, Is.EqualTo(hotspot.Stderr), "stderr");
            Assert.That(hawkbeans.ExitCode, Is.EqualTo(hotspot.ExitCode), "exit code");
        });
    }

    /// <summary>
    /// Programs with forced collections: a root the VM forgot (a C# local, a call site's object) or a wrong reference
    /// map (a stale frame pc) frees a live object, which shows up as a different output long before a real heap
    /// would fill. Every Java frame must be read through a reference map. (BinaryTrees allocates millions of nodes,
    /// so it collects less often to keep the run short.)
    /// </summary>
    [TestCase("BinaryTrees", 97)]
    [TestCase("Strings", 3)]
    [TestCase("HashMaps", 3)]
    [TestCase("Interfaces", 3)]
    [TestCase("ExceptionChains", 3)]
    [TestCase("Lambdas", 3)]
    [TestCase("CollectionBasics", 3)]
    [TestCase("Streams", 3)]
    [TestCase("Exceptions", 25)]
    [TestCase("Records", 25)]
    [TestCase("MethodHandleCombinators", 25)]
    [TestCase("AtomicsAndLocals", 25)]
    [TestCase("RecordFeatures", 25)]
    [Category("slow")]
    public void Gives_the_same_output_when_collecting_constantly(string name, int collectEvery)
    {
        var home = Jdk.Home();
        var classes = Compiled(name);
        var normal = RunHawkbeans(home, classes, name, 256L << 20);
        (long Collections, long ImpreciseFrames) stress = default;
        var stressed = RunHawkbeans(home, classes, name, 256L << 20, collectEvery, vm => stress = (vm.Heap.Collections, vm.ImpreciseFrames));
        Assert.Multiple(() =>
        {
            Assert.That(stressed, Is.EqualTo(normal));
            Assert.That(stress.Collections, Is.GreaterThan(0));
            Assert.That(stress.ImpreciseFrames, Is.Zero, "frames scanned without a reference map");
        });
    }

    private sealed record Outcome(string Stdout, string Stderr, int ExitCode);

    /// <summary>The -Xmx of a "// java-options: -Xmx64m" first line, in bytes.</summary>
    private static long? HeapOption(string name)
    {
        var first = File.ReadLines(Path.Combine(RepositoryRoot(), "conformance", SuiteId, name + ".java")).FirstOrDefault() ?? "";
        const string prefix = "// java-options: -Xmx";
        return first.StartsWith(prefix, StringComparison.Ordinal) && first.EndsWith('m')
            ? long.Parse(first[prefix.Length..^1], System.Globalization.CultureInfo.InvariantCulture) << 20
            : null;
    }

    private static Outcome RunHawkbeans(string home, string classes, string name, long heapLimit, int collectEvery = 0, Action<JavaVm>? inspect = null)
    {
        using var stdout = new MemoryStream();
        using var stderr = new MemoryStream();
        using var vm = new JavaVm(new JavaVmOptions
        {
            JavaHome = home,
            ClassPath = classes,
            HeapLimit = heapLimit,
            CollectEvery = collectEvery,
            StandardOutput = stdout,
            StandardError = stderr,
            MaxInstructions = 2_000_000_000,
            WallTime = TimeSpan.FromSeconds(60),
            Environment = HostEnvironment(),
            WorkingDirectory = classes,
        });
        int exitCode = vm.RunMain(name, []);
        inspect?.Invoke(vm);
        return new Outcome(System.Text.Encoding.UTF8.GetString(stdout.ToArray()), System.Text.Encoding.UTF8.GetString(stderr.ToArray()), exitCode);
    }

    /// <summary>
    /// Compiles every program with one javac invocation into one folder beside the test assembly (again only when a
    /// source is newer than the last compilation), so the programs' class names must be distinct.
    /// </summary>
    private static readonly Lazy<string> Classes = new(() =>
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "conformance", SuiteId), "*.java").Order(StringComparer.Ordinal).ToArray();
        var output = Path.Combine(TestContext.CurrentContext.TestDirectory, "jvm-programs");
        var stamp = Path.Combine(output, ".compiled");
        var newest = sources.Max(File.GetLastWriteTimeUtc);
        if (!File.Exists(stamp) || File.GetLastWriteTimeUtc(stamp) < newest)
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }

            Directory.CreateDirectory(output);
            var result = Run(Path.Combine(Jdk.Home(), "bin", "javac"), ["-d", output, "-encoding", "UTF-8", .. sources]);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"javac failed:\n{result.Stderr}");
            }

            File.WriteAllText(stamp, "");
        }

        return output;
    });

    /// <summary>The class folder, after checking that javac produced the program's main class.</summary>
    private static string Compiled(string name)
    {
        Assert.That(File.Exists(Path.Combine(Classes.Value, name + ".class")), Is.True, $"javac wrote no {name}.class");
        return Classes.Value;
    }

    private static Outcome Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill();
        }

        return new Outcome(stdout, stderr.Result, process.ExitCode);
    }

    private static Dictionary<string, string> HostEnvironment() =>
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hawk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Hawk.sln not found above " + AppContext.BaseDirectory);
    }
}
