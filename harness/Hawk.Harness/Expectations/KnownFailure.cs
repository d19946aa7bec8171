using Hawk.Harness.Results;

namespace Hawk.Harness.Expectations;

/// <summary>One entry of conformance/expectations/&lt;machine&gt;.yaml; <paramref name="Line"/> locates it for stale-entry reports.</summary>
public sealed record KnownFailure(SuiteCaseKey Case, string Reason, string FilePath, int Line)
{
    public override string ToString() => $"{FilePath}:{Line}: {Case}";
}
