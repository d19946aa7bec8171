namespace Hawk.Harness.Results;

/// <summary>What a machine did with one case, before expectations are applied.</summary>
public enum Outcome
{
    Passed,
    Failed,
    Skipped,
    /// <summary>The case could not be judged: bad data, a harness or machine exception, a blown budget.</summary>
    Errored,
}
