using System.Xml.Linq;
using Hawk.Harness.Reports;
using Hawk.Harness.Reports.Dashboard;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class DashboardReportTests
{
    private TempRepository _repository = null!;

    [SetUp]
    public void CreateRepository() => _repository = new TempRepository();

    [TearDown]
    public void DeleteRepository() => _repository.Dispose();

    private string Read(string relativePath) => File.ReadAllText(Path.Combine(_repository.Reports.FullName, relativePath));

    /// <summary>The sample run a day later, with alpha/passes now failing and beta/boom fixed.</summary>
    private static RunReport Regressed()
    {
        var sample = ReportTests.Sample();
        var results = sample.Results.Select(r => r.Result.CaseId switch
        {
            "passes" => JudgedResult.Judge(CaseResult.Fail(r.Key, "now <broken> | badly", Measurements.None), null),
            "boom" => JudgedResult.Judge(CaseResult.Pass(r.Key, "fixed", Measurements.None), null),
            _ => r,
        }).ToList();
        return sample with { RunId = "run-2", StartedUtc = sample.StartedUtc.AddDays(1), FinishedUtc = sample.FinishedUtc.AddDays(1), Results = results };
    }

    [Test]
    public void The_dashboard_has_an_index_a_page_per_machine_and_suite_and_badges()
    {
        var written = ReportSet.Write(ReportTests.Sample(), _repository.Reports);

        var names = written.Select(f => Path.GetRelativePath(_repository.Reports.FullName, f.FullName).Replace('\\', '/')).ToList();
        Assert.That(names, Is.SupersetOf(new[]
        {
            "index.html", "summary.md", "machines/mos6502.html", "suites/alpha.html", "suites/beta.html",
            "badges/all.svg", "badges/machine-mos6502.svg", "badges/suite-alpha.svg", "badges/suite-beta.svg",
        }));
        var index = Read("index.html");
        Assert.That(index, Does.Contain("First run in the history"));
        Assert.That(index, Does.Contain("<a class=\"case-link\" href=\"suites/alpha.html#case-a%2Ffails\">alpha/a/fails</a>"));
        Assert.That(index, Does.Contain("data-count=\"failed\"><span class=\"n\">1</span>"));
        Assert.That(index, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Match("(src|href)=\"(https?:)?//"), "self-contained: no scripts, no stylesheets or images from elsewhere");
        var suite = Read("suites/alpha.html");
        Assert.That(suite, Does.Contain("<tr id=\"case-a/fails\" data-verdict=\"Failed\" class=\"failing\">"));
        Assert.That(suite, Does.Contain("<a class=\"artefact\" href=\"../artefacts/alpha/a_fails/trace.txt\" type=\"text/plain\">trace.txt</a>"));
        Assert.That(suite, Does.Contain("<dd class=\"msg expected\">A:01</dd>").And.Contain("C000 LDA #$01"));
        Assert.That(suite.IndexOf("case-a/fails", StringComparison.Ordinal), Is.LessThan(suite.IndexOf("id=\"case-passes\"", StringComparison.Ordinal)), "failing cases first");
    }

    [Test]
    public void Regressions_since_the_previous_run_lead_the_index_and_the_summary()
    {
        ReportSet.Write(ReportTests.Sample(), _repository.Reports);
        ReportSet.Write(Regressed(), _repository.Reports);

        var index = Read("index.html");
        var regressions = index.IndexOf("id=\"regressions\"", StringComparison.Ordinal);
        Assert.That(regressions, Is.GreaterThan(0).And.LessThan(index.IndexOf("id=\"totals\"", StringComparison.Ordinal)));
        Assert.That(index, Does.Contain("1 regression since run run-1 of 2025-01-02 03:04"));
        Assert.That(index, Does.Contain("now &lt;broken&gt; | badly"), "messages are HTML-escaped");
        Assert.That(index, Does.Contain("id=\"fixed\"><h2>1 newly passing</h2>").And.Contain("beta/boom"));
        Assert.That(index, Does.Contain("<h2>History (2 runs)</h2>"));
        var summary = Read("summary.md");
        Assert.That(summary, Does.Contain("### 🔻 1 regression since run `run-1`"));
        Assert.That(summary, Does.Contain("- `alpha/passes` Passed → Failed: now &lt;broken&gt; \\| badly"));
        Assert.That(summary, Does.Contain("### 🔺 1 newly passing"));
    }

    [Test]
    public void The_summary_has_totals_machines_suites_and_the_failing_cases()
    {
        ReportSet.Write(ReportTests.Sample(), _repository.Reports);

        var lines = Read("summary.md").Split('\n');
        Assert.That(lines[0], Is.EqualTo("## ❌ Hawk conformance: 40.0% (2 of 5 judged cases pass)"));
        Assert.That(lines, Does.Contain("| **all** | 40.0% | 1 | 1 | 1 | 1 | 1 | 1 | 6 |"));
        Assert.That(lines, Does.Contain("| **mos6502** | 40.0% | 1 | 1 | 1 | 1 | 1 | 1 | 6 |"));
        Assert.That(lines, Does.Contain("| &nbsp;&nbsp;alpha | 33.3% | 1 | 1 | 0 | 1 | 0 | 0 | 3 |"));
        Assert.That(lines, Does.Contain("### Failing (3)"));
        Assert.That(lines, Does.Contain("- `alpha/a/fails` Failed: A differs"));
        Assert.That(lines, Does.Contain("- `beta/fixed` UnexpectedPass: ok"));
        Assert.That(lines, Does.Contain("<details><summary>Known failures (1)</summary>"));
        Assert.That(lines, Does.Contain("- `alpha/known` known failure: not implemented"));
    }

    [Test]
    public void A_coverage_report_beside_the_dashboard_is_linked_with_its_line_coverage()
    {
        var coverage = Directory.CreateDirectory(Path.Combine(_repository.Reports.FullName, "coverage"));
        File.WriteAllText(Path.Combine(coverage.FullName, "index.html"), "<html></html>");
        File.WriteAllText(Path.Combine(coverage.FullName, "Summary.json"), """{"summary":{"linecoverage":81.5,"branchcoverage":70}}""");

        ReportSet.Write(ReportTests.Sample(), _repository.Reports);

        Assert.That(Read("index.html"), Does.Contain("<a class=\"card\" id=\"coverage\" href=\"coverage/index.html\"><span class=\"n\">81.5%</span>"));
        Assert.That(Read("summary.md"), Does.Contain("Coverage: [81.5% of lines](coverage/index.html)"));
        Assert.That(CoverageReport.Find(_repository.Reports), Is.EqualTo(new CoverageReport("coverage/index.html", 81.5, 70)));
    }

    [Test]
    public void Without_a_coverage_report_nothing_is_linked()
    {
        ReportSet.Write(ReportTests.Sample(), _repository.Reports);

        Assert.That(Read("index.html"), Does.Not.Contain("id=\"coverage\""));
        Assert.That(CoverageReport.Find(_repository.Reports), Is.Null);
    }

    [TestCase(1000, 0, 0, "100%")]
    [TestCase(9999, 1, 0, "99.9%")]
    [TestCase(2, 1, 0, "66.7%")]
    [TestCase(0, 0, 5, "n/a")]
    public void Pass_rate_never_rounds_a_failure_up_to_100_percent(int passed, int failed, int skipped, string expected) =>
        Assert.That(PassRate.Format(new VerdictCounts(passed, failed, 0, 0, skipped, 0)), Is.EqualTo(expected));

    [TestCase(5, 0, 0, "#4c1")]
    [TestCase(5, 0, 1, "#dfb317")]
    [TestCase(5, 1, 1, "#e05d44")]
    [TestCase(0, 0, 0, "#9f9f9f")]
    public void Badges_are_green_amber_red_or_grey(int passed, int failed, int known, string colour)
    {
        var counts = new VerdictCounts(passed, failed, known, 0, 0, 0);
        var svg = XDocument.Parse(Badges.Svg("nes", counts));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.That(svg.Root!.Attribute("aria-label")!.Value, Is.EqualTo($"nes: {PassRate.Format(counts)}"));
        Assert.That(svg.Descendants(ns + "rect").Last().Attribute("fill")!.Value, Is.EqualTo(colour));
        Assert.That(svg.Descendants(ns + "text").Select(t => t.Value), Is.EqualTo(new[] { "nes", PassRate.Format(counts) }));
    }

    [Test]
    public void Trend_charts_plot_a_point_per_run_and_are_well_formed_svg()
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        TrendPoint[] points =
        [
            new("a", start, "c1", new VerdictCounts(9, 1, 0, 0, 0, 0)),
            new("b", start.AddDays(1), "c2", new VerdictCounts(10, 0, 0, 0, 0, 0)),
            new("c", start.AddDays(2), null, new VerdictCounts(8, 2, 0, 0, 0, 0)),
        ];
        XNamespace ns = "http://www.w3.org/2000/svg";

        var large = XDocument.Parse(TrendChart.Large(points));
        var spark = XDocument.Parse(TrendChart.Sparkline(points));

        var circles = large.Descendants(ns + "circle").ToList();
        Assert.That(circles, Has.Count.EqualTo(3));
        Assert.That(circles.Select(c => c.Attribute("fill")!.Value), Is.EqualTo(new[] { "#c53030", "#2f855a", "#c53030" }));
        var heights = circles.Select(c => double.Parse(c.Attribute("cy")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(heights[1], Is.LessThan(heights[0]), "100% is drawn above 90%");
        Assert.That(heights[2], Is.GreaterThan(heights[0]), "80% is drawn below 90%");
        Assert.That(circles[0].Element(ns + "title")!.Value, Is.EqualTo("2026-01-01 00:00 c1: 90.0% (1 failing)"));
        Assert.That(spark.Descendants(ns + "circle").Count(), Is.EqualTo(3));
        Assert.That(spark.Descendants(ns + "text"), Is.Empty, "sparklines carry no labels");
    }

    [Test]
    public void The_dashboard_keeps_earlier_runs_in_its_trend_and_history()
    {
        var sample = ReportTests.Sample();
        for (var day = 0; day < 3; day++)
        {
            ReportSet.Write(sample with { RunId = $"run-{day}", StartedUtc = sample.StartedUtc.AddDays(day) }, _repository.Reports);
        }

        var data = DashboardData.From(ReportJson.ReadRun(new FileInfo(Path.Combine(_repository.Reports.FullName, "run.json"))), History.Read(_repository.Reports), null);

        Assert.That(data.Previous.Select(p => p.RunId), Is.EqualTo(new[] { "run-0", "run-1" }));
        Assert.That(data.Trend(_ => true).Select(p => p.RunId), Is.EqualTo(new[] { "run-0", "run-1", "run-2" }));
        Assert.That(data.Trend(s => s.SuiteId == "beta").Select(p => p.Counts.Total), Is.EqualTo(new[] { 3, 3, 3 }));
        Assert.That(data.Diff!.IsEmpty, Is.True);
    }

    [Test]
    public void A_damaged_history_line_is_shown_and_skipped_not_fatal()
    {
        ReportSet.Write(ReportTests.Sample(), _repository.Reports);
        File.AppendAllText(Path.Combine(_repository.Reports.FullName, "history.jsonl"), "{\"schema\":\"hawk-history/1\",\"runId\n{\"schema\":\"other/9\"}\n");

        ReportSet.Write(Regressed(), _repository.Reports);

        var history = History.Read(_repository.Reports);
        Assert.That(history.Entries.Select(e => e.RunId), Is.EqualTo(new[] { "run-1", "run-2" }));
        Assert.That(history.Problems, Has.Count.EqualTo(2));
        Assert.That(history.Problems[0], Does.StartWith("history.jsonl line 2: "));
        Assert.That(history.Problems[1], Is.EqualTo("history.jsonl line 3: not a hawk-history/1 entry"));
        var index = Read("index.html");
        Assert.That(index, Does.Contain("Skipped a history line: history.jsonl line 3: not a hawk-history/1 entry"));
        Assert.That(index, Does.Contain("1 regression since run run-1"), "the readable runs still count");
    }

    [Test]
    public void A_long_list_of_regressions_is_cut_at_twenty_with_a_pointer_to_the_rest()
    {
        var sample = ReportTests.Sample();
        JudgedResult Case(int i, bool pass) => JudgedResult.Judge(pass
            ? CaseResult.Pass(new("alpha", $"c{i:00}"), "ok", Measurements.None)
            : CaseResult.Fail(new("alpha", $"c{i:00}"), "broken", Measurements.None), null);
        ReportSet.Write(sample with { Results = [.. Enumerable.Range(0, 25).Select(i => Case(i, pass: true))] }, _repository.Reports);

        ReportSet.Write(sample with { RunId = "run-2", StartedUtc = sample.StartedUtc.AddHours(1), Results = [.. Enumerable.Range(0, 25).Select(i => Case(i, pass: false))] }, _repository.Reports);

        var index = Read("index.html");
        var regressions = index[index.IndexOf("id=\"regressions\"", StringComparison.Ordinal)..index.IndexOf("id=\"totals\"", StringComparison.Ordinal)];
        Assert.That(regressions, Does.Contain("25 regressions since run run-1"));
        Assert.That(System.Text.RegularExpressions.Regex.Count(regressions, "class=\"case-link\""), Is.EqualTo(20));
        Assert.That(regressions, Does.Contain("and 5 more: see the failing cases and suite pages below."));
    }
}
