using Hawk.Labs.Definition;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Tests;

public class SolutionMarkerTests
{
    private static readonly LabDefinition Lab = LabDefinitionParser.Parse("""
        id: demo
        title: Demo
        machine: nes
        language: csharp
        projects: [P/P.csproj]
        regions:
          - { id: sum, task: add the numbers, files: [P/A.cs] }
        parts:
          - { id: sum, title: Sum, points: 1, region: sum, judge: { kind: singlestep-6502, opcodes: [69] } }
        """, "demo/lab.yaml", "demo");

    private static readonly string[] Source =
    [
        "int Sum(int a, int b)",
        "{",
        "    // BEGIN LAB sum",
        "    var total = a + b;",
        "    return total;",
        "    // END LAB sum",
        "}",
    ];

    [Test]
    public void A_region_spans_its_marker_lines()
    {
        var region = SolutionMarkers.Find(Source, "A.cs", LabLanguage.CSharp).Single();

        Assert.That(region, Is.EqualTo(new MarkedRegion("sum", 3, 6, "    ")));
    }

    [Test]
    public void The_stub_replaces_the_body_and_names_the_task()
    {
        var stubbed = SolutionMarkers.Replace(Source, "A.cs", Lab, id => id == "sum");

        Assert.That(stubbed, Is.EqualTo(new[]
        {
            "int Sum(int a, int b)",
            "{",
            "    // BEGIN LAB sum",
            "    throw new NotImplementedException(\"demo/sum: add the numbers\");",
            "    // END LAB sum",
            "}",
        }));
    }

    [Test]
    public void Regions_not_selected_are_kept()
    {
        Assert.That(SolutionMarkers.Replace(Source, "A.cs", Lab, _ => false), Is.EqualTo(Source));
    }

    [TestCase(new[] { "// BEGIN LAB a", "x" }, 1, "never closed")]
    [TestCase(new[] { "// END LAB a" }, 1, "without a BEGIN")]
    [TestCase(new[] { "// BEGIN LAB a", "// BEGIN LAB b" }, 2, "do not nest")]
    [TestCase(new[] { "// BEGIN LAB a", "// END LAB b" }, 2, "closes region 'a'")]
    public void Malformed_markers_name_the_file_and_line(string[] lines, int line, string message)
    {
        var error = Assert.Throws<SolutionMarkerException>(() => SolutionMarkers.Find(lines, "A.cs", LabLanguage.CSharp))!;

        Assert.That(error.Line, Is.EqualTo(line));
        Assert.That(error.Message, Does.StartWith($"A.cs:{line}: ").And.Contain(message));
    }

    [Test]
    public void Assembly_markers_are_semicolon_comments_and_stub_to_rts()
    {
        var lab = Lab with { Language = LabLanguage.Ca65 };
        string[] source = ["add:", "    ; BEGIN LAB sum", "    clc", "    rts", "    ; END LAB sum"];

        var stubbed = SolutionMarkers.Replace(source, "a.s", lab, _ => true);

        Assert.That(stubbed[2], Is.EqualTo("    rts ; TODO demo/sum: add the numbers"));
        Assert.That(stubbed, Has.Count.EqualTo(4));
    }

    [TestCase("lab0")]
    [TestCase("lab1")]
    [TestCase("lab2")]
    [TestCase("lab3")]
    [TestCase("lab4")]
    public void Every_region_of_the_shipped_labs_has_markers(string id)
    {
        var sources = TestRepository.Sources(id);

        Assert.That(sources.MissingMarkers(), Is.Empty);
        Assert.That(sources.MissingRequirements(), Is.Empty);
    }

    [Test]
    public void A_machine_that_landed_without_markers_is_not_ready_and_says_where_they_are_missing()
    {
        var lab = Lab with
        {
            Projects = ["machines/Hawk.Mos6502/Hawk.Mos6502.csproj"],
            Regions = [new LabRegion("sum", "add", ["machines/Hawk.Mos6502/RamBus.cs"], null)],
        };

        var reasons = Grading.LabReadiness.Reasons(new LabSources(lab, TestRepository.Root));

        Assert.That(reasons, Is.EqualTo(new[] { "region 'sum': no BEGIN LAB sum … END LAB sum markers in machines/Hawk.Mos6502/RamBus.cs" }));
    }
}
