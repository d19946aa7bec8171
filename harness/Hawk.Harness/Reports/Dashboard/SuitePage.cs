using System.Globalization;
using System.Text;
using Hawk.Harness.Results;
using static Hawk.Harness.Reports.Dashboard.Html;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>reports/suites/&lt;suite&gt;.html: every case of one suite, failing ones first, with message, divergence and artefacts.</summary>
internal static class SuitePage
{
    public static string Render(DashboardData data, SuiteDocument suite)
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"<h1>{E(suite.SuiteId)} <img alt=\"badge\" src=\"../{E(Badges.RelativePath("suite", suite.SuiteId))}\"></h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p>{E(suite.Title)} · machine <a href=\"../{E(MachinePath(suite.Machine))}\">{E(suite.Machine)}</a>");
        body.Append(CultureInfo.InvariantCulture, $" · {(suite.DataDirectory is { } dir ? $"data <code>{E(dir)}</code>" : "data not found")} · {Seconds(suite.DurationSeconds)} of case time</p>");
        body.Append(CultureInfo.InvariantCulture, $"<p>{RateBar(suite.Counts)} of {suite.Counts.Total} cases</p>");
        body.Append(CultureInfo.InvariantCulture, $"<div>{TrendChart.Large(data.Trend(s => s.SuiteId == suite.SuiteId))}</div>");
        body.Append("<h2>Cases</h2><table id=\"cases\"><tr><th>status</th><th>case</th><th>result</th><th>measured</th></tr>");
        foreach (var c in data.Run.Cases.Where(c => c.SuiteId == suite.SuiteId).OrderBy(c => Rank(c.Verdict)))
        {
            Row(body, c);
        }

        body.Append("</table>");
        return Page(suite.SuiteId, "../", data.Run, body.ToString());
    }

    /// <summary>Failing verdicts first, then known failures, skips and passes.</summary>
    private static int Rank(Verdict verdict) => verdict switch
    {
        Verdict.Failed or Verdict.Errored or Verdict.UnexpectedPass => 0,
        Verdict.KnownFailure => 1,
        Verdict.Skipped => 2,
        _ => 3,
    };

    private static void Row(StringBuilder body, CaseDocument c)
    {
        var failing = c.Verdict.IsFailure();
        body.Append(CultureInfo.InvariantCulture, $"<tr id=\"{E(CaseAnchor(c.CaseId))}\" data-verdict=\"{c.Verdict}\"{(failing ? " class=\"failing\"" : "")}>");
        body.Append(CultureInfo.InvariantCulture, $"<td>{Chip(c.Verdict)}</td><td><code>{E(c.CaseId)}</code></td><td><div class=\"msg\">{E(FirstLine(c.Message))}</div>");
        if (c.KnownFailureReason is { } reason)
        {
            body.Append(CultureInfo.InvariantCulture, $"<div class=\"muted\">known failure: {E(reason)}</div>");
        }

        Details(body, c, failing);
        body.Append(CultureInfo.InvariantCulture, $"</td><td class=\"num\">{Measured(c)}</td></tr>");
    }

    private static void Details(StringBuilder body, CaseDocument c, bool failing)
    {
        var rest = c.Message.Length > FirstLine(c.Message).Length ? c.Message : null;
        if (rest is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<details><summary>full message</summary><pre>{E(rest)}</pre></details>");
        }

        if (c.FirstDivergence is { } divergence)
        {
            body.Append(CultureInfo.InvariantCulture, $"<dl class=\"div\"><dt>first divergence</dt><dd>{E(divergence.Where)}</dd><dt>expected</dt><dd class=\"msg expected\">{E(divergence.Expected)}</dd><dt>actual</dt><dd class=\"msg actual\">{E(divergence.Actual)}</dd></dl>");
            if (divergence.Context is { } context)
            {
                body.Append(CultureInfo.InvariantCulture, $"<details{(failing ? " open" : "")}><summary>context</summary><pre>{E(context)}</pre></details>");
            }
        }

        if (c.Artefacts.Count == 0)
        {
            return;
        }

        body.Append("<div class=\"artefacts\">");
        foreach (var artefact in c.Artefacts)
        {
            var href = E("../" + artefact.Path);
            body.Append(CultureInfo.InvariantCulture, $"<a class=\"artefact\" href=\"{href}\" type=\"{E(artefact.MediaType)}\">{E(artefact.Name)}</a> <span class=\"muted\">{artefact.Bytes:N0} bytes</span> ");
            if (artefact.MediaType.StartsWith("image/", StringComparison.Ordinal))
            {
                body.Append(CultureInfo.InvariantCulture, $"<img src=\"{href}\" alt=\"{E(artefact.Name)}\" loading=\"lazy\">");
            }
        }

        body.Append("</div>");
    }

    private static string Measured(CaseDocument c)
    {
        var parts = new List<string>();
        if (c.Cycles is { } cycles)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{cycles:N0} cycles"));
        }

        if (c.Instructions is { } instructions)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{instructions:N0} instr."));
        }

        parts.Add(Seconds(c.DurationSeconds));
        return string.Join(" · ", parts);
    }
}
