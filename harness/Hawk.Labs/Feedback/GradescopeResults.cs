using System.Text.Json;
using System.Text.Json.Nodes;
using Hawk.Labs.Definition;
using Hawk.Labs.Grading;

namespace Hawk.Labs.Feedback;

/// <summary>Gradescope's autograder results.json: overall score, one test per graded part with its visibility.</summary>
public static class GradescopeResults
{
    public const string FileName = "results.json";

    public static string Write(GradingReport report)
    {
        var tests = new JsonArray();
        foreach (var part in report.Parts)
        {
            tests.Add(new JsonObject
            {
                ["name"] = $"{part.Part.Id}: {part.Part.Title}",
                ["score"] = part.Score,
                ["max_score"] = part.Part.Points,
                ["status"] = part.Passed ? "passed" : "failed",
                ["visibility"] = Visibility(part.Part.Visibility),
                ["output"] = MarkdownFeedback.PartText(report, part),
                ["output_format"] = "md",
            });
        }

        var root = new JsonObject
        {
            ["score"] = report.Score,
            ["output"] = MarkdownFeedback.Summary(report),
            ["output_format"] = "md",
            ["visibility"] = "visible",
            ["execution_time"] = Math.Round(report.Elapsed.TotalSeconds, 1),
            ["tests"] = tests,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Visibility(Visibility visibility) => visibility switch
    {
        Definition.Visibility.Hidden => "hidden",
        Definition.Visibility.AfterDueDate => "after_due_date",
        _ => "visible",
    };
}
