using System.Text;
using Hawk.Harness.Results;

namespace Hawk.Harness.Reports;

/// <summary>The readable account of one judged result, shared by NUnit failure messages, JUnit bodies and the console.</summary>
public static class ResultText
{
    public static string Describe(JudgedResult judged)
    {
        var result = judged.Result;
        var text = new StringBuilder();
        text.AppendLine($"{judged.Key}: {judged.Verdict}");
        if (judged.KnownFailureReason is { } reason)
        {
            text.AppendLine($"Known failure: {reason}");
        }

        if (judged.Verdict == Verdict.UnexpectedPass)
        {
            text.AppendLine("The case passes although it is listed as a known failure: remove it from the expectations file.");
        }

        text.AppendLine(result.Message);
        if (result.FirstDivergence is { } divergence)
        {
            text.AppendLine($"First divergence at {divergence.Where}");
            text.AppendLine($"  expected: {divergence.Expected}");
            text.AppendLine($"  actual:   {divergence.Actual}");
            if (divergence.Context is { } context)
            {
                text.AppendLine(context);
            }
        }

        text.Append(Describe(result.Measurements));
        return text.ToString();
    }

    public static string Describe(Measurements measurements)
    {
        var parts = new List<string>();
        if (measurements.Cycles is { } cycles)
        {
            parts.Add($"{cycles:N0} cycles");
        }

        if (measurements.Instructions is { } instructions)
        {
            parts.Add($"{instructions:N0} instructions");
        }

        parts.Add($"{measurements.Duration.TotalMilliseconds:0.#} ms");
        return "Measured: " + string.Join(", ", parts);
    }
}
