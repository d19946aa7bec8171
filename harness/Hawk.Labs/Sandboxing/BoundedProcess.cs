using System.Diagnostics;
using System.Text;

namespace Hawk.Labs.Sandboxing;

/// <summary>How a bounded process ended: its exit code (null when killed at the time limit) and what it printed, capped.</summary>
public sealed record ProcessOutcome(int? ExitCode, bool TimedOut, string StandardOutput, string StandardError, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>Runs a program to completion or until a time limit, then kills its whole process tree. Output beyond a cap is dropped.</summary>
public static class BoundedProcess
{
    /// <param name="maxOutputChars">Characters kept of each stream; a program printing without end cannot exhaust the grader.</param>
    public static async Task<ProcessOutcome> RunAsync(
        ProcessStartInfo start, string? standardInput, TimeSpan timeLimit, int maxOutputChars, CancellationToken cancellation = default)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = ReadCappedAsync(process.StandardOutput, maxOutputChars);
        var stderr = ReadCappedAsync(process.StandardError, maxOutputChars);
        var feed = FeedAsync(process.StandardInput, standardInput);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(timeLimit);
        bool timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        await feed.ConfigureAwait(false);
        var output = await stdout.ConfigureAwait(false);
        var error = await stderr.ConfigureAwait(false);
        return new ProcessOutcome(timedOut ? null : process.ExitCode, timedOut, output, error, stopwatch.Elapsed);
    }

    private static async Task FeedAsync(StreamWriter input, string? text)
    {
        try
        {
            if (text is not null)
            {
                await input.WriteAsync(text).ConfigureAwait(false);
            }

            input.Close();
        }
        catch (IOException)
        {
            // The program exited (or closed its input) before reading everything: its observations tell the rest.
        }
    }

    private static async Task<string> ReadCappedAsync(StreamReader reader, int maxChars)
    {
        var kept = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            kept.Append(buffer, 0, Math.Min(read, Math.Max(0, maxChars - kept.Length)));
        }

        return kept.ToString();
    }
}
