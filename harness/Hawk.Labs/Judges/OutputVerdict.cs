using Hawk.Harness.Results;
using Hawk.Labs.Probe;

namespace Hawk.Labs.Judges;

/// <summary>What a program, guest or container is expected to do: its output, its exit status, and (guests) how it stopped.</summary>
internal sealed record ExpectedRun(string Output, int? ExitCode, string? Stop = null);

/// <summary>The verdict on one run judged by its output: equal output, exit status and stop, else the first line that differs.</summary>
internal static class OutputVerdict
{
    private const int ContextLines = 3;

    /// <param name="what">How the output is called in messages ("standard output", "serial console").</param>
    public static GroupVerdict Judge(string name, string what, ExpectedRun expected, ProbeObservation? observation)
    {
        if (PartJudges.Problem(observation) is { } problem)
        {
            var printed = observation?.Output is { Length: > 0 } before ? $"\n{what} until then:\n" + (before.Length <= 1500 ? before : "…\n" + before[^1500..]) : "";
            return new GroupVerdict(name, false, problem, new Divergence("the run", Describe(expected.ExitCode, expected.Stop), problem, Excerpt(what, expected.Output) + printed));
        }

        var actual = observation!;
        var output = actual.Output ?? "";
        if (output != expected.Output)
        {
            var expectedLines = expected.Output.Split('\n');
            var actualLines = output.Split('\n');
            int line = Enumerable.Range(0, Math.Min(expectedLines.Length, actualLines.Length)).FirstOrDefault(i => expectedLines[i] != actualLines[i], Math.Min(expectedLines.Length, actualLines.Length));
            string At(string[] lines) => line < lines.Length ? lines[line] : "(end of output)";
            return new GroupVerdict(name, false, $"{what} differs at line {line + 1}",
                new Divergence($"line {line + 1} of the {what}", At(expectedLines), At(actualLines),
                    $"expected lines {Math.Max(1, line + 1 - ContextLines)}..:\n{Window(expectedLines, line)}\nactual:\n{Window(actualLines, line)}\n" +
                    $"the run ended with {Describe(actual.ExitCode, actual.Stop)} (expected {Describe(expected.ExitCode, expected.Stop)})"));
        }

        if (actual.ExitCode != expected.ExitCode || (expected.Stop is not null && actual.Stop != expected.Stop))
        {
            return new GroupVerdict(name, false, "the output matches but the run ended differently",
                new Divergence("how the run ended", Describe(expected.ExitCode, expected.Stop), Describe(actual.ExitCode, actual.Stop)));
        }

        return new GroupVerdict(name, true, $"{what} and {Describe(expected.ExitCode, expected.Stop)} match");
    }

    private static string Describe(int? exitCode, string? stop) =>
        (stop is null ? "" : $"stop {stop}, ") + (exitCode is { } code ? $"exit status {code}" : "no exit status");

    private static string Window(string[] lines, int at) =>
        string.Join('\n', lines.Skip(Math.Max(0, at - ContextLines)).Take((2 * ContextLines) + 1));

    private static string Excerpt(string what, string text) =>
        $"expected {what}:\n" + (text.Length <= 1500 ? text : text[..1500] + "\n…");
}
