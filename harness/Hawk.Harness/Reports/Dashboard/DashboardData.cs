using Hawk.Harness.Reports.Comparison;
using Hawk.Harness.Results;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>What the dashboard pages show: the run in full, the runs before it, and what changed since the last one.</summary>
/// <param name="Previous">Earlier history entries, oldest first (the run itself excluded).</param>
/// <param name="Diff">Changes since the last earlier entry; null on the first run.</param>
/// <param name="Coverage">The coverage report beside the dashboard, when there is one.</param>
/// <param name="HistoryProblems">Lines of history.jsonl that could not be read.</param>
public sealed record DashboardData(RunDocument Run, IReadOnlyList<HistoryEntry> Previous, RunDiff? Diff, CoverageReport? Coverage, IReadOnlyList<string> HistoryProblems)
{
    /// <summary>How many runs the trend charts and the history table show.</summary>
    public const int TrendRuns = 30;

    public static DashboardData From(RunDocument run, History history, CoverageReport? coverage)
    {
        var previous = history.Entries.Where(h => h.RunId != run.RunId && h.StartedUtc <= run.StartedUtc).ToList();
        var diff = previous.Count == 0 ? null : RunDiff.Compare(CaseStatuses.Of(previous[^1]), CaseStatuses.Of(run));
        return new DashboardData(run, previous, diff, coverage, history.Problems);
    }

    public IEnumerable<string> Machines => Run.Suites.Select(s => s.Machine).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public IEnumerable<SuiteDocument> SuitesOf(string machine) => Run.Suites.Where(s => s.Machine == machine);

    public VerdictCounts CountsOf(string machine) => Counts.Sum(SuitesOf(machine).Select(s => s.Counts));

    /// <summary>The cases with a failing verdict, in run order.</summary>
    public IEnumerable<CaseDocument> Failing => Run.Cases.Where(c => c.Verdict.IsFailure());

    /// <summary>Pass rates of the last <see cref="TrendRuns"/> runs including this one, oldest first, for the suites <paramref name="include"/> selects.</summary>
    public IReadOnlyList<TrendPoint> Trend(Func<SuiteDocument, bool> include)
    {
        var points = Previous.TakeLast(TrendRuns - 1)
            .Select(h => new TrendPoint(h.RunId, h.StartedUtc, h.GitCommit, Counts.Sum(h.Suites.Where(include).Select(s => s.Counts))))
            .ToList();
        points.Add(new TrendPoint(Run.RunId, Run.StartedUtc, Run.GitCommit, Counts.Sum(Run.Suites.Where(include).Select(s => s.Counts))));
        return points.Where(p => PassRate.Of(p.Counts) is not null).ToList();
    }
}

public sealed record TrendPoint(string RunId, DateTimeOffset StartedUtc, string? GitCommit, VerdictCounts Counts);

public static class Counts
{
    public static VerdictCounts Sum(IEnumerable<VerdictCounts> counts) =>
        counts.Aggregate(VerdictCounts.Zero, (a, b) => new VerdictCounts(
            a.Passed + b.Passed, a.Failed + b.Failed, a.KnownFailure + b.KnownFailure,
            a.UnexpectedPass + b.UnexpectedPass, a.Skipped + b.Skipped, a.Errored + b.Errored));
}
