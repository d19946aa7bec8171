namespace Hawk.Harness.Results;

/// <summary>The first place where a machine's observation differs from the suite's expectation.</summary>
/// <param name="Where">Where it happened, e.g. "nestest.log line 1234" or "test 'a9 12 34' cycle 3".</param>
/// <param name="Expected">The expected value, as the suite states it.</param>
/// <param name="Actual">What the machine produced, in the same format.</param>
/// <param name="Context">Surroundings a person needs to act: field-by-field diff, disassembly, trace excerpt.</param>
public sealed record Divergence(string Where, string Expected, string Actual, string? Context = null);

/// <summary>Counters a run measured. Cycles and instructions are absent when a machine has no such notion.</summary>
public sealed record Measurements(long? Cycles, long? Instructions, TimeSpan Duration)
{
    public static Measurements None { get; } = new(null, null, TimeSpan.Zero);
}

/// <summary>A file a case produced for a person to look at: trace excerpt, PNG frame, serial log.</summary>
public sealed record Artefact(string Name, string MediaType, ReadOnlyMemory<byte> Content);

/// <summary>The result of running one case.</summary>
public sealed record CaseResult(
    string SuiteId,
    string CaseId,
    Outcome Outcome,
    string Message,
    Divergence? FirstDivergence,
    Measurements Measurements,
    IReadOnlyList<Artefact> Artefacts)
{
    public static CaseResult Pass(SuiteCaseKey key, string message, Measurements measurements) =>
        new(key.SuiteId, key.CaseId, Outcome.Passed, message, null, measurements, []);

    public static CaseResult Fail(SuiteCaseKey key, string message, Measurements measurements, Divergence? divergence = null, IReadOnlyList<Artefact>? artefacts = null) =>
        new(key.SuiteId, key.CaseId, Outcome.Failed, message, divergence, measurements, artefacts ?? []);

    public static CaseResult Error(SuiteCaseKey key, string message, Measurements? measurements = null) =>
        new(key.SuiteId, key.CaseId, Outcome.Errored, message, null, measurements ?? Measurements.None, []);

    public static CaseResult Skip(SuiteCaseKey key, string message) =>
        new(key.SuiteId, key.CaseId, Outcome.Skipped, message, null, Measurements.None, []);
}

/// <summary>Names one case of one suite.</summary>
public readonly record struct SuiteCaseKey(string SuiteId, string CaseId)
{
    public override string ToString() => $"{SuiteId}/{CaseId}";
}
