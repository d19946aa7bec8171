using Hawk.Harness.Suites;
using Spectre.Console;

namespace Hawk.Cli.Output;

/// <summary>Shows a fetch's progress: a byte progress bar on a terminal, a line per finished file otherwise.</summary>
internal static class FetchProgressDisplay
{
    public static Task<FetchSummary> RunAsync(CliContext context, SuiteManifest manifest, Func<IProgress<FetchProgress>, Task<FetchSummary>> fetch)
    {
        if (context.Interactive)
        {
            return context.Console.Progress().StartAsync(progress =>
            {
                var task = progress.AddTask(manifest.Id, maxValue: Math.Max(1, manifest.Files.Sum(f => f.Bytes)));
                return fetch(new SynchronousProgress<FetchProgress>(p =>
                {
                    task.Value = p.SuiteBytes;
                    task.Description = $"{manifest.Id}: {Markup.Escape(p.File)}";
                }));
            });
        }

        var finished = 0;
        return fetch(new SynchronousProgress<FetchProgress>(p =>
        {
            if (p.FileDone)
            {
                finished++;
                context.Out.WriteLine($"  [{finished}/{manifest.Files.Count}] {p.File} ({Sizes.Describe(p.FileTotal)})");
            }
        }));
    }
}
