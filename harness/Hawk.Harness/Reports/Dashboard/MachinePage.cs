using System.Globalization;
using System.Text;
using static Hawk.Harness.Reports.Dashboard.Html;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>reports/machines/&lt;machine&gt;.html: one machine's suites, failing cases and trend.</summary>
internal static class MachinePage
{
    public static string Render(DashboardData data, string machine)
    {
        var counts = data.CountsOf(machine);
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>Machine {E(machine)} <img alt=\"badge\" src=\"../{E(Badges.RelativePath("machine", machine))}\"></h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p>{RateBar(counts)} of {counts.Total} cases in {data.SuitesOf(machine).Count()} suites.</p>");
        body.Append(CultureInfo.InvariantCulture, $"<div>{TrendChart.Large(data.Trend(s => s.Machine == machine))}</div>");
        body.Append("<h2>Suites</h2>");
        IndexPage.SuitesTable(body, data, data.SuitesOf(machine), "../");
        var suiteIds = data.SuitesOf(machine).Select(s => s.SuiteId).ToHashSet(StringComparer.Ordinal);
        var failing = data.Failing.Where(c => suiteIds.Contains(c.SuiteId)).ToList();
        body.Append(CultureInfo.InvariantCulture, $"<h2 id=\"failing\">Failing now ({failing.Count})</h2>");
        IndexPage.FailingTable(body, failing, "../");
        return Page(machine, "../", data.Run, body.ToString());
    }
}
