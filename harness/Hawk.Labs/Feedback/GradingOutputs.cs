using Hawk.Labs.Grading;

namespace Hawk.Labs.Feedback;

/// <summary>Writes every report of a grading run into one folder.</summary>
public static class GradingOutputs
{
    public const string ClassroomBase64File = "result";

    public static void WriteAll(GradingReport report, DirectoryInfo folder)
    {
        folder.Create();
        File.WriteAllText(Path.Combine(folder.FullName, GradescopeResults.FileName), GradescopeResults.Write(report));
        File.WriteAllText(Path.Combine(folder.FullName, ClassroomResult.FileName), ClassroomResult.Json(report));
        File.WriteAllText(Path.Combine(folder.FullName, ClassroomBase64File), ClassroomResult.Base64(report));
        File.WriteAllText(Path.Combine(folder.FullName, JUnitResults.FileName), JUnitResults.Write(report));
        File.WriteAllText(Path.Combine(folder.FullName, MarkdownFeedback.FileName), MarkdownFeedback.Write(report));
    }
}
