using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hawk.Labs.Grading;

namespace Hawk.Labs.Feedback;

/// <summary>
/// The `result` output of a GitHub Classroom grader step (what classroom-resources/autograding-grading-reporter reads):
/// base64 of {version, status, max_score, tests[{name, status, score, message, ...}]}.
/// </summary>
public static class ClassroomResult
{
    public const string FileName = "classroom-result.json";

    public static string Json(GradingReport report)
    {
        var tests = new JsonArray();
        foreach (var part in report.Parts)
        {
            tests.Add(new JsonObject
            {
                ["name"] = part.Part.Id,
                ["status"] = part.Passed ? "pass" : "fail",
                ["score"] = part.Score,
                ["message"] = part.FirstFailure is { } failure ? $"{failure.Name}: {failure.Message}" : $"{part.PassedGroups}/{part.Groups.Count} passed",
                ["test_code"] = $"hawk lab grade {report.Lab.Id} (part {part.Part.Id})",
                ["filename"] = "",
                ["line_no"] = 0,
                ["execution_time"] = $"{part.Elapsed.TotalSeconds:F1}s",
            });
        }

        return new JsonObject
        {
            ["version"] = 1,
            ["status"] = report.Parts.All(part => part.Passed) ? "pass" : "fail",
            ["max_score"] = report.MaxScore,
            ["tests"] = tests,
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public static string Base64(GradingReport report) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Json(report)));
}
