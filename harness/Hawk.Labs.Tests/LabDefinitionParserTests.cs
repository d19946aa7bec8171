using Hawk.Labs.Definition;

namespace Hawk.Labs.Tests;

public class LabDefinitionParserTests
{
    private const string Valid = """
        id: demo
        title: Demo lab
        machine: nes
        language: csharp
        projects: [machines/Hawk.Mos6502/Hawk.Mos6502.csproj]
        regions:
          - id: adc
            task: add with carry
            files: [machines/Hawk.Mos6502/Cpu.Alu.cs]
        parts:
          - id: adc
            title: ADC
            points: 10
            visibility: hidden
            region: adc
            judge: { kind: singlestep-6502, opcodes: [69, 65], vectors: 20 }
            limits: { time: 5s, memory: 256MB }
        late: { due: 2026-12-01T23:59:00Z, percent_per_day: 10, max_days: 3 }
        feedback: { max_failures: 2, show_expected: false }
        """;

    [Test]
    public void A_valid_lab_is_read_with_every_setting()
    {
        var lab = LabDefinitionParser.Parse(Valid, "demo/lab.yaml", "demo");

        Assert.That(lab.Language, Is.EqualTo(LabLanguage.CSharp));
        Assert.That(lab.StudentFiles, Is.EqualTo(new[] { "machines/Hawk.Mos6502/Cpu.Alu.cs" }));
        var part = lab.Parts.Single();
        Assert.That(part.Visibility, Is.EqualTo(Visibility.Hidden));
        Assert.That(part.Limits, Is.EqualTo(new ResourceLimits(TimeSpan.FromSeconds(5), 256L * 1024 * 1024)));
        Assert.That(part.Judge, Is.EqualTo(new SingleStep6502Judge("6502-singlestep", [0x69, 0x65], 20)).Using<SingleStep6502Judge>((a, b) =>
            a.Suite == b.Suite && a.Opcodes.SequenceEqual(b.Opcodes) && a.Vectors == b.Vectors));
        Assert.That(lab.Feedback, Is.EqualTo(new FeedbackSettings(2, false, true)));
        Assert.That(lab.Late!.MaxDays, Is.EqualTo(3));
    }

