using Hawk.Harness.Results;
using Hawk.Harness.Suites;

namespace Hawk.Harness.Running;

/// <summary>
/// Connects one public suite to one machine: turns the suite's data into cases and runs a case on the machine.
/// Adapters live in conformance/; the harness never references a machine.
/// </summary>
public interface ISuiteAdapter
{
    /// <summary>The id of the suite manifest (conformance/suites/&lt;id&gt;/suite.yaml) this adapter serves.</summary>
    string SuiteId { get; }

    /// <summary>The cases of the suite, in a stable order. Cheap: no case is run here.</summary>
    IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data);

    /// <summary>Runs one case within <see cref="CaseContext.Budget"/>. Must not throw for bad machine behaviour.</summary>
    CaseResult Run(SuiteCase testCase, CaseContext context);
}

/// <summary>One case of a suite. <paramref name="Source"/> is the data file it comes from, relative to the suite data folder.</summary>
public sealed record SuiteCase(string SuiteId, string CaseId, string Source)
{
    public SuiteCaseKey Key => new(SuiteId, CaseId);

    public override string ToString() => CaseId;
}

/// <summary>Bounds for one case: emulated cycles (or instructions, for machines without cycles) and wall time.</summary>
public sealed record Budget(long Cycles, TimeSpan WallTime)
{
    public static Budget Default { get; } = new(500_000_000, TimeSpan.FromMinutes(2));
}

/// <summary>What a case run may use: its suite's data, its budget and a token that fires when wall time is up.</summary>
public sealed record CaseContext(SuiteData Data, Budget Budget, CancellationToken Cancellation);
