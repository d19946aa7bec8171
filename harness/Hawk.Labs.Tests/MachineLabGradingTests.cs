using Hawk.Harness.NUnit;
using Hawk.Labs.Feedback;
using Hawk.Labs.Grading;
using Hawk.Labs.Regions;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Tests;

/// <summary>Grading labs 2-4 (Hawkbeans, Hawkervisor, Hawker; C# built per submission) on full, partial and broken fixtures.</summary>
[Category("slow")]
public class MachineLabGradingTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("hawk-lab-machines-test-");

    [TearDown]
    public void Clean() => _folder.Delete(recursive: true);

    [Test]
    public async Task Lab2_reference_scores_full_marks_and_a_submission_without_the_collector_loses_only_the_gc_part()
    {
        RequireJdk();
        var sources = TestRepository.Sources("lab2");

        var full = await Grade(sources, Submissions.AllReference(sources.Lab));
        var partial = await Grade(sources, new() { ["java-arithmetic"] = Submissions.Reference, ["exception-dispatch"] = Submissions.Reference });

        Assert.That(Lab0GradingTests.Scores(full), Is.EqualTo(new[] { 30.0, 40, 30 }), Lab0GradingTests.Describe(full));
        Assert.That(Lab0GradingTests.Scores(partial), Is.EqualTo(new[] { 30.0, 40, 0 }), Lab0GradingTests.Describe(partial));
        Assert.That(partial.Parts[2].FirstFailure!.Message, Does.Contain("NotImplementedException: lab2/gc-mark"));
    }

    [Test]
    public async Task Lab2_marking_only_the_roots_corrupts_live_objects_and_fails_the_gc_programs()
    {
        RequireJdk();
        var sources = TestRepository.Sources("lab2");
        var rootsOnly = """
            roots.VisitRoots(reference =>
            {
                if (reference != 0 && heap.At(reference) is { } value)
                {
                    value.Marked = true;
                }
            });
            """;

        var report = await Grade(sources, new() { ["java-arithmetic"] = Submissions.Reference, ["exception-dispatch"] = Submissions.Reference, ["gc-mark"] = rootsOnly });

        // A collector that frees live objects breaks whatever program happens to collect: the gc programs always do.
        Assert.That(report.Parts[2].Score, Is.Zero, Lab0GradingTests.Describe(report));
        Assert.That(report.Parts[2].Groups.Select(group => group.Passed), Is.All.False);
    }

    [Test]
    public async Task Lab2_a_division_without_javas_overflow_rule_loses_the_programs_that_divide_min_value_by_minus_one()
    {
        RequireJdk();
        var sources = TestRepository.Sources("lab2");

        var report = await GradeReferenceEdited(sources, "machines/Hawk.Jvm/Interpreter/Bytecode.cs", "b == -1 ? unchecked(-a) : a / b;", "a / b;");

        var arithmetic = report.Parts[0];
        Assert.That(arithmetic.Score, Is.EqualTo(10), Lab0GradingTests.Describe(report));
        Assert.That(arithmetic.Groups.Where(group => !group.Passed).Select(group => group.Name), Is.EquivalentTo(new[] { "IntArithmetic", "Overflow" }));
        Assert.That(MarkdownFeedback.Write(report), Does.Contain("OverflowException").And.Contain("Hint: JVMS 6.5").And.Contain("standard output until then:\nint 0: 0/0"));
    }

    [Test]
    public async Task Lab3_a_uart_without_a_scratch_register_prints_but_loses_the_register_part()
    {
        RequireNasm();
        var sources = TestRepository.Sources("lab3");

        var report = await GradeReferenceEdited(sources, "machines/Hawk.Hypervisor/Devices/Uart16550.cs", "case 7: _scratch = value; break;", "case 7: break;");

        Assert.That(Lab0GradingTests.Scores(report), Is.EqualTo(new[] { 40.0, 0 }), Lab0GradingTests.Describe(report));
        var divergence = report.Parts[1].FirstFailure!.Divergence!;
        Assert.That(divergence.Expected, Does.StartWith("SCR=5A"));
        Assert.That(divergence.Actual, Does.StartWith("SCR=00"));
    }

    [Test]
    public async Task Lab3_a_transmitter_that_never_reports_empty_hangs_the_guests_within_their_budget()
    {
        RequireNasm();
        var sources = TestRepository.Sources("lab3");

        var report = await GradeReferenceEdited(sources, "machines/Hawk.Hypervisor/Devices/Uart16550.cs", "case 5: return (byte)(LsrTransmitterEmpty | (_receive.Count > 0 ? LsrDataReady : 0));", "case 5: return 0;");

        Assert.That(report.Score, Is.Zero, Lab0GradingTests.Describe(report));
        var divergence = report.Parts[0].FirstFailure!.Divergence!;
        Assert.That(divergence.Actual, Is.Empty, "nothing was printed");
        Assert.That(divergence.Context, Does.Contain("the run ended with stop InstructionBudget"));
    }

    [Test]
    public void Lab3_guests_behave_the_same_on_kvm_as_on_the_emulator()
    {
        RequireNasm();
        new RequiredComponent("KVM").Ensure(Hawk.Hypervisor.KvmMachine.UnavailableReason());
        var bytes = AssembleGuest("registers", _folder);
        var emulator = Hawk.Labs.Probe.ProbeHost.Answer(new Hawk.Labs.Probe.GuestRunRequest(bytes, "emulator", 10_000_000, 10_000));
        var kvm = Hawk.Labs.Probe.ProbeHost.Answer(new Hawk.Labs.Probe.GuestRunRequest(bytes, "kvm", 10_000_000, 10_000));

        Assert.That(emulator.Output, Does.StartWith("SCR=5A DLL=0C DLM=00 LCR=83 IER=05"));
        Assert.That((kvm.Output, kvm.ExitCode, kvm.Stop), Is.EqualTo((emulator.Output, emulator.ExitCode, emulator.Stop)));
    }

    [Test]
    public async Task Lab3_a_submission_that_does_not_compile_scores_zero_with_the_compiler_error()
    {
        RequireNasm();
        var sources = TestRepository.Sources("lab3");

        var report = await Grade(sources, new() { ["uart-registers"] = "return _scratch +;" });

        Assert.That(report.Build.Succeeded, Is.False);
        Assert.That(report.Score, Is.Zero);
        Assert.That(report.Build.Log, Does.Contain("Uart16550.cs").And.Contain("error CS"));
    }

    [Test]
    public async Task Lab4_reference_scores_full_marks_and_without_cgroup_limits_no_container_starts()
    {
        RequireContainers();
        var sources = TestRepository.Sources("lab4");

        var full = await Grade(sources, Submissions.AllReference(sources.Lab));
        var partial = await Grade(sources, new() { ["namespaces"] = Submissions.Reference });

        Assert.That(Lab0GradingTests.Scores(full), Is.EqualTo(new[] { 50.0, 50 }), Lab0GradingTests.Describe(full));
        Assert.That(Lab0GradingTests.Scores(partial), Is.EqualTo(new[] { 0.0, 0 }), "every container's cgroup is written by the region");
        Assert.That(partial.Parts[0].FirstFailure!.Message, Does.Contain("NotImplementedException: lab4/cgroup-limits"));
    }

    [Test]
    public async Task Lab4_a_plan_that_forgets_the_uts_namespace_shows_the_hostname_divergence()
    {
        RequireContainers();
        var sources = TestRepository.Sources("lab4");
        var withoutUts = """
            foreach (var (type, path) in namespaces.Where(n => n.Type != "uts"))
            {
                Op("ns", type, path);
            }
            """;

        var report = await Grade(sources, new() { ["namespaces"] = withoutUts, ["cgroup-limits"] = Submissions.Reference });

        Assert.That(Lab0GradingTests.Scores(report), Is.EqualTo(new[] { 0.0, 50 }), Lab0GradingTests.Describe(report));
        Assert.That(report.Parts[0].FirstFailure!.Divergence!.Expected, Is.EqualTo("uts:own"));
        Assert.That(report.Parts[0].FirstFailure!.Divergence!.Actual, Is.EqualTo("uts:shared"));
    }

    internal static void RequireJdk() =>
        new RequiredComponent("JDK").Ensure(ExecutablePath.Find("javac") is null || ExecutablePath.Find("java") is null ? "javac/java not on PATH (apt-get install openjdk-17-jdk-headless)" : null);

    internal static void RequireNasm() =>
        new RequiredComponent("NASM").Ensure(ExecutablePath.Find("nasm") is null ? "nasm not on PATH (apt-get install nasm)" : null);

    /// <summary>One of lab 3's guests assembled by nasm into a flat image.</summary>
    internal static byte[] AssembleGuest(string guest, DirectoryInfo folder)
    {
        var guests = Path.Combine(TestRepository.Root.FullName, "course-labs", "lab3", "guests");
        var image = Path.Combine(folder.FullName, guest + ".bin");
        using (var nasm = System.Diagnostics.Process.Start("nasm", ["-f", "bin", "-i", guests + "/", "-o", image, Path.Combine(guests, guest + ".asm")]))
        {
            nasm.WaitForExit();
            Assert.That(nasm.ExitCode, Is.Zero);
        }

        return File.ReadAllBytes(image);
    }

    internal static void RequireContainers()
    {
        new RequiredComponent("NAMESPACES").Ensure(Environment.UserName != "root" ? "containers need root" : null);
        new RequiredComponent("BUSYBOX").Ensure(File.Exists("/bin/busybox") ? null : "/bin/busybox missing (apt-get install busybox-static)");
    }

    /// <summary>The reference submitted with one piece of a region file replaced: a subtly wrong solution.</summary>
    private async Task<GradingReport> GradeReferenceEdited(LabSources sources, string file, string solution, string mistake)
    {
        var submission = Submissions.Write(sources, _folder.CreateSubdirectory("submission"), Submissions.AllReference(sources.Lab));
        var path = Path.Combine(submission.FullName, file);
        var text = File.ReadAllText(path);
        Assert.That(text, Does.Contain(solution));
        File.WriteAllText(path, text.Replace(solution, mistake, StringComparison.Ordinal));
        return await new LabGrader(sources, TestRepository.Settings).GradeAsync(new GradeRequest(submission, _ => true, 7, []));
    }

    private async Task<GradingReport> Grade(LabSources sources, Dictionary<string, string> bodies)
    {
        var submission = Submissions.Write(sources, _folder.CreateSubdirectory("submission-" + Guid.NewGuid().ToString("N")[..6]), bodies);
        return await new LabGrader(sources, TestRepository.Settings).GradeAsync(new GradeRequest(submission, _ => true, 2026, []));
    }
}
