using Hawk.Harness.Results;

namespace Hawk.Harness.Reports.Comparison;

/// <summary>What changed between two runs, case by case.</summary>
/// <param name="NewlyFailing">Passed before, failed or errored now and not listed as a known failure: regressions.</param>
/// <param name="NewlyPassing">Failed before (known failure or not), passes now.</param>
/// <param name="ChangedMessages">Failing in both runs with a different message (only when both sources keep messages).</param>
/// <param name="NewlyKnown">Passed before, failing now but listed as a known failure: acknowledged, not a regression.</param>
public sealed record RunDiff(
    CaseStatuses Before,
    CaseStatuses After,
    IReadOnlyList<CaseChange> NewlyFailing,
    IReadOnlyList<CaseChange> NewlyPassing,
    IReadOnlyList<CaseChange> ChangedMessages,
    IReadOnlyList<CaseChange> NewlyKnown)
{
    public bool HasRegressions => NewlyFailing.Count > 0;

    public bool IsEmpty => NewlyFailing.Count + NewlyPassing.Count + ChangedMessages.Count + NewlyKnown.Count == 0;

    /// <summary>Compares every case of <paramref name="after"/> with the same case in <paramref name="before"/>; cases new in <paramref name="after"/> are not compared.</summary>
    public static RunDiff Compare(CaseStatuses before, CaseStatuses after)
    {
        var failing = new List<CaseChange>();
        var passing = new List<CaseChange>();
        var messages = new List<CaseChange>();
        var known = new List<CaseChange>();
        foreach (var now in after.Listed)
        {
            if (before.Find(now.Key) is not { } then)
            {
                continue;
            }

            var change = new CaseChange(now.Key, then, now);
            if (then.Passes && now.Fails)
            {
                (now.Verdict == Verdict.KnownFailure ? known : failing).Add(change);
            }
            else if (then.Fails && now.Passes)
            {
                passing.Add(change);
            }
            else if (then.Fails && now.Fails && then.Message is not null && now.Message is not null && then.Message != now.Message)
            {
                messages.Add(change);
            }
        }

        return new RunDiff(before, after, failing, passing, messages, known);
    }
}

public sealed record CaseChange(SuiteCaseKey Key, CaseStatus Before, CaseStatus After);