    [TestCase("id: demo", "id: other", 1, 5, "folder is 'demo'")]
    [TestCase("machine: nes", "machine: nes\ncolour: red", 4, 1, "unknown key 'colour'")]
    [TestCase("language: csharp", "language: java", 4, 11, "must be 'csharp' or 'ca65'")]
    [TestCase("points: 10", "points: ten", 13, 13, "must be a positive whole number")]
    [TestCase("visibility: hidden", "visibility: secret", 14, 17, "visible, hidden or after_due_date")]
    [TestCase("region: adc\n", "region: sbc\n", 15, 13, "names 'sbc', which is not a region")]
    [TestCase("opcodes: [69, 65]", "opcodes: [69, zz]", 16, 51, "'parts[0].judge.opcodes[1]' must be an opcode")]
    [TestCase("kind: singlestep-6502", "kind: magic", 16, 20, "unknown judge kind 'magic'")]
    [TestCase("memory: 256MB", "memory: 1KB", 17, 33, "at least 64MB")]
    [TestCase("files: [machines/Hawk.Mos6502/Cpu.Alu.cs]", "files: [../outside.cs]", 9, 13, "relative to the lab's reference folder")]
    [TestCase("due: 2026-12-01T23:59:00Z", "due: tomorrow", 18, 14, "ISO 8601")]
    [TestCase("regions:\n", "regions:\n  - id: adc\n    task: again\n    files: [a.cs]\n", 10, 9, "region id 'adc' is used twice")]
    public void Schema_errors_name_the_file_line_and_column(string original, string replacement, int line, int column, string message)
    {
        var yaml = Valid.Replace(original, replacement, StringComparison.Ordinal);
        Assert.That(yaml, Is.Not.EqualTo(Valid), "the replaced text must occur in the valid lab");

        var error = Assert.Throws<LabDefinitionException>(() => LabDefinitionParser.Parse(yaml, "demo/lab.yaml", "demo"))!;

        Assert.That(error.Detail, Does.Contain(message));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)), error.Message);
        Assert.That(error.Message, Does.StartWith($"demo/lab.yaml:{line}:{column}: "));
    }

    [Test]
    public void A_region_that_no_part_grades_is_rejected()
    {
        var yaml = Valid.Replace("regions:\n", "regions:\n  - id: orphan\n    task: nothing\n    files: [a.cs]\n", StringComparison.Ordinal);

        var error = Assert.Throws<LabDefinitionException>(() => LabDefinitionParser.Parse(yaml, "demo/lab.yaml", "demo"))!;

        Assert.That(error.Detail, Does.Contain("region 'orphan' is graded by no part"));
    }

    [Test]
    public void Malformed_yaml_is_located()
    {
        var error = Assert.Throws<LabDefinitionException>(() => LabDefinitionParser.Parse("id: [demo\ntitle: x", "demo/lab.yaml", "demo"))!;

        Assert.That(error.Line, Is.GreaterThanOrEqualTo(1));
        Assert.That(error.Detail, Does.StartWith("not valid YAML"));
    }

    [Test]
    public void Machine_judges_are_read_with_their_settings_and_defaults()
    {
        LabDefinition Parse(string judge) =>
            LabDefinitionParser.Parse(Valid.Replace("{ kind: singlestep-6502, opcodes: [69, 65], vectors: 20 }", judge, StringComparison.Ordinal), "demo/lab.yaml", "demo");

        var jvm = (JvmProgramJudge)Parse("{ kind: jvm-program, programs: [Trees, Lists], heap: 4MB }").Parts[0].Judge;
        var guest = (HypervisorGuestJudge)Parse("{ kind: hypervisor-guest, guests: [hello] }").Parts[0].Judge;
        var bundle = (ContainerBundleJudge)Parse("{ kind: container-bundle, script: 'hostname', memory: 16MB }").Parts[0].Judge;

        Assert.That(jvm.Programs, Is.EqualTo(new[] { "Trees", "Lists" }));
        Assert.That(jvm.HeapBytes, Is.EqualTo(4L * 1024 * 1024));
        Assert.That((guest.Guests, guest.Backend), Is.EqualTo((new[] { "hello" }, "emulator")));
        Assert.That((bundle.Script, bundle.MemoryBytes, bundle.Pids), Is.EqualTo(("hostname", (long?)(16L * 1024 * 1024), (int?)null)));
    }

    [TestCase("{ kind: jvm-program, programs: [My.Program] }", "must be a Java class name")]
    [TestCase("{ kind: jvm-program, programs: [A], heap: 4 }", "must be a heap size")]
    [TestCase("{ kind: hypervisor-guest, guests: [hello], backend: qemu }", "must be 'emulator' or 'kvm'")]
    [TestCase("{ kind: container-bundle }", "missing required key 'parts[0].judge.script'")]
    public void Bad_machine_judge_settings_are_located(string judge, string message)
    {
        var yaml = Valid.Replace("{ kind: singlestep-6502, opcodes: [69, 65], vectors: 20 }", judge, StringComparison.Ordinal);

        var error = Assert.Throws<LabDefinitionException>(() => LabDefinitionParser.Parse(yaml, "demo/lab.yaml", "demo"))!;

        Assert.That(error.Line, Is.EqualTo(16));
        Assert.That(error.Detail, Does.Contain(message));
    }

    [TestCase("2026-12-01T23:00:00Z", 1.0)]
    [TestCase("2026-12-02T00:30:00Z", 0.9)]
    [TestCase("2026-12-03T23:00:00Z", 0.8)]
    [TestCase("2026-12-09T00:00:00Z", 0.0)]
    public void The_late_policy_takes_a_share_per_started_day(string submitted, double factor)
    {
        var policy = new LatePolicy(DateTimeOffset.Parse("2026-12-01T23:59:00Z", System.Globalization.CultureInfo.InvariantCulture), 10, 5);

        Assert.That(policy.Factor(DateTimeOffset.Parse(submitted, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(factor).Within(1e-9));
    }

    [Test]
    public void Every_lab_in_the_repository_parses()
    {
        var root = TestRepository.Root;

        var ids = LabCatalog.Ids(root);

        Assert.That(ids, Is.SupersetOf(new[] { "lab0", "lab1", "lab2", "lab3", "lab4" }));
        Assert.That(ids.Select(id => LabCatalog.Load(root, id).TotalPoints), Has.All.EqualTo(100));
    }
}
