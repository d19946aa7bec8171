using System.Text.Json;
using Hawk.Cli;

namespace Hawk.Labs.Tests;

/// <summary>`hawk lab` end to end, in-process.</summary>
public class LabCommandsTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("hawk-lab-cli-");

    [TearDown]
    public void Clean() => _folder.Delete(recursive: true);

    [Test]
    public void List_shows_every_lab_and_that_all_can_run()
    {
        var (code, output, _) = Hawk("lab", "list");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.Contain("lab0").And.Contain("lab1").And.Contain("mmc1-prg-banking").And.Contain("exceptions").And.Contain("serial-output").And.Contain("memory-limit"));
        Assert.That(output, Does.Not.Contain("[not ready]"));
    }

    [Test]
    public void An_unknown_lab_is_a_configuration_error()
    {
        var (code, _, error) = Hawk("lab", "scaffold", "lab99", "--out", _folder.FullName);

        Assert.That(code, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(error, Does.Contain("no lab 'lab99'"));
    }

    [Test]
    public void Scaffold_then_grade_the_untouched_starter_scores_zero_with_every_report()
    {
        TestRepository.RequireCc65();
        var starter = Path.Combine(_folder.FullName, "starter");
        var reports = Path.Combine(_folder.FullName, "reports");

        var (scaffolded, _, _) = Hawk("lab", "scaffold", "lab0", "--out", starter);
        var (graded, output, error) = Hawk("lab", "grade", "lab0", "--submission", starter, "--out", reports, "--seed", "3");

        Assert.That(scaffolded, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllText(Path.Combine(starter, "mul8.s")), Does.Contain("rts ; TODO lab0/mul8:").And.Not.Contain("ror $21"));
        Assert.That(graded, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(output, Does.Contain("lab0: 0/100"));
        Assert.That(Directory.EnumerateFiles(reports).Select(Path.GetFileName), Is.SupersetOf(new[] { "results.json", "result", "classroom-result.json", "junit.xml", "feedback.md" }));
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(reports, "results.json")));
        Assert.That(results.RootElement.GetProperty("tests").GetArrayLength(), Is.EqualTo(3));
    }

    private static (int Code, string Output, string Error) Hawk(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = HawkApp.Run(args, [], output, error);
        return (code, output.ToString(), error.ToString());
    }
}
