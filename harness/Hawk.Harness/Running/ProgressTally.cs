using Hawk.Harness.Results;

namespace Hawk.Harness.Running;

/// <summary>Counts verdicts as parallel cases complete and reports each completion.</summary>
internal sealed class ProgressTally(int total, IProgress<RunProgress>? progress)
{
    private readonly int[] _counts = new int[Enum.GetValues<Verdict>().Length];
    private readonly Lock _lock = new();
    private int _completed;

    public void Completed(JudgedResult result)
    {
        RunProgress snapshot;
        lock (_lock)
        {
            _counts[(int)result.Verdict]++;
            _completed++;
            snapshot = new RunProgress(_completed, total, result.Key, VerdictCounts.FromArray(_counts));
        }

        progress?.Report(snapshot);
    }
}
