using System.CommandLine;
using System.Net;
using Hawk.Harness.Reports;
using Hawk.Harness.Reports.Comparison;
using Hawk.Harness.Reports.Dashboard;

namespace Hawk.Cli.Commands;

/// <summary>
/// `hawk report diff OLD NEW` (a CI gate on regressions), `hawk report build` (the dashboard again from run.json, e.g.
/// after a coverage report was added) and `hawk report serve` (the dashboard on 127.0.0.1).
/// </summary>
internal static class ReportCommands
{
    public static Command Create(CliContext context) =>
        new("report", "Conformance reports: compare runs, rebuild and serve the dashboard.") { Diff(context), Build(context), Serve(context) };

    private static Option<DirectoryInfo> FolderOption() => new("--dir") { Description = "Reports folder (default <repository>/reports)." };

    private static Command Build(CliContext context)
    {
        var folder = FolderOption();
        var build = new Command("build", "Rewrite summary.md and the HTML dashboard from run.json, history.jsonl and coverage/ in the reports folder.") { folder };
        build.SetAction(parse => context.GuardAsync(() =>
        {
            var root = parse.GetValue(folder) ?? context.Settings.DefaultReportsDirectory;
            RunDocument run;
            try
            {
                run = RunSource.Read(root.FullName);
            }
            catch (RunSourceException e)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.Configuration;
            }

            MarkdownSummaryWriter.Write(run, root);
            DashboardWriter.Write(run, root);
            context.Out.WriteLine($"Wrote {Path.Combine(root.FullName, DashboardWriter.FileName)} and {MarkdownSummaryWriter.FileName}");
            return ExitCodes.Success;
        }));
        return build;
    }

    private static Command Diff(CliContext context)
    {
        var before = new Argument<string>("OLD") { Description = "The earlier run: a run.json file or a reports folder." };
        var after = new Argument<string>("NEW") { Description = "The later run: a run.json file or a reports folder." };
        var diff = new Command("diff", "List newly failing, newly passing and changed cases; exit 1 when a case regressed.") { before, after };
        diff.SetAction(parse => context.GuardAsync(() =>
        {
            RunDiff result;
            try
            {
                result = RunDiff.Compare(CaseStatuses.Of(RunSource.Read(parse.GetRequiredValue(before))), CaseStatuses.Of(RunSource.Read(parse.GetRequiredValue(after))));
            }
            catch (RunSourceException e)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.Configuration;
            }

            context.Out.Write(RunDiffText.Describe(result));
            return result.HasRegressions ? ExitCodes.Failure : ExitCodes.Success;
        }));
        return diff;
    }

    private static Command Serve(CliContext context)
    {
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (default 8080).", DefaultValueFactory = _ => 8080 };
        var folder = FolderOption();
        var serve = new Command("serve", "Serve the reports folder on http://127.0.0.1:PORT/ until Ctrl+C.") { port, folder };
        serve.SetAction((parse, cancellation) => context.GuardAsync(async () =>
        {
            var root = parse.GetValue(folder) ?? context.Settings.DefaultReportsDirectory;
            if (!File.Exists(Path.Combine(root.FullName, "index.html")))
            {
                await context.Error.WriteLineAsync($"{root.FullName} has no index.html: run `hawk conformance run` first.").ConfigureAwait(false);
                return ExitCodes.Configuration;
            }

            ReportServer server;
            try
            {
                server = new ReportServer(root, parse.GetValue(port));
            }
            catch (HttpListenerException e)
            {
                await context.Error.WriteLineAsync($"Cannot listen on 127.0.0.1:{parse.GetValue(port)}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            using (server)
            {
                await context.Out.WriteLineAsync($"Serving {root.FullName} at {server.Address} (Ctrl+C to stop).").ConfigureAwait(false);
                await server.ServeAsync(cancellation).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        }));
        return serve;
    }
}
