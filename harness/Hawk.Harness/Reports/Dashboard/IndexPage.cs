using System.Globalization;
using System.Text;
using Hawk.Harness.Reports.Comparison;
using static Hawk.Harness.Reports.Dashboard.Html;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>reports/index.html: what changed first (regressions), then the totals, failing cases, machines, suites and history.</summary>
internal static class IndexPage
{
    private const int FailingShown = 50;
    private const int ChangesShown = 20;
    private const int HistoryRows = 15;

    public static string Render(DashboardData data)
    {
        var run = data.Run;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>Conformance <img class=\"badge\" alt=\"badge\" src=\"{Badges.RelativePath("all")}\"></h1>");
        Changes(body, data);
        Totals(body, data);
        Failing(body, data);
        Machines(body, data);
        Suites(body, data);
        History(body, data);
        Stale(body, run);
        foreach (var problem in data.HistoryProblems)
        {
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"alert note history-problem\">Skipped a history line: {E(problem)}</div>");
        }

        return Page("Dashboard", "", run, body.ToString());
    }

    private static void Changes(StringBuilder body, DashboardData data)
    {
        if (data.Diff is not { } diff)
        {
            body.Append("<div class=\"alert note\" id=\"changes\">First run in the history: nothing to compare with yet.</div>");
            return;
        }

        var since = $"since run {E(TrendChart.Short(diff.Before.RunId))} of {diff.Before.StartedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";
        if (diff.HasRegressions)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"alert bad\" id=\"regressions\"><h2>{diff.NewlyFailing.Count} regression{(diff.NewlyFailing.Count == 1 ? "" : "s")} {since}</h2>");
            ChangeTable(body, diff.NewlyFailing);
            body.Append("</section>");
        }
        else
        {
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"alert good\" id=\"regressions\">No regressions {since}.</div>");
        }

        if (diff.NewlyPassing.Count > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"alert good\" id=\"fixed\"><h2>{diff.NewlyPassing.Count} newly passing</h2>");
            ChangeTable(body, diff.NewlyPassing);
            body.Append("</section>");
        }

        if (diff.NewlyKnown.Count > 0)
        {
            body.Append(CultureInfo.InvariantCulture, $"<section class=\"alert note\" id=\"newly-known\"><h2>{diff.NewlyKnown.Count} newly failing, listed as known failures</h2>");
            ChangeTable(body, diff.NewlyKnown);
            body.Append("</section>");
        }
    }

    private static void ChangeTable(StringBuilder body, IReadOnlyList<CaseChange> changes)
    {
        body.Append("<table><tr><th>case</th><th>before</th><th>now</th><th>message</th></tr>");
        foreach (var change in changes.Take(ChangesShown))
        {
            var key = change.Key;
            body.Append(CultureInfo.InvariantCulture, $"<tr><td><a class=\"case-link\" href=\"{E(CasePath(key.SuiteId, key.CaseId))}\">{E(key.ToString())}</a></td>");
            body.Append(CultureInfo.InvariantCulture, $"<td>{Chip(change.Before.Verdict)}</td><td>{Chip(change.After.Verdict)}</td><td class=\"msg\">{E(FirstLine(change.After.Message ?? ""))}</td></tr>");
        }

        body.Append("</table>");
        if (changes.Count > ChangesShown)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">and {changes.Count - ChangesShown} more: see the failing cases and suite pages below.</p>");
        }
    }

    private static void Totals(StringBuilder body, DashboardData data)
    {
        var totals = data.Run.Totals;
        body.Append("<h2>Totals</h2><div class=\"cards\" id=\"totals\">");
        Card(body, "pass-rate", PassRate.Format(totals), "pass rate", big: true);
        Card(body, "total", totals.Total.ToString(CultureInfo.InvariantCulture), "cases", big: true);
        Card(body, "passed", totals.Passed.ToString(CultureInfo.InvariantCulture), "passed");
        Card(body, "failed", totals.Failed.ToString(CultureInfo.InvariantCulture), "failed");
        Card(body, "errored", totals.Errored.ToString(CultureInfo.InvariantCulture), "errored");
        Card(body, "known-failure", totals.KnownFailure.ToString(CultureInfo.InvariantCulture), "known failures");
        Card(body, "unexpected-pass", totals.UnexpectedPass.ToString(CultureInfo.InvariantCulture), "unexpected passes");
        Card(body, "skipped", totals.Skipped.ToString(CultureInfo.InvariantCulture), "skipped");
        if (data.Coverage is { } coverage)
        {
            var value = coverage.LineCoverage is { } line ? string.Create(CultureInfo.InvariantCulture, $"{line:0.#}%") : "report";
            body.Append(CultureInfo.InvariantCulture, $"<a class=\"card\" id=\"coverage\" href=\"{E(coverage.IndexPath)}\"><span class=\"n\">{value}</span><span class=\"k\">line coverage</span></a>");
        }

        body.Append("</div>");
    }

    private static void Card(StringBuilder body, string id, string value, string label, bool big = false) =>
        body.Append(CultureInfo.InvariantCulture, $"<div class=\"card{(big ? " big" : "")}\" data-count=\"{id}\"><span class=\"n\">{E(value)}</span><span class=\"k\">{label}</span></div>");

    private static void Failing(StringBuilder body, DashboardData data)
    {
        var failing = data.Failing.ToList();
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"failing\">Failing now ({failing.Count})</h2>");
        FailingTable(body, failing, "");
    }

    /// <summary>The cases with a failing verdict, linked to their rows; <paramref name="root"/> leads from the page to the reports folder.</summary>
    public static void FailingTable(StringBuilder body, IReadOnlyList<CaseDocument> failing, string root)
    {
        if (failing.Count == 0)
        {
            body.Append("<p class=\"muted\">No case has a failing verdict.</p>");
            return;
        }

        body.Append("<table class=\"failing-cases\"><tr><th>status</th><th>case</th><th>message</th></tr>");
        foreach (var c in failing.Take(FailingShown))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr class=\"failing\"><td>{Chip(c.Verdict)}</td><td><a class=\"case-link\" href=\"{root}{E(CasePath(c.SuiteId, c.CaseId))}\">{E(c.SuiteId)}/{E(c.CaseId)}</a></td><td class=\"msg\">{E(FirstLine(c.Message))}</td></tr>");
        }

        body.Append("</table>");
        if (failing.Count > FailingShown)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">and {failing.Count - FailingShown} more on the suite pages.</p>");
        }
    }

    private static void Machines(StringBuilder body, DashboardData data)
    {
        body.Append(CultureInfo.InvariantCulture, $"<h2>Machines</h2><table id=\"machines\"><tr><th>machine</th><th>suites</th><th>pass rate</th>{CountHeaders}<th>trend</th><th>badge</th></tr>");
        foreach (var machine in data.Machines)
        {
            var counts = data.CountsOf(machine);
            var suites = data.SuitesOf(machine).ToList();
            body.Append(CultureInfo.InvariantCulture, $"<tr data-machine=\"{E(machine)}\"><td><a href=\"{E(MachinePath(machine))}\">{E(machine)}</a></td><td class=\"num\">{suites.Count}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"rated\">{RateBar(counts)}</td>{CountCells(counts)}<td>{TrendChart.Sparkline(data.Trend(s => s.Machine == machine))}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td><img alt=\"{E(machine)} badge\" src=\"{E(Badges.RelativePath("machine", machine))}\"></td></tr>");
        }

        body.Append("</table>");
    }

    private static void Suites(StringBuilder body, DashboardData data)
    {
        body.Append("<h2>Suites</h2>");
        SuitesTable(body, data, data.Run.Suites, "");
    }

    /// <summary>A row per suite, the ones with failures first.</summary>
    public static void SuitesTable(StringBuilder body, DashboardData data, IEnumerable<SuiteDocument> suites, string root)
    {
        body.Append(CultureInfo.InvariantCulture, $"<table id=\"suites\"><tr><th>suite</th><th>machine</th><th>pass rate</th>{CountHeaders}<th>trend</th><th>time</th></tr>");
        foreach (var suite in suites.OrderByDescending(s => s.Counts.Failures).ThenBy(s => s.SuiteId, StringComparer.Ordinal))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr data-suite=\"{E(suite.SuiteId)}\"><td><a href=\"{root}{E(SuitePath(suite.SuiteId))}\">{E(suite.SuiteId)}</a><span class=\"muted title\" title=\"{E(suite.Title)}\">{E(suite.Title)}</span></td><td>{E(suite.Machine)}</td>");
            body.Append(CultureInfo.InvariantCulture, $"<td class=\"rated\">{RateBar(suite.Counts)}</td>{CountCells(suite.Counts)}<td>{TrendChart.Sparkline(data.Trend(s => s.SuiteId == suite.SuiteId))}</td><td class=\"num\">{Seconds(suite.DurationSeconds)}</td></tr>");
        }

        body.Append("</table>");
    }

    private static void History(StringBuilder body, DashboardData data)
    {
        var trend = data.Trend(_ => true);
        body.Append(CultureInfo.InvariantCulture, $"<h2>History ({data.Previous.Count + 1} runs)</h2><div id=\"trend\">{TrendChart.Large(trend)}</div>");
        body.Append(CultureInfo.InvariantCulture, $"<table id=\"history\"><tr><th>started (UTC)</th><th>commit</th><th>host</th><th>pass rate</th>{CountHeaders}</tr>");
        var rows = data.Previous.TakeLast(HistoryRows - 1).Select(h => (h.StartedUtc, h.GitCommit, h.MachineName, h.Totals)).ToList();
        rows.Add((data.Run.StartedUtc, data.Run.GitCommit, data.Run.Host.MachineName, data.Run.Totals));
        foreach (var (started, commit, host, totals) in Enumerable.Reverse(rows))
        {
            body.Append(CultureInfo.InvariantCulture, $"<tr><td>{started.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td><td><code>{E(TrendChart.Short(commit))}</code></td><td>{E(host)}</td><td class=\"rated\">{RateBar(totals)}</td>{CountCells(totals)}</tr>");
        }

        body.Append("</table>");
    }

    private static void Stale(StringBuilder body, RunDocument run)
    {
        if (run.StaleExpectations.Count == 0)
        {
            return;
        }

        body.Append("<h2>Stale known-failure entries</h2><p>These entries name cases that do not exist; remove them:</p><ul>");
        foreach (var stale in run.StaleExpectations)
        {
            body.Append(CultureInfo.InvariantCulture, $"<li><code>{E(stale.File)}:{stale.Line}</code> {E(stale.SuiteId)}/{E(stale.CaseId)}: {E(stale.Reason)}</li>");
        }

        body.Append("</ul>");
    }
}
