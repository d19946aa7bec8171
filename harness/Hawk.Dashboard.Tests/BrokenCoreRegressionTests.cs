using Hawk.Cli;
using Hawk.Conformance.Mos6502;
using Hawk.Harness.Configuration;
using Hawk.Harness.NUnit;
using Hawk.Harness.Reports;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Mos6502;

namespace Hawk.Dashboard.Tests;

/// <summary>
/// A deliberately broken 6502 core: the SingleStepTests vectors (recorded on an NMOS 6502) run once on the NMOS
/// core and then on the 2A03 core, whose decimal flag does nothing. Decimal-mode ADC/SBC then fail, which must
/// show as regressions at the top of the dashboard and make `hawk report diff` exit 1.
/// </summary>
public sealed class BrokenCoreRegressionTests
{
    private static readonly string[] Opcodes = ["69", "e9", "a9", "ea", "f8"];
    private static readonly string[] DecimalSensitive = ["69", "e9"];

    [Test]
    public void A_flipped_decimal_flag_is_a_regression_on_the_dashboard_and_fails_report_diff()
    {
        var session = new ConformanceSession(HawkSettings.From(ProcessEnvironment.Instance));
        var manifest = session.Catalog.Get("6502-singlestep");
        new RequiredComponent("SUITES").Ensure(session.Locator.Locate(manifest).IsMissing ? "suite data '6502-singlestep' is not available (hawk suites fetch 6502-singlestep)" : null);
        var reports = Directory.CreateTempSubdirectory("hawk-broken-core-");
        try
        {
            var good = Run(session, CpuVariant.Nmos6502);
            ReportSet.Write(good, reports);
            var before = Path.Combine(reports.FullName, "before.json");
            File.Copy(Path.Combine(reports.FullName, JsonReportWriter.FileName), before);
            var broken = Run(session, CpuVariant.Ricoh2A03);
            ReportSet.Write(broken, reports);

            Assert.That(good.Results.Select(r => r.Verdict), Is.All.EqualTo(Verdict.Passed), "the real core passes the selected opcodes");
            Assert.That(broken.Results.Where(r => r.IsFailure).Select(r => r.Result.CaseId), Is.EquivalentTo(DecimalSensitive));

            var index = File.ReadAllText(Path.Combine(reports.FullName, "index.html"));
            var regressions = index.IndexOf("id=\"regressions\"", StringComparison.Ordinal);
            Assert.That(regressions, Is.GreaterThan(0).And.LessThan(index.IndexOf("id=\"totals\"", StringComparison.Ordinal)), "regressions come before the totals");
            Assert.That(index, Does.Contain("2 regressions since run"));
            Assert.That(index, Does.Contain("href=\"suites/6502-singlestep.html#case-69\"").And.Contain("href=\"suites/6502-singlestep.html#case-e9\""));
            var summary = File.ReadAllText(Path.Combine(reports.FullName, MarkdownSummaryWriter.FileName));
            Assert.That(summary, Does.Contain("2 regressions since run").And.Contain("`6502-singlestep/69` Passed → Failed"));

            var (exit, output) = Hawk("report", "diff", before, reports.FullName);
            Assert.That(exit, Is.EqualTo(ExitCodes.Failure), output);
            Assert.That(output, Does.Contain("Newly failing (regressions) (2):").And.Contain("6502-singlestep/69: Passed -> Failed").And.Contain("2 regressions."));

            var (same, sameOutput) = Hawk("report", "diff", before, before);
            Assert.That(same, Is.EqualTo(ExitCodes.Success), sameOutput);
            Assert.That(sameOutput, Does.Contain("No changes."));

            var (fixedExit, fixedOutput) = Hawk("report", "diff", reports.FullName, before);
            Assert.That(fixedExit, Is.EqualTo(ExitCodes.Success), "fixing is not a regression");
            Assert.That(fixedOutput, Does.Contain("Newly passing (2):"));
        }
        finally
        {
            reports.Delete(recursive: true);
        }
    }

    private static RunReport Run(ConformanceSession session, CpuVariant variant) =>
        new SuiteRunner(session, [new Subset(new SingleStepAdapter(variant), Opcodes)]).Run(RunSelection.All);

    private static (int Exit, string Output) Hawk(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = HawkApp.Run(args, [], output, error);
        return (exit, output.ToString() + error);
    }

    /// <summary>Only some cases of a suite, to keep the run short.</summary>
    private sealed class Subset(ISuiteAdapter inner, IReadOnlyCollection<string> caseIds) : ISuiteAdapter
    {
        public string SuiteId => inner.SuiteId;

        public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) => [.. inner.EnumerateCases(data).Where(c => caseIds.Contains(c.CaseId))];

        public CaseResult Run(SuiteCase testCase, CaseContext context) => inner.Run(testCase, context);
    }
}
