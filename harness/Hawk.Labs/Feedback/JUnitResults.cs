using System.Globalization;
using System.Xml.Linq;
using Hawk.Labs.Grading;

namespace Hawk.Labs.Feedback;

/// <summary>JUnit XML: one test suite per graded part, one test case per group (opcode, bank selection, input).</summary>
public static class JUnitResults
{
    public const string FileName = "junit.xml";

    public static string Write(GradingReport report)
    {
        var suites = new XElement("testsuites",
            new XAttribute("name", $"hawk lab {report.Lab.Id}"),
            new XAttribute("tests", report.Parts.Sum(part => part.Groups.Count)),
            new XAttribute("failures", report.Parts.Sum(part => part.Groups.Count - part.PassedGroups)),
            new XAttribute("time", Seconds(report.Elapsed)));
        foreach (var part in report.Parts)
        {
            suites.Add(new XElement("testsuite",
                new XAttribute("name", $"{report.Lab.Id}.{part.Part.Id}"),
                new XAttribute("tests", part.Groups.Count),
                new XAttribute("failures", part.Groups.Count - part.PassedGroups),
                new XAttribute("time", Seconds(part.Elapsed)),
                new XElement("properties",
                    new XElement("property", new XAttribute("name", "score"), new XAttribute("value", part.Score.ToString(CultureInfo.InvariantCulture))),
                    new XElement("property", new XAttribute("name", "max_score"), new XAttribute("value", part.Part.Points))),
                part.Groups.Select(group => new XElement("testcase",
                    new XAttribute("classname", $"{report.Lab.Id}.{part.Part.Id}"),
                    new XAttribute("name", group.Name),
                    group.Passed ? null : new XElement("failure",
                        new XAttribute("message", group.Message),
                        group.Divergence is { } d ? $"{d.Where}\nexpected: {d.Expected}\nactual:   {d.Actual}\n{d.Context}" : group.Message)))));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), suites).ToString();
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
}
