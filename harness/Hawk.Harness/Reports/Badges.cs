using System.Net;
using Hawk.Harness.Results;

namespace Hawk.Harness.Reports;

/// <summary>Shields-style SVG badges ("label | 97.3%") coloured by the run's state, for READMEs and the dashboard.</summary>
public static class Badges
{
    public const string Folder = "badges";

    /// <summary>Green when nothing fails, amber when only known failures are left, red on any failing verdict, grey when nothing ran.</summary>
    public static string Colour(VerdictCounts counts) =>
        counts.Total - counts.Skipped == 0 ? "#9f9f9f"
        : counts.Failures > 0 ? "#e05d44"
        : counts.KnownFailure > 0 ? "#dfb317"
        : "#4c1";

    public static string Svg(string label, VerdictCounts counts) => Svg(label, PassRate.Format(counts), Colour(counts));

    public static string Svg(string label, string message, string colour)
    {
        // Verdana 11px averages about 6.5px per character; badges need not be typographically exact.
        var labelWidth = 10 + (int)Math.Ceiling(label.Length * 6.5);
        var messageWidth = 10 + (int)Math.Ceiling(message.Length * 6.5);
        var width = labelWidth + messageWidth;
        var l = WebUtility.HtmlEncode(label);
        var m = WebUtility.HtmlEncode(message);
        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="20" role="img" aria-label="{l}: {m}">
            <title>{l}: {m}</title>
            <rect width="{labelWidth}" height="20" fill="#555"/>
            <rect x="{labelWidth}" width="{messageWidth}" height="20" fill="{colour}"/>
            <g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
            <text x="{labelWidth / 2.0:0.#}" y="14">{l}</text>
            <text x="{labelWidth + messageWidth / 2.0:0.#}" y="14">{m}</text>
            </g>
            </svg>
            """;
    }

    /// <summary>The badge's path relative to the reports folder: badges/all.svg, badges/machine-&lt;id&gt;.svg, badges/suite-&lt;id&gt;.svg.</summary>
    public static string RelativePath(string kind, string? id = null) =>
        id is null ? $"{Folder}/{kind}.svg" : $"{Folder}/{kind}-{ArtefactFiles.SafeSegment(id)}.svg";
}
