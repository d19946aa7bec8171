using System.CommandLine;
using Hawk.Cli.Output;
using Hawk.Harness.Reports;
using Hawk.Harness.Running;

namespace Hawk.Cli.Commands;

/// <summary>`hawk conformance run`: run public suites against the machines and write reports.</summary>
internal static class ConformanceCommands
{
    public static Command Create(CliContext context)
    {
        var suites = new Option<string[]>("--suite") { Description = "A suite to run (repeatable; all suites with adapters when absent).", Arity = ArgumentArity.OneOrMore };
        var machine = new Option<string>("--machine") { Description = "Only suites of this machine (mos6502, nes, x86, ...)." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Reports folder (default <repository>/reports)." };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Cases run at once (default: processor count).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });

        var run = new Command("run", "Run the selected suites' cases, print a summary and write run.json, history.jsonl and junit.xml.")
        {
            suites, machine, output, parallel,
        };
        run.SetAction(parse => context.GuardAsync(() => Run(
            context,
            new RunSelection(parse.GetValue(suites) ?? [], parse.GetValue(machine)),
            new RunOptions(parse.GetValue(parallel)),
            parse.GetValue(output))));

        return new Command("conformance", "Public conformance suites run against Hawk's machines.") { run };
    }

    private static int Run(CliContext context, RunSelection selection, RunOptions options, DirectoryInfo? reportsDirectory)
    {
        if (context.ReportBrokenManifests())
        {
            return ExitCodes.Configuration;
        }

        var runner = new SuiteRunner(context.Session, context.Adapters);
        var report = RunProgressDisplay.Run(context, progress => runner.Run(selection, options, progress));
        var written = ReportSet.Write(report, reportsDirectory ?? context.Settings.DefaultReportsDirectory);
        RunSummaryView.Write(context, report, written);
        return report.HasFailures ? ExitCodes.Failure : ExitCodes.Success;
    }
}
