using Hawk.Harness.Expectations;
using Hawk.Harness.Results;

namespace Hawk.Harness.Running;

/// <summary>Everything one conformance run produced: the reports' single source.</summary>
/// <param name="Results">Judged results ordered by suite id, then by the suite's case order.</param>
/// <param name="StaleExpectations">Known-failure entries naming cases that do not exist.</param>
public sealed record RunReport(
    string RunId,
    DateTimeOffset StartedUtc,
    DateTimeOffset FinishedUtc,
    HostInfo Host,
    string? GitCommit,
    IReadOnlyList<JudgedResult> Results,
    IReadOnlyList<SuiteSummary> Suites,
    IReadOnlyList<KnownFailure> StaleExpectations)
{
    public VerdictCounts Totals => VerdictCounts.Of(Results.Select(r => r.Verdict));

    /// <summary>Whether any case has a failing verdict; the run then fails.</summary>
    public bool HasFailures => Results.Any(r => r.IsFailure);

    public TimeSpan Elapsed => FinishedUtc - StartedUtc;
}

/// <summary>One suite's share of a run.</summary>
/// <param name="Duration">Sum of its cases' durations (cases run in parallel, so this exceeds wall time).</param>
/// <param name="DataDirectory">Where its data was found; null when missing.</param>
public sealed record SuiteSummary(string SuiteId, string Machine, string Title, VerdictCounts Counts, TimeSpan Duration, string? DataDirectory);

/// <summary>The computer a run happened on.</summary>
public sealed record HostInfo(string MachineName, string OperatingSystem, int ProcessorCount, string DotNetVersion)
{
    public static HostInfo Current() => new(
        Environment.MachineName,
        System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        Environment.ProcessorCount,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
}

/// <summary>How far a run has got.</summary>
public sealed record RunProgress(int Completed, int Total, SuiteCaseKey? Current, VerdictCounts Counts);
