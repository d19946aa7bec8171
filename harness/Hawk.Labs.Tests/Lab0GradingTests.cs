using Hawk.Labs.Grading;

namespace Hawk.Labs.Tests;

/// <summary>Grading lab0 (ca65 routines run on HawkNESt) on full, partial and broken fixtures (malicious ones: MaliciousSubmissionTests).</summary>
public class Lab0GradingTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void RequireCc65()
    {
        _folder = Directory.CreateTempSubdirectory("hawk-lab0-test-");
        TestRepository.RequireCc65();
    }

    [TearDown]
    public void Clean() => _folder.Delete(recursive: true);

    // Written independently of the reference (repeated addition, a different loop) so that a full score also shows
    // that the reference, which decides the expected outputs, computes the right thing.
    private const string Mul8ByRepeatedAddition = """
        lda #0
        sta $20
        sta $21
        ldx $11
        beq @done
        @add:
        clc
        lda $20
        adc $10
        sta $20
        bcc @next
        inc $21
        @next:
        dex
        bne @add
        @done:
        rts
        """;

    private const string Sum8Downwards = """
        ldy #7
        lda #0
        sta $20
        sta $21
        @loop:
        lda $0010,y
        clc
        adc $20
        sta $20
        lda $21
        adc #0
        sta $21
        dey
        bpl @loop
        rts
        """;

    [Test]
    public async Task Independent_correct_solutions_score_full_marks()
    {
        var report = await Grade(new() { ["add16"] = Submissions.Reference, ["mul8"] = Mul8ByRepeatedAddition, ["sum8"] = Sum8Downwards });

        Assert.That(report.Score, Is.EqualTo(100), Describe(report));
        Assert.That(report.Parts.Select(part => part.Groups.Count), Is.EqualTo(new[] { 40, 64, 40 }));
    }

    [Test]
    public async Task A_missing_routine_loses_its_part_only()
    {
        var report = await Grade(new() { ["add16"] = Submissions.Reference, ["sum8"] = Sum8Downwards });

        Assert.That(Scores(report), Is.EqualTo(new[] { 20.0, 0, 40 }), Describe(report));
        Assert.That(report.Parts[1].FirstFailure!.Divergence!.Actual, Is.EqualTo("A5A5"), "outputs never written keep the harness's $A5");
    }

    [Test]
    public async Task A_file_that_does_not_assemble_scores_zero_with_the_assembler_message()
    {
        var report = await Grade(new() { ["add16"] = Submissions.Reference, ["mul8"] = "lda ($10,y)\nrts", ["sum8"] = Sum8Downwards });

        Assert.That(Scores(report), Is.EqualTo(new[] { 20.0, 0, 40 }));
        Assert.That(report.Parts[1].FirstFailure!.Message, Does.StartWith("ca65 failed"));
    }

    [Test]
    public async Task Coverage_of_the_assembly_shows_which_lines_ran()
    {
        var sources = TestRepository.Sources("lab0");
        var mul8WithDeadCode = Mul8ByRepeatedAddition.Replace("@done:\nrts", "@done:\nrts\nlda #$EE\nsta $21\nrts", StringComparison.Ordinal);
        var submission = Submissions.Write(sources, _folder.CreateSubdirectory("submission"), new Dictionary<string, string> { ["mul8"] = mul8WithDeadCode });
        var output = _folder.CreateSubdirectory("coverage");

        var report = await new LabGrader(sources, TestRepository.Settings).GradeAsync(new GradeRequest(submission, _ => true, 12345, [], Coverage: true, CoverageOutput: output));

        var mul8 = report.Parts[1].Coverage!.Where(line => line.File == "mul8.s").ToList();
        var source = File.ReadAllLines(Path.Combine(submission.FullName, "mul8.s"));
        string Text(LineCoverage line) => source[line.Line - 1].Trim();
        Assert.That(mul8.Where(line => line.Hits > 0).Select(Text), Does.Contain("adc $10").And.Contain("inc $21"));
        Assert.That(mul8.Where(line => line.Hits == 0).Select(Text), Is.EqualTo(new[] { "lda #$EE", "sta $21", "rts" }), "only the code after the routine's rts never runs");
        Assert.That(File.ReadAllText(Path.Combine(output.FullName, "Cobertura.xml")), Does.Contain("mul8.s"));
        Assert.That(File.ReadAllText(Path.Combine(output.FullName, "SummaryGithub.md")), Does.Contain("mul8"));
        Assert.That(File.Exists(Path.Combine(output.FullName, "index.html")), Is.True);
    }

    private async Task<GradingReport> Grade(Dictionary<string, string> bodies)
    {
        var sources = TestRepository.Sources("lab0");
        var submission = Submissions.Write(sources, _folder.CreateSubdirectory("submission"), bodies);
        var request = new GradeRequest(submission, _ => true, Seed: 12345, Hidden: []);
        return await new LabGrader(sources, TestRepository.Settings).GradeAsync(request);
    }

    internal static double[] Scores(GradingReport report) => [.. report.Parts.Select(part => part.Score)];

    internal static string Describe(GradingReport report) =>
        string.Join("\n", report.Parts.Select(part => $"{part.Part.Id}: {part.Score} {part.FirstFailure?.Name} {part.FirstFailure?.Message} {part.Output}")) + "\n" + report.Build.Log;
}
