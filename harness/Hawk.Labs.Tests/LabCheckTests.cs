using Hawk.Labs.Grading;

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

    [TestCase("lab2")]
    [TestCase("lab3")]
    [TestCase("lab4")]
    public async Task Labs_whose_machine_is_missing_are_not_ready_rather_than_passing(string id)
    {
        var sources = TestRepository.Sources(id);
        var ready = LabReadiness.Reasons(sources).Count == 0;

        var report = await new LabChecker(sources, TestRepository.Settings).CheckAsync();

        Assert.That(report.Status, ready ? Is.EqualTo(CheckStatus.Sound) : Is.EqualTo(CheckStatus.NotReady), string.Join("\n", report.Findings));
        Assert.That(report.Findings, ready ? Is.Not.Empty : Has.Some.Contains("not in the repository yet").Or.Some.Contains("no lab runner yet").Or.Some.Contains("markers"));
    }

    [Test]
    public void Grading_a_lab_that_is_not_ready_says_so()
    {
        var sources = TestRepository.Sources("lab2");
        Assert.That(LabReadiness.Reasons(sources), Is.Not.Empty, "lab2 has no runner for jvm-program yet");

        var error = Assert.ThrowsAsync<LabNotReadyException>(() => new LabGrader(sources, TestRepository.Settings).GradeAsync(GradeRequest.Reference(1)))!;

        Assert.That(error.Message, Does.StartWith("lab 'lab2' is not ready"));
    }
}
