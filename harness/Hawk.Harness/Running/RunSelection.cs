namespace Hawk.Harness.Running;

/// <summary>Which suites a run covers: the listed ids (all when empty), further limited to one machine when given.</summary>
public sealed record RunSelection(IReadOnlyList<string> SuiteIds, string? Machine)
{
    public static RunSelection All { get; } = new([], null);
}

/// <summary>How a run executes.</summary>
public sealed record RunOptions(int MaxDegreeOfParallelism)
{
    public static RunOptions Default => new(Environment.ProcessorCount);
}

/// <summary>A run's selection names a suite no adapter serves, or selects nothing.</summary>
public sealed class RunSelectionException(string message) : Exception(message);
