namespace Hawk.Harness.Results;

/// <summary>A case's outcome judged against the known-failures list.</summary>
public enum Verdict
{
    Passed,
    Failed,
    /// <summary>Failed or errored, and listed as a known failure.</summary>
    KnownFailure,
    /// <summary>Passed although listed as a known failure: the list must shrink, so this fails the run.</summary>
    UnexpectedPass,
    Skipped,
    Errored,
}

public static class VerdictExtensions
{
    /// <summary>Whether this verdict fails a run.</summary>
    public static bool IsFailure(this Verdict verdict) =>
        verdict is Verdict.Failed or Verdict.Errored or Verdict.UnexpectedPass;
}

/// <summary>A case result with its verdict; <paramref name="KnownFailureReason"/> is set when the case is a listed known failure.</summary>
public sealed record JudgedResult(CaseResult Result, Verdict Verdict, string? KnownFailureReason)
{
    public SuiteCaseKey Key => new(Result.SuiteId, Result.CaseId);

    public bool IsFailure => Verdict.IsFailure();

    /// <summary>Applies the known-failure list: a listed case that fails is expected; one that passes is news.</summary>
    public static JudgedResult Judge(CaseResult result, string? knownFailureReason)
    {
        var verdict = (result.Outcome, known: knownFailureReason is not null) switch
        {
            (Outcome.Skipped, _) => Verdict.Skipped,
            (Outcome.Passed, true) => Verdict.UnexpectedPass,
            (Outcome.Passed, false) => Verdict.Passed,
            (_, true) => Verdict.KnownFailure,
            (Outcome.Failed, false) => Verdict.Failed,
            _ => Verdict.Errored,
        };
        return new JudgedResult(result, verdict, knownFailureReason);
    }
}
