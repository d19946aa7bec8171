using System.Globalization;
using System.Text;

namespace Hawk.Harness.Reports.Comparison;

/// <summary>The plain-text account of a <see cref="RunDiff"/> that `hawk report diff` prints.</summary>
public static class RunDiffText
{
    public static string Describe(RunDiff diff)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Comparing run {diff.After.RunId} ({Time(diff.After)}) with run {diff.Before.RunId} ({Time(diff.Before)}).");
        Section(text, "Newly failing (regressions)", diff.NewlyFailing, withBefore: false);
        Section(text, "Newly failing, listed as known failures", diff.NewlyKnown, withBefore: false);
        Section(text, "Newly passing", diff.NewlyPassing, withBefore: false);
        Section(text, "Changed messages", diff.ChangedMessages, withBefore: true);
        text.AppendLine(diff.HasRegressions
            ? $"{diff.NewlyFailing.Count} regression{(diff.NewlyFailing.Count == 1 ? "" : "s")}."
            : diff.IsEmpty ? "No changes." : "No regressions.");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<CaseChange> changes, bool withBefore)
    {
        if (changes.Count == 0)
        {
            return;
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"{title} ({changes.Count}):");
        foreach (var change in changes)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {change.Key}: {change.Before.Verdict} -> {change.After.Verdict}");
            if (withBefore)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    before: {FirstLine(change.Before.Message)}");
            }

            if (change.After.Message is { Length: > 0 } message)
            {
                text.Append(withBefore ? "    after:  " : "    ").AppendLine(FirstLine(message));
            }
        }
    }

    private static string FirstLine(string? message) => message?.Split('\n', 2)[0].TrimEnd('\r') ?? "";

    private static string Time(CaseStatuses run) => run.StartedUtc.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
