using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;

namespace Hawk.Harness.Tests.Support;

/// <summary>An adapter whose cases are named up front and whose run is whatever the test says.</summary>
internal sealed class FakeAdapter(string suiteId, IReadOnlyList<string> caseIds, Func<SuiteCase, CaseContext, CaseResult> run) : ISuiteAdapter
{
    public static FakeAdapter Passing(string suiteId, params string[] caseIds) =>
        new(suiteId, caseIds, (c, _) => CaseResult.Pass(c.Key, "ok", Measurements.None));

    public string SuiteId => suiteId;

    public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) =>
        caseIds.Select(id => new SuiteCase(suiteId, id, "data.txt")).ToList();

    public CaseResult Run(SuiteCase testCase, CaseContext context) => run(testCase, context);
}
