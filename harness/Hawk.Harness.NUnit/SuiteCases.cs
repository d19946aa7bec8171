using Hawk.Harness.Configuration;
using Hawk.Harness.Reports;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using NUnit.Framework;

namespace Hawk.Harness.NUnit;

/// <summary>
/// Turns a suite adapter into NUnit test cases: `[TestCaseSource]` over <see cref="For(ISuiteAdapter)"/> and a test
/// body calling <see cref="Run(ISuiteAdapter, SuiteCase)"/>. Uses the same engine as `hawk conformance run`.
/// </summary>
public static class SuiteCases
{
    private static readonly Lazy<ConformanceSession> ProcessSession =
        new(() => new ConformanceSession(HawkSettings.From(ProcessEnvironment.Instance)));

    /// <summary>One test case per suite case, named by case id and categorised by suite id and machine.</summary>
    public static IEnumerable<TestCaseData> For(ISuiteAdapter adapter) => For(adapter, Session);

    /// <summary>Runs one case and asserts on its verdict (see <see cref="Run(ISuiteAdapter, SuiteCase, Func{ConformanceSession})"/>).</summary>
    public static void Run(ISuiteAdapter adapter, SuiteCase testCase) => Run(adapter, testCase, Session);

    /// <summary>
    /// As <see cref="For(ISuiteAdapter)"/> with an explicit session. A suite that cannot run yields a single
    /// placeholder case whose run ignores (data missing) or fails (broken manifest, data or adapter) with the reason.
    /// </summary>
    public static IEnumerable<TestCaseData> For(ISuiteAdapter adapter, Func<ConformanceSession> session)
    {
        PreparedSuite suite;
        try
        {
            suite = session().Prepare(adapter);
        }
        catch (Exception e) when (e is RepositoryRootNotFoundException or InvalidSettingException)
        {
            return [Case(new SuiteCase(adapter.SuiteId, PreparedSuite.PlaceholderCaseId, ""), machine: null)];
        }

        var machine = suite.Manifest?.Machine;
        return suite.Problem is null
            ? suite.Cases.Select(c => Case(c, machine)).ToList()
            : [Case(suite.Placeholder, machine)];
    }

    /// <summary>
    /// Runs <paramref name="testCase"/> under its suite's budget and known failures. Passed and known failures return
    /// (the latter noted on TestContext.Out); skips become Assert.Ignore; failed, errored and unexpectedly passing
    /// cases become Assert.Fail with the verdict, message, first divergence and measurements. Artefacts are attached.
    /// </summary>
    public static void Run(ISuiteAdapter adapter, SuiteCase testCase, Func<ConformanceSession> session)
    {
        if (testCase.SuiteId != adapter.SuiteId)
        {
            Assert.Fail($"Case {testCase.Key} was given to the adapter of suite '{adapter.SuiteId}'.");
        }

        var judged = Judge(adapter, testCase, session);
        Attach(judged);
        switch (judged.Verdict)
        {
            case Verdict.Passed:
                return;
            case Verdict.KnownFailure:
                TestContext.Out.WriteLine(ResultText.Describe(judged));
                return;
            case Verdict.Skipped:
                Assert.Ignore(judged.Result.Message);
                return;
            default:
                Assert.Fail(ResultText.Describe(judged));
                return;
        }
    }

    private static ConformanceSession Session() => ProcessSession.Value;

    private static JudgedResult Judge(ISuiteAdapter adapter, SuiteCase testCase, Func<ConformanceSession> session)
    {
        ConformanceSession current;
        try
        {
            current = session();
        }
        catch (Exception e) when (e is RepositoryRootNotFoundException or InvalidSettingException)
        {
            return JudgedResult.Judge(CaseResult.Error(testCase.Key, e.Message), null);
        }

        var suite = current.Prepare(adapter);
        return suite.Data is { } data && suite.Problem is null
            ? current.Run(adapter, data, testCase)
            : current.Unavailable(suite);
    }

    private static TestCaseData Case(SuiteCase testCase, string? machine)
    {
        var data = new TestCaseData(testCase).SetName(TestName(testCase.CaseId)).SetCategory(testCase.SuiteId);
        return machine is null ? data : data.SetCategory(machine);
    }

    /// <summary>NUnit and `dotnet test --filter` treat punctuation in names specially; keep letters, digits, '-' and '_'.</summary>
    public static string TestName(string caseId) =>
        new(caseId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    private static void Attach(JudgedResult judged)
    {
        var folder = new DirectoryInfo(Path.Combine(TestContext.CurrentContext.WorkDirectory, "hawk-case-artefacts"));
        var files = ArtefactFiles.Write(judged.Key, judged.Result.Artefacts, folder);
        foreach (var (file, artefact) in files.Zip(judged.Result.Artefacts))
        {
            TestContext.AddTestAttachment(file.FullName, $"{artefact.Name} ({artefact.MediaType})");
        }
    }
}
