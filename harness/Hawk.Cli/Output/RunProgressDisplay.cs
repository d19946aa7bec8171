using System.Diagnostics;
using Hawk.Harness.Running;
using Spectre.Console;

namespace Hawk.Cli.Output;

/// <summary>Shows a run's progress: a progress bar on a terminal, a plain line every few seconds otherwise (CI logs).</summary>
internal static class RunProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static RunReport Run(CliContext context, Func<IProgress<RunProgress>, RunReport> run) =>
        context.Interactive ? WithBar(context, run) : WithLines(context, run);

    private static RunReport WithBar(CliContext context, Func<IProgress<RunProgress>, RunReport> run) =>
        context.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("preparing suites", maxValue: 1);
                return run(new SynchronousProgress<RunProgress>(p =>
                {
                    task.MaxValue = p.Total;
                    task.Value = p.Completed;
                    task.Description = Markup.Escape(Line(p));
                }));
            });

    private static RunReport WithLines(CliContext context, Func<IProgress<RunProgress>, RunReport> run)
    {
        var sinceLast = Stopwatch.StartNew();
        var gate = new Lock();
        return run(new SynchronousProgress<RunProgress>(p =>
        {
            lock (gate)
            {
                if (p.Completed == p.Total || sinceLast.Elapsed >= PlainInterval)
                {
                    context.Out.WriteLine($"[{p.Completed}/{p.Total}] {Line(p)} (last: {p.Current})");
                    sinceLast.Restart();
                }
            }
        }));
    }

    private static string Line(RunProgress p)
    {
        var c = p.Counts;
        return $"{c.Passed} passed, {c.Failed} failed, {c.KnownFailure} known, {c.UnexpectedPass} unexpected pass, {c.Skipped} skipped, {c.Errored} errored";
    }
}
