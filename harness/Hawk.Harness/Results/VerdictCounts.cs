namespace Hawk.Harness.Results;

/// <summary>How many cases got each verdict.</summary>
public sealed record VerdictCounts(int Passed, int Failed, int KnownFailure, int UnexpectedPass, int Skipped, int Errored)
{
    public static VerdictCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public int Total => Passed + Failed + KnownFailure + UnexpectedPass + Skipped + Errored;

    /// <summary>Cases with a failing verdict: failed, errored or unexpectedly passed.</summary>
    public int Failures => Failed + Errored + UnexpectedPass;

    public static VerdictCounts Of(IEnumerable<Verdict> verdicts)
    {
        var counts = new int[Enum.GetValues<Verdict>().Length];
        foreach (var verdict in verdicts)
        {
            counts[(int)verdict]++;
        }

        return FromArray(counts);
    }

    /// <summary>Counts indexed by <see cref="Verdict"/> value.</summary>
    public static VerdictCounts FromArray(IReadOnlyList<int> counts) =>
        new(counts[(int)Verdict.Passed], counts[(int)Verdict.Failed], counts[(int)Verdict.KnownFailure],
            counts[(int)Verdict.UnexpectedPass], counts[(int)Verdict.Skipped], counts[(int)Verdict.Errored]);
}
