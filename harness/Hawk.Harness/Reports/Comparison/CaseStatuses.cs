using Hawk.Harness.Results;

namespace Hawk.Harness.Reports.Comparison;

/// <summary>
/// The verdicts of one run, looked up by case. A full run.json lists every case; a history line lists only the cases
/// that did not pass, so there a case of a suite that ran and is not listed counts as passed.
/// </summary>
public sealed class CaseStatuses
{
    private readonly Dictionary<SuiteCaseKey, CaseStatus> _listed;
    private readonly HashSet<string> _suites;
    private readonly bool _unlistedPass;

    private CaseStatuses(string runId, DateTimeOffset startedUtc, IEnumerable<CaseStatus> listed, IEnumerable<string> suites, bool unlistedPass)
    {
        RunId = runId;
        StartedUtc = startedUtc;
        _listed = listed.ToDictionary(s => s.Key);
        _suites = new HashSet<string>(suites, StringComparer.Ordinal);
        _unlistedPass = unlistedPass;
    }

    public string RunId { get; }

    public DateTimeOffset StartedUtc { get; }

    /// <summary>The cases known by name, in run order.</summary>
    public IEnumerable<CaseStatus> Listed => _listed.Values;

    public static CaseStatuses Of(RunDocument run) => new(
        run.RunId,
        run.StartedUtc,
        run.Cases.Select(c => new CaseStatus(new SuiteCaseKey(c.SuiteId, c.CaseId), c.Verdict, c.Message)),
        run.Suites.Select(s => s.SuiteId),
        unlistedPass: false);

    public static CaseStatuses Of(HistoryEntry entry) => new(
        entry.RunId,
        entry.StartedUtc,
        entry.NotPassing.Select(c => new CaseStatus(new SuiteCaseKey(c.SuiteId, c.CaseId), c.Verdict, null)),
        entry.Suites.Select(s => s.SuiteId),
        unlistedPass: true);

    /// <summary>The case's status in this run; null when its suite did not run or (in a full run) the case did not exist.</summary>
    public CaseStatus? Find(SuiteCaseKey key) =>
        _listed.TryGetValue(key, out var status) ? status
        : _unlistedPass && _suites.Contains(key.SuiteId) ? new CaseStatus(key, Verdict.Passed, null)
        : null;
}

/// <param name="Message">The result message; null when the source (a history line) does not keep it.</param>
public sealed record CaseStatus(SuiteCaseKey Key, Verdict Verdict, string? Message)
{
    /// <summary>The machine did what the suite expects (whatever the known-failures list says).</summary>
    public bool Passes => Verdict is Verdict.Passed or Verdict.UnexpectedPass;

    /// <summary>The machine got the case wrong or could not run it (listed as a known failure or not).</summary>
    public bool Fails => Verdict is Verdict.Failed or Verdict.Errored or Verdict.KnownFailure;
}
