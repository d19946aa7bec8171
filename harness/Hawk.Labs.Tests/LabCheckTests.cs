using Hawk.Labs.Definition;
using Hawk.Labs.Grading;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Tests;

/// <summary>`hawk lab check` for every lab: sound where the machine exists, a distinct not-ready status where it does not.</summary>
public class LabCheckTests
{
    [Test]
    public async Task Lab0_is_sound()
    {
        TestRepository.RequireCc65();
        var report = await new LabChecker(TestRepository.Sources("lab0"), TestRepository.Settings).CheckAsync();

        Assert.That(report.Status, Is.EqualTo(CheckStatus.Sound), string.Join("\n", report.Findings));
        Assert.That(report.Findings, Has.Exactly(1).Contains("starter assembles"));
        Assert.That(report.Findings.Count(finding => finding.Contains("fails (0/", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    [Category("slow")]
    public async Task Lab1_is_sound()
    {
        TestRepository.RequireSuite("6502-singlestep");
        var report = await new LabChecker(TestRepository.Sources("lab1"), TestRepository.Settings).CheckAsync();

        Assert.That(report.Status, Is.EqualTo(CheckStatus.Sound), string.Join("\n", report.Findings));
        Assert.That(report.Findings, Has.Exactly(1).EqualTo("ok   the starter builds with the repository's settings"));
        Assert.That(report.Findings.Count(finding => finding.StartsWith("ok   without region", StringComparison.Ordinal)), Is.EqualTo(4));
    }

    [Test]
    [Category("slow")]
    public async Task Lab2_is_sound()
    {
        MachineLabGradingTests.RequireJdk();
        await AssertSound("lab2", 3);
    }

    [Test]
    [Category("slow")]
    public async Task Lab3_is_sound()
    {
        MachineLabGradingTests.RequireNasm();
        await AssertSound("lab3", 2);
    }

    [Test]
    [Category("slow")]
    public async Task Lab4_is_sound()
    {
        MachineLabGradingTests.RequireContainers();
        await AssertSound("lab4", 2);
    }

    [Test]
    public async Task A_lab_whose_regions_are_not_in_the_repository_is_not_ready_rather_than_passing()
    {
        var sources = NotYetThere();

        var report = await new LabChecker(sources, TestRepository.Settings).CheckAsync();

        Assert.That(report.Status, Is.EqualTo(CheckStatus.NotReady));
        Assert.That(report.Findings, Has.Some.Contains("machines/Hawk.Future/Future.csproj is not in the repository yet"));
    }

    [Test]
    public void Grading_a_lab_that_is_not_ready_says_so()
    {
        var sources = NotYetThere();

        var error = Assert.ThrowsAsync<LabNotReadyException>(() => new LabGrader(sources, TestRepository.Settings).GradeAsync(GradeRequest.Reference(1)))!;

        Assert.That(error.Message, Does.StartWith("lab 'future' is not ready"));
    }

    private static async Task AssertSound(string id, int parts)
    {
        var report = await new LabChecker(TestRepository.Sources(id), TestRepository.Settings).CheckAsync();

        Assert.That(report.Status, Is.EqualTo(CheckStatus.Sound), string.Join("\n", report.Findings));
        Assert.That(report.Findings, Has.Exactly(1).EqualTo("ok   the starter builds with the repository's settings"));
        Assert.That(report.Findings.Count(finding => finding.StartsWith("ok   without region", StringComparison.Ordinal)), Is.EqualTo(parts));
    }

    private static LabSources NotYetThere() => new(LabDefinitionParser.Parse("""
        id: future
        title: A lab ahead of its machine
        machine: future
        language: csharp
        projects: [machines/Hawk.Future/Future.csproj]
        regions:
          - { id: feature, task: the feature, files: [machines/Hawk.Future/Feature.cs] }
        parts:
          - { id: feature, title: the feature, points: 10, region: feature, judge: { kind: jvm-program, programs: [Feature] } }
        """, "future/lab.yaml", "future"), TestRepository.Root);
}
