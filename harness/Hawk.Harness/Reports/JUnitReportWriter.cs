using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Hawk.Harness.Results;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>
/// Writes reports/junit.xml: a testsuite per suite, a testcase per case (classname = suite id). Known failures are
/// passing testcases with a note; unexpected passes are failures, so CI sees exactly the failing verdicts.
/// </summary>
public sealed class JUnitReportWriter : IReportWriter
{
    public const string FileName = "junit.xml";

    public IReadOnlyList<FileInfo> Write(RunReport report, DirectoryInfo reportsDirectory)
    {
        var file = new FileInfo(Path.Combine(reportsDirectory.FullName, FileName));
        using var writer = XmlWriter.Create(file.FullName, new XmlWriterSettings { Indent = true, CheckCharacters = true });
        ToXml(report).Save(writer);
        return [file];
    }

    public static XDocument ToXml(RunReport report)
    {
        var totals = report.Totals;
        var root = new XElement("testsuites",
            new XAttribute("name", "hawk conformance"),
            CountAttributes(totals, report.Elapsed),
            new XAttribute("timestamp", report.StartedUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)));
        foreach (var suite in report.Suites)
        {
            root.Add(new XElement("testsuite",
                new XAttribute("name", suite.SuiteId),
                CountAttributes(suite.Counts, suite.Duration),
                report.Results.Where(r => r.Result.SuiteId == suite.SuiteId).Select(TestCase)));
        }

        return new XDocument(root);
    }

    private static IEnumerable<XAttribute> CountAttributes(VerdictCounts counts, TimeSpan time) =>
    [
        new("tests", counts.Total),
        new("failures", counts.Failed + counts.UnexpectedPass),
        new("errors", counts.Errored),
        new("skipped", counts.Skipped),
        new("time", Seconds(time)),
    ];

    private static XElement TestCase(JudgedResult judged)
    {
        var result = judged.Result;
        var element = new XElement("testcase",
            new XAttribute("classname", result.SuiteId),
            new XAttribute("name", result.CaseId),
            new XAttribute("time", Seconds(result.Measurements.Duration)));
        XElement? detail = judged.Verdict switch
        {
            Verdict.Failed or Verdict.UnexpectedPass => Problem("failure", judged),
            Verdict.Errored => Problem("error", judged),
            Verdict.Skipped => new XElement("skipped", new XAttribute("message", Clean(result.Message))),
            Verdict.KnownFailure => new XElement("system-out", Clean(ResultText.Describe(judged))),
            _ => null,
        };
        element.Add(detail);
        return element;
    }

    private static XElement Problem(string name, JudgedResult judged) =>
        new(name,
            new XAttribute("message", Clean(FirstLine(judged))),
            new XAttribute("type", judged.Verdict.ToString()),
            Clean(ResultText.Describe(judged)));

    private static string FirstLine(JudgedResult judged)
    {
        var message = judged.Verdict == Verdict.UnexpectedPass ? $"Unexpected pass (known failure: {judged.KnownFailureReason})" : judged.Result.Message;
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Machine output can hold characters XML 1.0 cannot carry; they become U+FFFD.</summary>
    private static string Clean(string text)
    {
        var clean = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i++, 2);
            }
            else
            {
                clean.Append('\uFFFD');
            }
        }

        return clean.ToString();
    }
}
