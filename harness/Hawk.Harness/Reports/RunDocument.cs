using Hawk.Harness.Expectations;
using Hawk.Harness.Results;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>reports/run.json: the dashboard's source of truth (schema "hawk-run/1").</summary>
public sealed record RunDocument(
    string Schema,
    string RunId,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    HostInfo Host,
    string? GitCommit,
    VerdictCounts Totals,
    IReadOnlyList<SuiteDocument> Suites,
    IReadOnlyList<CaseDocument> Cases,
    IReadOnlyList<StaleExpectationDocument> StaleExpectations)
{
    public const string CurrentSchema = "hawk-run/1";

    public static RunDocument From(RunReport report) => new(
        CurrentSchema,
        report.RunId,
        report.StartedUtc,
        report.FinishedUtc,
        report.Host,
        report.GitCommit,
        report.Totals,
        report.Suites.Select(SuiteDocument.From).ToList(),
        report.Results.Select(CaseDocument.From).ToList(),
        report.StaleExpectations.Select(StaleExpectationDocument.From).ToList());
}

public sealed record SuiteDocument(string SuiteId, string Machine, string Title, VerdictCounts Counts, double DurationSeconds, string? DataDirectory)
{
    public static SuiteDocument From(SuiteSummary suite) =>
        new(suite.SuiteId, suite.Machine, suite.Title, suite.Counts, suite.Duration.TotalSeconds, suite.DataDirectory);
}

/// <summary>One case; artefacts are files beside the report, named by their path relative to the reports folder.</summary>
public sealed record CaseDocument(
    string SuiteId,
    string CaseId,
    Verdict Verdict,
    Outcome Outcome,
    string Message,
    string? KnownFailureReason,
    Divergence? FirstDivergence,
    long? Cycles,
    long? Instructions,
    double DurationSeconds,
    IReadOnlyList<ArtefactDocument> Artefacts)
{
    public static CaseDocument From(JudgedResult judged)
    {
        var result = judged.Result;
        return new CaseDocument(
            result.SuiteId,
            result.CaseId,
            judged.Verdict,
            result.Outcome,
            result.Message,
            judged.KnownFailureReason,
            result.FirstDivergence,
            result.Measurements.Cycles,
            result.Measurements.Instructions,
            result.Measurements.Duration.TotalSeconds,
            result.Artefacts.Select(a => new ArtefactDocument(a.Name, a.MediaType, ArtefactFiles.RelativePath(judged.Key, a), a.Content.Length)).ToList());
    }
}

public sealed record ArtefactDocument(string Name, string MediaType, string Path, long Bytes);

public sealed record StaleExpectationDocument(string SuiteId, string CaseId, string Reason, string File, int Line)
{
    public static StaleExpectationDocument From(KnownFailure entry) =>
        new(entry.Case.SuiteId, entry.Case.CaseId, entry.Reason, entry.FilePath, entry.Line);
}
