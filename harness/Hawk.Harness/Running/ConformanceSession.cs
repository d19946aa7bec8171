using System.Collections.Concurrent;
using Hawk.Harness.Configuration;
using Hawk.Harness.Expectations;
using Hawk.Harness.Results;
using Hawk.Harness.Suites;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Running;

/// <summary>
/// The shared pieces of a conformance run: manifests, data lookup, verification, expectations. Prepared suites and
/// expectations are cached, so NUnit's discovery and its run of the same suites do the work once per process.
/// </summary>
public sealed class ConformanceSession
{
    private readonly ConcurrentDictionary<string, Lazy<PreparedSuite>> _prepared = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<KnownFailures>> _expectations = new(StringComparer.Ordinal);

    public ConformanceSession(HawkSettings settings)
    {
        Settings = settings;
        Catalog = SuiteCatalog.Load(settings.SuitesDirectory);
        Locator = new SuiteLocator(settings);
    }

    public HawkSettings Settings { get; }

    public SuiteCatalog Catalog { get; }

    public SuiteLocator Locator { get; }

    /// <summary>The known failures of <paramref name="machine"/>.</summary>
    /// <exception cref="ExpectationsException">conformance/expectations/&lt;machine&gt;.yaml is malformed.</exception>
    public KnownFailures KnownFailuresFor(string machine) =>
        _expectations.GetOrAdd(machine, m => new Lazy<KnownFailures>(() => KnownFailures.Load(Settings.ExpectationsDirectory, m))).Value;

    /// <summary>Locates and verifies the adapter's suite data and enumerates its cases; never throws for a broken suite.</summary>
    public PreparedSuite Prepare(ISuiteAdapter adapter) =>
        _prepared.GetOrAdd(adapter.SuiteId, _ => new Lazy<PreparedSuite>(() => PrepareNow(adapter))).Value;

    /// <summary>Runs one case of a ready suite and judges it against the machine's known failures.</summary>
    /// <exception cref="ExpectationsException">The machine's expectations file is malformed.</exception>
    public JudgedResult Run(ISuiteAdapter adapter, SuiteData data, SuiteCase testCase, CancellationToken cancellation = default)
    {
        var result = CaseExecutor.Execute(adapter, testCase, data, cancellation);
        return JudgedResult.Judge(result, KnownFailuresFor(data.Manifest.Machine).ReasonFor(testCase.Key));
    }

    /// <summary>The result standing in for all cases of a suite that cannot run.</summary>
    public JudgedResult Unavailable(PreparedSuite suite)
    {
        var problem = suite.Problem ?? throw new ArgumentException($"Suite '{suite.SuiteId}' is available.", nameof(suite));
        var key = suite.Placeholder.Key;
        var result = problem.Kind == UnavailableKind.Missing && !Locator.RequireSuites
            ? CaseResult.Skip(key, problem.Message)
            : CaseResult.Error(key, RequiredNote(problem) + problem.Message);
        return JudgedResult.Judge(result, null);
    }

    private static string RequiredNote(SuiteUnavailable problem) =>
        problem.Kind == UnavailableKind.Missing ? $"${EnvironmentVariables.RequireSuites} is set, so missing suite data is an error. " : "";

    private PreparedSuite PrepareNow(ISuiteAdapter adapter)
    {
        var id = adapter.SuiteId;
        SuiteManifest manifest;
        try
        {
            manifest = Catalog.Get(id);
            KnownFailuresFor(manifest.Machine);
        }
        catch (Exception e) when (e is YamlFileException or UnknownSuiteException)
        {
            return PreparedSuite.Unavailable(id, Catalog.Find(id), UnavailableKind.Broken, e.Message);
        }

        var location = Locator.Locate(manifest);
        if (location.Data is not { } data)
        {
            return PreparedSuite.Unavailable(id, manifest, UnavailableKind.Missing, location.MissingMessage);
        }

        var problems = SuiteVerifier.Verify(data);
        if (problems.Count > 0)
        {
            var lines = string.Join(Environment.NewLine, problems.Select(p => "  " + p));
            return PreparedSuite.Unavailable(id, manifest, UnavailableKind.Broken,
                $"Suite '{id}' data in {data.Directory.FullName} does not match {manifest.ManifestPath}:{Environment.NewLine}{lines}{Environment.NewLine}"
                + $"Run `hawk suites fetch {id}` to download a pinned copy.");
        }

        return Enumerate(adapter, data);
    }

    private static PreparedSuite Enumerate(ISuiteAdapter adapter, SuiteData data)
    {
        var id = adapter.SuiteId;
        IReadOnlyList<SuiteCase> cases;
        try
        {
            cases = adapter.EnumerateCases(data);
        }
        catch (Exception e)
        {
            return PreparedSuite.Unavailable(id, data.Manifest, UnavailableKind.Broken,
                $"{adapter.GetType().Name} could not enumerate the cases of '{id}': {e.GetType().FullName}: {e.Message}");
        }

        var problem = cases.Count == 0 ? $"{adapter.GetType().Name} enumerated no cases for '{id}'."
            : cases.FirstOrDefault(c => c.SuiteId != id) is { } stray ? $"{adapter.GetType().Name} enumerated case {stray.Key}, which is not of suite '{id}'."
            : cases.GroupBy(c => c.CaseId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice ? $"{adapter.GetType().Name} enumerated case '{twice.Key}' of '{id}' {twice.Count()} times."
            : null;
        return problem is null
            ? new PreparedSuite(id, data.Manifest, data, cases, null)
            : PreparedSuite.Unavailable(id, data.Manifest, UnavailableKind.Broken, problem);
    }
}
