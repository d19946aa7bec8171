using Hawk.Harness.Expectations;
using Hawk.Harness.Results;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Running;

/// <summary>Runs the selected suites' cases in parallel, each under its budget, and judges them: the engine behind `hawk conformance run`.</summary>
public sealed class SuiteRunner(ConformanceSession session, IReadOnlyList<ISuiteAdapter> adapters)
{
    /// <exception cref="RunSelectionException">The selection names a suite without an adapter, or selects nothing.</exception>
    /// <exception cref="YamlFileException">A selected suite's manifest or its machine's expectations file is malformed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> fired.</exception>
    public RunReport Run(RunSelection selection, RunOptions? options = null, IProgress<RunProgress>? progress = null, CancellationToken cancellation = default)
    {
        options ??= RunOptions.Default;
        var started = DateTimeOffset.UtcNow;
        var selected = Select(selection);
        var suites = selected.Select(adapter => (Adapter: adapter, Suite: session.Prepare(adapter))).ToList();

        var work = suites.SelectMany(s => s.Suite.Problem is null
                ? s.Suite.Cases.Select(c => (s.Adapter, s.Suite, Case: c))
                : [(s.Adapter, s.Suite, Case: s.Suite.Placeholder)])
            .ToList();
        var results = new JudgedResult[work.Count];
        var tally = new ProgressTally(work.Count, progress);
        Parallel.For(0, work.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellation }, i =>
        {
            var (adapter, suite, testCase) = work[i];
            results[i] = suite.Data is { } data
                ? session.Run(adapter, data, testCase, cancellation)
                : session.Unavailable(suite);
            tally.Completed(results[i]);
        });

        return new RunReport(
            Guid.NewGuid().ToString("n"),
            started,
            DateTimeOffset.UtcNow,
            HostInfo.Current(),
            GitCommit.Head(session.Settings.RepositoryRoot),
            results,
            suites.Select(s => Summarise(s.Suite, results)).ToList(),
            StaleExpectations(suites.Select(s => s.Suite).ToList()));
    }

    private List<ISuiteAdapter> Select(RunSelection selection)
    {
        var unknown = selection.SuiteIds.Where(id => adapters.All(a => a.SuiteId != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new RunSelectionException(
                $"No adapter serves suite {string.Join(", ", unknown.Select(id => $"'{id}'"))}. Suites with adapters: {Describe(adapters.Select(a => a.SuiteId))}.");
        }

        var twice = adapters.GroupBy(a => a.SuiteId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new RunSelectionException($"Suite '{twice.Key}' has {twice.Count()} adapters; expected one.");
        }

        var selected = adapters
            .Where(a => selection.SuiteIds.Count == 0 || selection.SuiteIds.Contains(a.SuiteId, StringComparer.Ordinal))
            .Where(a => selection.Machine is null || session.Catalog.Get(a.SuiteId).Machine == selection.Machine)
            .OrderBy(a => a.SuiteId, StringComparer.Ordinal)
            .ToList();
        if (selected.Count == 0)
        {
            var machines = adapters.Select(a => session.Catalog.Find(a.SuiteId)?.Machine).OfType<string>();
            throw new RunSelectionException($"The selection matches no suite. Machines with adapters: {Describe(machines)}.");
        }

        // Broken manifests and expectations of the selection are configuration errors, reported before anything runs.
        foreach (var adapter in selected)
        {
            session.KnownFailuresFor(session.Catalog.Get(adapter.SuiteId).Machine);
        }

        return selected;
    }

    private static SuiteSummary Summarise(PreparedSuite suite, IReadOnlyList<JudgedResult> results)
    {
        var own = results.Where(r => r.Result.SuiteId == suite.SuiteId).ToList();
        return new SuiteSummary(
            suite.SuiteId,
            suite.Manifest?.Machine ?? "",
            suite.Manifest?.Title ?? "",
            VerdictCounts.Of(own.Select(r => r.Verdict)),
            TimeSpan.FromTicks(own.Sum(r => r.Result.Measurements.Duration.Ticks)),
            suite.Data?.Directory.FullName);
    }

    private List<KnownFailure> StaleExpectations(IReadOnlyList<PreparedSuite> suites)
    {
        var enumerated = suites.SelectMany(s => s.Cases.Select(c => c.Key)).ToList();
        var known = session.Catalog.Manifests.Select(m => m.Id).ToList();
        return suites.Select(s => s.Manifest?.Machine).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .SelectMany(machine => session.KnownFailuresFor(machine).StaleEntries(enumerated, known))
            .ToList();
    }

    private static string Describe(IEnumerable<string> names)
    {
        var list = names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? "(none)" : string.Join(", ", list);
    }
}
