using System.Diagnostics;
using System.Text;
using Hawk.Harness.Results;
using Hawk.Harness.Suites;

namespace Hawk.Harness.Running;

/// <summary>
/// Runs one case the same way for the `hawk` command and for NUnit: under its wall-time budget, with adapter
/// exceptions turned into Errored results and the duration measured when the adapter does not.
/// </summary>
public static class CaseExecutor
{
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired (the whole run was cancelled).</exception>
    public static CaseResult Execute(ISuiteAdapter adapter, SuiteCase testCase, SuiteData data, CancellationToken cancellation = default)
    {
        var budget = data.Manifest.Budget;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(budget.WallTime);
        var stopwatch = Stopwatch.StartNew();
        CaseResult result;
        try
        {
            result = adapter.Run(testCase, new CaseContext(data, budget, timeout.Token));
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            result = OverBudget(testCase, budget, null);
        }
        catch (Exception e)
        {
            result = CaseResult.Error(testCase.Key, $"{e.GetType().FullName}: {e.Message}") with
            {
                Artefacts = [new Artefact("exception.txt", "text/plain", Encoding.UTF8.GetBytes(e.ToString()))],
            };
        }

        stopwatch.Stop();
        result = Checked(testCase, result, budget, timedOut: timeout.IsCancellationRequested && !cancellation.IsCancellationRequested);
        return result.Measurements.Duration == TimeSpan.Zero
            ? result with { Measurements = result.Measurements with { Duration = stopwatch.Elapsed } }
            : result;
    }

    private static CaseResult Checked(SuiteCase testCase, CaseResult result, Budget budget, bool timedOut)
    {
        if (result.SuiteId != testCase.SuiteId || result.CaseId != testCase.CaseId)
        {
            return CaseResult.Error(testCase.Key, $"The adapter returned a result for {result.SuiteId}/{result.CaseId} instead of {testCase.Key}.", result.Measurements);
        }

        // A pass that arrives after the budget ran out is not a pass within budget; failures keep their own, more precise message.
        return timedOut && result.Outcome is Outcome.Passed or Outcome.Skipped ? OverBudget(testCase, budget, result) : result;
    }

    private static CaseResult OverBudget(SuiteCase testCase, Budget budget, CaseResult? late) =>
        CaseResult.Error(testCase.Key, $"Exceeded the wall-time budget of {Describe(budget.WallTime)}.", late?.Measurements);

    private static string Describe(TimeSpan span) =>
        span.TotalSeconds < 1 ? $"{span.TotalMilliseconds:0} ms" : $"{span.TotalSeconds:0.###} s";
}
