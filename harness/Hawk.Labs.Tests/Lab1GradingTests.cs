using System.Text.Json;
using Hawk.Labs.Feedback;
using Hawk.Labs.Grading;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Tests;

/// <summary>Grading lab1 (C# in HawkNESt, built per submission) on full, partial and broken fixtures (malicious ones: MaliciousSubmissionTests).</summary>
[Category("slow")]
public class Lab1GradingTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("hawk-lab1-test-");
        TestRepository.RequireSuite("6502-singlestep");
    }

    [TearDown]
    public void Clean() => _folder.Delete(recursive: true);

    [Test]
    public async Task The_reference_submitted_as_a_student_scores_full_marks_and_reports_are_written()
    {
        var sources = TestRepository.Sources("lab1");
        var output = _folder.CreateSubdirectory("out");

        var report = await Grade(sources, Submissions.AllReference(sources.Lab), output, coverage: true);
        GradingOutputs.WriteAll(report, output);

        Assert.That(report.Score, Is.EqualTo(100), Lab0GradingTests.Describe(report));
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, GradescopeResults.FileName)));
        Assert.That(results.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(100));
        var cobertura = Path.Combine(output.FullName, "coverage", "Cobertura.xml");
        var summary = Path.Combine(output.FullName, "coverage", "SummaryGithub.md");
        Assert.That(File.Exists(cobertura), Is.True, File.Exists(summary) ? File.ReadAllText(summary) : "no coverage summary");
        Assert.That(File.ReadAllText(cobertura), Does.Contain("Mmc1.cs").And.Contain("Cpu.Alu.cs").And.Not.Contain("Ppu.cs"), "coverage is of the student's files only");
        Assert.That(File.Exists(Path.Combine(output.FullName, "coverage", "index.html")), Is.True);
    }

    [Test]
    public async Task A_submission_without_the_mapper_scores_the_cpu_parts()
    {
        var sources = TestRepository.Sources("lab1");

        var report = await Grade(sources, new() { ["indirect-addressing"] = Submissions.Reference, ["adc-sbc"] = Submissions.Reference });

        Assert.That(Lab0GradingTests.Scores(report), Is.EqualTo(new[] { 20.0, 10, 30, 0 }), Lab0GradingTests.Describe(report));
        Assert.That(report.Parts[3].FirstFailure!.Message, Does.Contain("NotImplementedException: lab1/mmc1"));
    }

    [Test]
    public async Task A_subtly_wrong_overflow_flag_fails_with_the_first_divergence()
    {
        var sources = TestRepository.Sources("lab1");
        var all = Submissions.AllReference(sources.Lab);
        var submission = Submissions.Write(sources, _folder.CreateSubdirectory("submission"), all);
        var alu = Path.Combine(submission.FullName, "machines/Hawk.Mos6502/Cpu.Alu.cs");
        var text = File.ReadAllText(alu);
        var wrong = text.Replace("_v = (~(A ^ value) & (A ^ sum) & 0x80) != 0;", "_v = ((A ^ sum) & 0x80) != 0;", StringComparison.Ordinal);
        Assert.That(wrong, Is.Not.EqualTo(text));
        File.WriteAllText(alu, wrong);

        var report = await new LabGrader(sources, TestRepository.Settings).GradeAsync(new GradeRequest(submission, _ => true, 7, []));

        var adc = report.Parts.Single(part => part.Part.Id == "adc-sbc");
        Assert.That(adc.Score, Is.GreaterThan(0).And.LessThan(30), "SBC still passes: partial credit");
        Assert.That(adc.FirstFailure!.Divergence!.Where, Is.EqualTo("registers after the instruction"));
        Assert.That(MarkdownFeedback.Write(report), Does.Contain("expected: `PC:").And.Contain("Hint: V is set"));
    }

    [Test]
    public async Task A_submission_that_does_not_compile_scores_zero_with_the_compiler_error()
    {
        var sources = TestRepository.Sources("lab1");

        var report = await Grade(sources, new() { ["indirect-addressing"] = Submissions.Reference, ["adc-sbc"] = "int sum = A + value +;", ["mmc1"] = Submissions.Reference });

        Assert.That(report.Build.Succeeded, Is.False);
        Assert.That(report.Score, Is.Zero);
        Assert.That(report.Build.Log, Does.Contain("Cpu.Alu.cs").And.Contain("error CS"));
        Assert.That(MarkdownFeedback.Write(report), Does.Contain("does not build"));
    }

    private async Task<GradingReport> Grade(LabSources sources, Dictionary<string, string> bodies, DirectoryInfo? output = null, bool coverage = false)
    {
        var submission = Submissions.Write(sources, _folder.CreateSubdirectory("submission"), bodies);
        var hidden = output is null ? Array.Empty<string>() : [output.FullName];
        var request = new GradeRequest(submission, _ => true, 2026, hidden, Coverage: coverage,
            CoverageOutput: output is null ? null : new DirectoryInfo(Path.Combine(output.FullName, "coverage")));
        return await new LabGrader(sources, TestRepository.Settings).GradeAsync(request);
    }
}
