using System.Text.Json;
using Hawk.Harness.NUnit;
using Hawk.Labs.Definition;
using Hawk.Labs.Feedback;
using Hawk.Labs.Grading;
using Hawk.Labs.Probe;
using Hawk.Labs.Regions;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Tests;

/// <summary>
/// One malicious fixture submission: the attack in each region it names (other regions keep the reference's code)
/// and the exact score of every part. An attack costs the parts that run it; the rest keep their points.
/// </summary>
/// <param name="Everywhere">A region every part runs (lab 4: every container's init plan and cgroup): its attack decides every part.</param>
public sealed record MaliciousFixture(string Lab, IReadOnlyDictionary<string, Attack> Attacks, double[] Scores, string? Everywhere = null)
{
    /// <summary>The attack a part meets: its own region's, or the one every part runs.</summary>
    public Attack? AttackOn(GradedPart part) =>
        Attacks.TryGetValue(Everywhere ?? part.Region, out var attack) || Attacks.TryGetValue(part.Region, out attack) ? attack : null;

    public override string ToString() => $"{Lab}: {string.Join(", ", Attacks.Select(pair => $"{pair.Key}={pair.Value}"))}";
}

/// <summary>
/// Grades malicious fixture submissions of every lab (endless loops, huge allocations, writes outside the run folder,
/// fake results) once each, and checks the exact scores, the grader's own results.json, that nothing was written
/// outside, that every part ended within its limits, and that no process of the grading outlives it.
/// </summary>
[Category("slow")]
public class MaliciousSubmissionTests
{
    /// <summary>The time limit of a part an attack reaches: an endless loop costs this much per part.</summary>
    private static readonly TimeSpan AttackedPartTime = TimeSpan.FromSeconds(8);

    /// <summary>What a part's run may take beyond its limit: preparing it (a reference run with the same limit) and the sandbox's set-up.</summary>
    private static readonly TimeSpan PartOverhead = TimeSpan.FromSeconds(40);

    private DirectoryInfo _folder = null!;
    private string? _savedWorkRoot;
    private string _workRoot = null!;
    private List<string> _targets = null!;

    private static IEnumerable<MaliciousFixture> Fixtures() =>
    [
        new("lab0", new Dictionary<string, Attack> { ["add16"] = Attack.EscapeAndForge, ["mul8"] = Attack.EndlessLoop, ["sum8"] = Attack.RunawayWrite }, [20, 0, 0]),
        new("lab0", new Dictionary<string, Attack> { ["mul8"] = Attack.ReadOutside }, [20, 0, 40]),
        new("lab1", new Dictionary<string, Attack> { ["indirect-addressing"] = Attack.EndlessLoop, ["adc-sbc"] = Attack.HugeAllocation, ["mmc1"] = Attack.EscapeAndForge }, [0, 0, 0, 40]),
        new("lab2", new Dictionary<string, Attack> { ["java-arithmetic"] = Attack.EscapeAndForge, ["exception-dispatch"] = Attack.EndlessLoop, ["gc-mark"] = Attack.HugeAllocation }, [20, 0, 0]),
        new("lab3", new Dictionary<string, Attack> { ["uart-registers"] = Attack.EscapeAndForge }, [40, 60]),
        new("lab3", new Dictionary<string, Attack> { ["uart-registers"] = Attack.EndlessLoop }, [0, 0]),
        new("lab3", new Dictionary<string, Attack> { ["uart-registers"] = Attack.HugeAllocation }, [0, 0]),
        // The exact serial console, stop and exit value of the first part's guest, then exit: without the grader's
        // session secret in the line the part gets no observation (it used to get its 40 points).
        new("lab3", new Dictionary<string, Attack> { ["uart-registers"] = Attack.ForgeAndExit }, [0, 0]),
        // Every container runs both regions: an attack in either reaches both parts. The probe points its standard
        // output at the container's output file while Hawker runs one, so the forged lines land there and fail it.
        new("lab4", new Dictionary<string, Attack> { ["namespaces"] = Attack.EscapeAndForge }, [0, 0], Everywhere: "namespaces"),
        new("lab4", new Dictionary<string, Attack> { ["namespaces"] = Attack.EndlessLoop }, [0, 0], Everywhere: "namespaces"),
        new("lab4", new Dictionary<string, Attack> { ["cgroup-limits"] = Attack.HugeAllocation }, [0, 0], Everywhere: "cgroup-limits"),
    ];

