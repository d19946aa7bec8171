using System.Globalization;
using System.Net;
using System.Text;

namespace Hawk.Harness.Reports.Dashboard;

/// <summary>Inline SVG line charts of pass rate over runs: a large one with axis labels and small sparklines for tables.</summary>
public static class TrendChart
{
    public static string Large(IReadOnlyList<TrendPoint> points) => Svg(points, 720, 180, labels: true);

    public static string Sparkline(IReadOnlyList<TrendPoint> points) => Svg(points, 100, 28, labels: false);

    private static string Svg(IReadOnlyList<TrendPoint> points, int width, int height, bool labels)
    {
        var left = labels ? 48 : 3;
        var right = 3;
        var top = labels ? 10 : 3;
        var bottom = labels ? 24 : 3;
        var rates = points.Select(p => PassRate.Of(p.Counts)!.Value).ToList();
        // Pass rates live near the top; start the axis a little under the lowest rate, in steps of 10%.
        var floor = rates.Count == 0 ? 0 : Math.Max(0, Math.Floor((rates.Min() - 0.02) * 10) / 10);
        double X(int i) => rates.Count == 1 ? left + ((width - left - right) / 2.0) : left + (i * (width - left - right) / (double)(rates.Count - 1));
        double Y(double rate) => top + ((1 - ((rate - floor) / (1 - floor))) * (height - top - bottom));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"pass rate over {rates.Count} runs\">");
        if (labels)
        {
            foreach (var tick in new[] { floor, (floor + 1) / 2, 1.0 })
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{width - right}\" y1=\"{Y(tick):0.#}\" y2=\"{Y(tick):0.#}\" stroke=\"#ddd\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{Y(tick) + 4:0.#}\" text-anchor=\"end\" font-size=\"11\" fill=\"#666\">{tick * 100:0.#}%</text>");
            }

            if (points.Count > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left}\" y=\"{height - 6}\" font-size=\"11\" fill=\"#666\">{points[0].StartedUtc:yyyy-MM-dd}</text>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - right}\" y=\"{height - 6}\" text-anchor=\"end\" font-size=\"11\" fill=\"#666\">{points[^1].StartedUtc:yyyy-MM-dd HH:mm}</text>");
            }
        }

        if (rates.Count > 1)
        {
            var line = string.Join(' ', rates.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(r):0.#}")));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"{(labels ? 2 : 1.5)}\" points=\"{line}\"/>");
        }

        for (var i = 0; i < rates.Count; i++)
        {
            var colour = points[i].Counts.Failures > 0 ? "#c53030" : "#2f855a";
            var tip = WebUtility.HtmlEncode($"{points[i].StartedUtc:yyyy-MM-dd HH:mm} {Short(points[i].GitCommit)}: {PassRate.Format(points[i].Counts)} ({points[i].Counts.Failures} failing)");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(i):0.#}\" cy=\"{Y(rates[i]):0.#}\" r=\"{(labels ? 3.5 : 2)}\" fill=\"{colour}\"><title>{tip}</title></circle>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A commit hash or generated run id cut to 8 characters; shorter names as they are.</summary>
    internal static string Short(string? id) => id is null ? "" : id.Length > 12 ? id[..8] : id;
}
