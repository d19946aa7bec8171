using System.Globalization;
using Hawk.Harness.Results;

namespace Hawk.Harness.Reports;

/// <summary>
/// The share of judged cases the machine gets right: (passed + unexpectedly passed) / (all but skipped). Known
/// failures count against it: the list explains a failure, it does not make it a pass.
/// </summary>
public static class PassRate
{
    /// <summary>Between 0 and 1; null when nothing was judged.</summary>
    public static double? Of(VerdictCounts counts)
    {
        var judged = counts.Total - counts.Skipped;
        return judged == 0 ? null : (double)(counts.Passed + counts.UnexpectedPass) / judged;
    }

    /// <summary>"97.3%", "100%" (only when every judged case passed) or "n/a".</summary>
    public static string Format(VerdictCounts counts) => Format(Of(counts));

    public static string Format(double? rate) => rate switch
    {
        null => "n/a",
        1.0 => "100%",
        // Never round a failing run up to 100%.
        { } r => Math.Min(r * 100, 99.9).ToString("0.0", CultureInfo.InvariantCulture) + "%",
    };
}