    [SetUp]
    public void CreateFolders()
    {
        _folder = Directory.CreateTempSubdirectory("hawk-lab-malice-test-");
        // A work root of this test's own: its path in a command line marks every process of this grading.
        _savedWorkRoot = Environment.GetEnvironmentVariable("HAWK_LAB_WORK");
        _workRoot = Path.Combine(Sandbox.WorkRoot.FullName, "malice-" + Guid.NewGuid().ToString("N")[..8]);
        Environment.SetEnvironmentVariable("HAWK_LAB_WORK", _workRoot);
        _targets = [];
    }

    [TearDown]
    public void Clean()
    {
        Environment.SetEnvironmentVariable("HAWK_LAB_WORK", _savedWorkRoot);
        foreach (var target in _targets.Where(File.Exists))
        {
            File.Delete(target);
        }

        _folder.Delete(recursive: true);
        if (Directory.Exists(_workRoot))
        {
            Directory.Delete(_workRoot, recursive: true);
        }
    }

    [TestCaseSource(nameof(Fixtures))]
    public async Task A_malicious_submission_costs_its_own_parts_and_never_the_grader(MaliciousFixture fixture)
    {
        Require(fixture.Lab);
        new RequiredComponent("NAMESPACES").Ensure(Sandbox.Isolation == IsolationLevel.LimitsOnly ? "writes outside the run folder are only prevented as root (namespaces or a container)" : null);
        var sources = WithShortLimits(TestRepository.Sources(fixture.Lab), fixture.Scores);
        var output = _folder.CreateSubdirectory("out");
        var submissionFolder = _folder.CreateSubdirectory("submission");
        var unique = Guid.NewGuid().ToString("N")[..8];
        _targets.AddRange(
        [
            Path.Combine(_folder.FullName, "escaped.txt"),
            Path.Combine(submissionFolder.FullName, "escaped.txt"),
            Path.Combine("/tmp", $"hawk-escaped-{unique}.txt"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), $"hawk-escaped-{unique}.txt"),
            Path.Combine(sources.RepositoryRoot.FullName, "course-labs", fixture.Lab, $"escaped-{unique}.txt"),
        ]);
        var reports = new[] { Path.Combine(output.FullName, GradescopeResults.FileName) };
        var forged = fixture.Attacks.Values.Contains(Attack.ForgeAndExit) ? ExpectedObservationOfFirstGuest(sources) : "";
        var bodies = fixture.Attacks.ToDictionary(pair => pair.Key, pair => Malice.Body(pair.Value, sources.Lab.Language, [.. _targets, .. reports], ReferenceFile(sources, pair.Key), forged));
        foreach (var region in sources.Lab.Regions.Where(region => !bodies.ContainsKey(region.Id)))
        {
            bodies[region.Id] = Submissions.Reference;
        }

        var submission = Submissions.Write(sources, submissionFolder, bodies);
        var report = await new LabGrader(sources, TestRepository.Settings).GradeAsync(new GradeRequest(submission, _ => true, 2026, [output.FullName]));
        GradingOutputs.WriteAll(report, output);

