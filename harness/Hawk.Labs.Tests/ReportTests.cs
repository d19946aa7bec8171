using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Hawk.Harness.Results;
using Hawk.Labs.Definition;
using Hawk.Labs.Feedback;
using Hawk.Labs.Grading;
using Hawk.Labs.Judges;
using Hawk.Labs.Probe;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Tests;

public class ReportTests
{
    private static GradingReport Report()
    {
        var lab = TestRepository.Sources("lab1").Lab;
        var failed = new GroupVerdict("69 ADC Immediate", false, "vector '69 1b 91' diverges", new Divergence("registers after the instruction", "PC:0001 A:02", "PC:0001 A:03", "initial ..."));
        var parts = lab.Parts.Select((part, index) => index == 2
            ? new PartResult(part, PartResult.ScoreOf(part, [failed, new GroupVerdict("65 ADC ZeroPage", true, "ok")]), [failed, new GroupVerdict("65 ADC ZeroPage", true, "ok")], "printed text", TimeSpan.FromSeconds(1))
            : new PartResult(part, part.Points, [new GroupVerdict("all", true, "ok")], "", TimeSpan.FromSeconds(1))).ToList();
        return new GradingReport(lab, new BuildResult(true, "", TimeSpan.FromSeconds(9)), parts, IsolationLevel.Namespaces, 5, 0.9, TimeSpan.FromSeconds(20));
    }

    [Test]
    public void Partial_credit_is_the_share_of_passing_groups_and_late_days_scale_the_total()
    {
        var report = Report();

        Assert.That(report.Parts[2].Score, Is.EqualTo(15));
        Assert.That(report.RawScore, Is.EqualTo(85));
        Assert.That(report.Score, Is.EqualTo(76.5));
    }

    [Test]
    public void Gradescope_results_carry_scores_and_visibility()
    {
        using var json = JsonDocument.Parse(GradescopeResults.Write(Report()));
        var tests = json.RootElement.GetProperty("tests").EnumerateArray().ToList();

        Assert.That(json.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(76.5));
        Assert.That(tests.Select(test => test.GetProperty("visibility").GetString()), Is.EqualTo(new[] { "visible", "hidden", "visible", "after_due_date" }));
        Assert.That(tests[2].GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(tests[2].GetProperty("output").GetString(), Does.Contain("expected: `PC:0001 A:02`").And.Contain("printed text"));
    }

    [Test]
    public void The_classroom_result_is_base64_json_with_one_test_per_part()
    {
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(ClassroomResult.Base64(Report())));
        using var json = JsonDocument.Parse(decoded);

        Assert.That(json.RootElement.GetProperty("version").GetInt32(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(json.RootElement.GetProperty("max_score").GetInt32(), Is.EqualTo(100));
        Assert.That(json.RootElement.GetProperty("tests").EnumerateArray().Select(test => test.GetProperty("status").GetString()), Is.EqualTo(new[] { "pass", "pass", "fail", "pass" }));
    }

    [Test]
    public void JUnit_lists_a_case_per_group_with_the_divergence()
    {
        var xml = XDocument.Parse(JUnitResults.Write(Report()));

        Assert.That(xml.Root!.Attribute("failures")!.Value, Is.EqualTo("1"));
        var failure = xml.Descendants("failure").Single();
        Assert.That(failure.Value, Does.Contain("expected: PC:0001 A:02").And.Contain("actual:   PC:0001 A:03"));
    }

    [Test]
    public void Printed_or_forged_lines_never_count_as_observations()
    {
        const string session = "5EC2E7";
        string Line(int id, int frames, string? secret = session) => JsonSerializer.Serialize(new ProbeObservation { Id = id, Frames = frames, Session = secret }, ProbeJson.Options);
        var stdout = string.Join('\n',
            "{\"score\": 100}",
            "not json at all",
            Line(0, 1),
            Line(1, 2),
            Line(1, 3),
            Line(7, 4),
            Line(2, 5, secret: null),
            Line(2, 6, secret: "GUESSED"));

        var observations = LabGrader.Observations(stdout, 3, session);

        Assert.That(observations[0]!.Frames, Is.EqualTo(1));
        Assert.That(observations[1], Is.Null, "an id answered twice is forged or garbled");
        Assert.That(observations[2], Is.Null, "a line without this run's session is not the probe's");
    }
}
