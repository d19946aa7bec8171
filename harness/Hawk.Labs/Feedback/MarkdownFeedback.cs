using System.Text;
using Hawk.Labs.Grading;

namespace Hawk.Labs.Feedback;

/// <summary>The student's feedback page: score per part, the first divergence with expected and actual, hints, output.</summary>
public static class MarkdownFeedback
{
    public const string FileName = "feedback.md";

    public static string Write(GradingReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {report.Lab.Title}");
        text.AppendLine();
        text.AppendLine(Summary(report));
        foreach (var part in report.Parts)
        {
            text.AppendLine();
            text.AppendLine($"## {part.Part.Id}: {part.Part.Title} — {part.Score}/{part.Part.Points}");
            text.AppendLine();
            text.AppendLine(PartText(report, part));
        }

        return text.ToString();
    }

    public static string Summary(GradingReport report)
    {
        var text = new StringBuilder();
        text.AppendLine($"**Score: {report.Score} / {report.MaxScore}**{(report.LateFactor < 1 ? $" (late: {report.RawScore} × {report.LateFactor:0.##})" : "")}");
        if (!report.Build.Succeeded)
        {
            text.AppendLine();
            text.AppendLine("Your submission does not build:");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine(report.Build.Log);
            text.AppendLine("```");
        }

        return text.ToString();
    }

    public static string PartText(GradingReport report, PartResult part)
    {
        var feedback = report.Lab.Feedback;
        var text = new StringBuilder();
        text.AppendLine($"{part.PassedGroups} of {part.Groups.Count} passed.");
        foreach (var failure in part.Groups.Where(group => !group.Passed).Take(feedback.MaxFailures))
        {
            text.AppendLine();
            text.AppendLine($"- **{failure.Name}**: {failure.Message}");
            if (failure.Divergence is { } divergence)
            {
                text.AppendLine($"  - first divergence: {divergence.Where}");
                if (feedback.ShowExpected)
                {
                    text.AppendLine($"  - expected: `{divergence.Expected}`");
                }

                text.AppendLine($"  - actual: `{divergence.Actual}`");
                if (divergence.Context is { Length: > 0 } context && feedback.ShowExpected)
                {
                    text.AppendLine();
                    text.AppendLine("```");
                    text.AppendLine(context.TrimEnd());
                    text.AppendLine("```");
                }
            }
        }

        if (!part.Passed && feedback.Hints && report.Lab.Region(part.Part.Region).Hint is { } hint)
        {
            text.AppendLine();
            text.AppendLine($"Hint: {hint}");
        }

        if (part.Output.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Output of your code:");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine(part.Output.TrimEnd());
            text.AppendLine("```");
        }

        return text.ToString();
    }
}