        var description = Lab0GradingTests.Describe(report);
        Assert.That(Lab0GradingTests.Scores(report), Is.EqualTo(fixture.Scores), description);
        using (var results = JsonDocument.Parse(File.ReadAllText(reports[0])))
        {
            Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(fixture.Scores.Sum()), "results.json is the grader's, with the honest score");
        }

        Assert.Multiple(() =>
        {
            foreach (var target in _targets)
            {
                Assert.That(File.Exists(target), Is.False, $"{target} was written from inside the sandbox");
            }

            foreach (var part in report.Parts)
            {
                Assert.That(part.Elapsed, Is.LessThan(part.Part.Limits.Time + part.Part.Limits.Time + PartOverhead), $"part {part.Part.Id} ran beyond its limits");
                CheckAttack(fixture.AttackOn(part.Part), sources.Lab.Language, part, [.. _targets, .. reports]);
            }

            Assert.That(ProcessesMentioning(_workRoot), Is.Empty, "no process of the grading outlives it");
        });
    }

    /// <summary>What each attack must have left in its part's report.</summary>
    private static void CheckAttack(Attack? attack, LabLanguage language, PartResult part, IReadOnlyList<string> targets)
    {
        var failure = $"{part.FirstFailure?.Message} {part.FirstFailure?.Divergence?.Actual}";
        switch (attack)
        {
            case Attack.EndlessLoop when language == LabLanguage.CSharp:
                Assert.That(part.Output, Does.Contain("time limit"), $"{part.Part.Id}: the endless loop was stopped");
                break;
            case Attack.EndlessLoop or Attack.RunawayWrite:
                Assert.That(failure, Does.Contain("did not return"), $"{part.Part.Id}: the routine never came back");
                break;
            case Attack.HugeAllocation:
                Assert.That(part.Output + failure, Does.Contain("64 GiB refused"), $"{part.Part.Id}: the address-space limit refused the native block");
                Assert.That(failure, Does.Contain("OutOfMemoryException").Or.Contain("no observation"), $"{part.Part.Id}: the heap limit stopped the list");
                break;
            case Attack.EscapeAndForge when language == LabLanguage.CSharp:
                Assert.That(part.Output, Does.Contain(Malice.FakeResults), $"{part.Part.Id}: what the code prints is shown as its output, not taken as a result");
                // Only a write straight into /tmp may succeed: the sandbox's private tmpfs (the host's /tmp is checked above).
                // The report folder's results.json is rewritten by the grader afterwards, so only the refusal shows there.
                foreach (var target in targets)
                {
                    var refused = Does.Contain(Malice.Denied + target + ": ");
                    Assert.That(part.Output, Path.GetDirectoryName(target) == "/tmp" ? refused.Or.Contain(Malice.Escaped + target + "\n") : refused, $"{part.Part.Id}: writing {target}");
                }

                Assert.That(part.Output, Does.Match($"{Malice.Denied}/.*/{Malice.Planted}: "), $"{part.Part.Id}: the grading workspace (the probe's own files) is read-only");

                break;
            case Attack.ForgeAndExit:
                Assert.That(failure, Does.Contain("no observation"), $"{part.Part.Id}: the forged line is not the probe's");
                break;
            case Attack.ReadOutside:
                Assert.That(failure, Does.StartWith("ca65 failed").And.Contain("reference"), $"{part.Part.Id}: the reference is hidden from the assembler");
                break;
            default:
                Assert.That(part.Score, Is.EqualTo(part.Part.Points), $"{part.Part.Id}: the reference's code keeps its points");
                break;
        }
    }

    /// <summary>The parts expected to lose points get <see cref="AttackedPartTime"/>; the others keep the lab's limits.</summary>
    private static LabSources WithShortLimits(LabSources sources, double[] scores)
    {
        var parts = sources.Lab.Parts.Select((part, index) => scores[index] < part.Points ? part with { Limits = part.Limits with { Time = AttackedPartTime } } : part);
        return new LabSources(sources.Lab with { Parts = [.. parts] }, sources.RepositoryRoot);
    }

    /// <summary>The reference's file of a region, by its absolute path in the repository (what a ca65 submission could try to include).</summary>
    private static string ReferenceFile(LabSources sources, string region) =>
        Path.Combine(sources.ReferenceRoot.FullName, sources.Lab.Regions.Single(r => r.Id == region).Files[0]);

    /// <summary>The observation the reference machine makes of the first part's guest (lab 3): what a forger would write.</summary>
    private string ExpectedObservationOfFirstGuest(LabSources sources)
    {
        var judge = (HypervisorGuestJudge)sources.Lab.Parts[0].Judge;
        var request = new GuestRunRequest(MachineLabGradingTests.AssembleGuest(judge.Guests[0], _folder), judge.Backend, judge.MaxInstructions, 10_000);
        var observation = Hawk.Labs.Probe.ProbeHost.Answer(request) with { Id = 0 };
        Assert.That(observation.Output, Is.Not.Empty);
        return JsonSerializer.Serialize(observation, ProbeJson.Options);
    }

    /// <summary>Processes whose command line mentions <paramref name="text"/> (Linux /proc).</summary>
    private static List<string> ProcessesMentioning(string text) =>
        [.. new DirectoryInfo("/proc").EnumerateDirectories()
            .Where(folder => folder.Name.All(char.IsAsciiDigit))
            .Select(folder =>
            {
                try
                {
                    return File.ReadAllText(Path.Combine(folder.FullName, "cmdline")).Replace('\0', ' ');
                }
                catch (IOException)
                {
                    return "";
                }
            })
            .Where(command => command.Contains(text, StringComparison.Ordinal))];

    private static void Require(string lab)
    {
        switch (lab)
        {
            case "lab0":
                TestRepository.RequireCc65();
                break;
            case "lab1":
                TestRepository.RequireSuite("6502-singlestep");
                break;
            case "lab2":
                MachineLabGradingTests.RequireJdk();
                break;
            case "lab3":
                MachineLabGradingTests.RequireNasm();
                break;
            default:
                MachineLabGradingTests.RequireContainers();
                break;
        }
    }
}
