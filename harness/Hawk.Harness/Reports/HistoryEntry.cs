using Hawk.Harness.Results;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>
/// One line of reports/history.jsonl (schema "hawk-history/1"): a run's counts and the cases that did not pass.
/// A case listed in a later run but absent from an earlier one (where its suite ran) is a regression.
/// </summary>
public sealed record HistoryEntry(
    string Schema,
    string RunId,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    string? GitCommit,
    string MachineName,
    VerdictCounts Totals,
    IReadOnlyList<SuiteDocument> Suites,
    IReadOnlyList<CaseVerdict> NotPassing)
{
    public const string CurrentSchema = "hawk-history/1";

    public static HistoryEntry From(RunReport report) => new(
        CurrentSchema,
        report.RunId,
        report.StartedUtc,
        report.FinishedUtc,
        report.GitCommit,
        report.Host.MachineName,
        report.Totals,
        report.Suites.Select(SuiteDocument.From).ToList(),
        report.Results.Where(r => r.Verdict != Verdict.Passed)
            .Select(r => new CaseVerdict(r.Result.SuiteId, r.Result.CaseId, r.Verdict))
            .ToList());
}

public sealed record CaseVerdict(string SuiteId, string CaseId, Verdict Verdict);
