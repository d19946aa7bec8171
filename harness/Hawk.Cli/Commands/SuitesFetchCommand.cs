using System.CommandLine;
using Hawk.Cli.Output;
using Hawk.Harness.Configuration;
using Hawk.Harness.Suites;

namespace Hawk.Cli.Commands;

/// <summary>`hawk suites fetch ID [--mirror URL]`: download a suite's pinned data into the suite cache.</summary>
internal static class SuitesFetchCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("ID") { Description = "The suite to fetch." };
        var mirror = new Option<string>("--mirror")
        {
            Description = $"Base URL of a mirror laid out like a suite root (<mirror>/<data>/<path>); default ${EnvironmentVariables.SuitesMirror}.",
        };
        var fetch = new Command("fetch", "Download a suite's data from its pinned upstream (or a mirror) and check every sha256.") { id, mirror };
        fetch.SetAction((parse, cancellation) => context.GuardAsync(() =>
            FetchAsync(context, parse.GetRequiredValue(id), parse.GetValue(mirror), cancellation)));
        return fetch;
    }

    private static async Task<int> FetchAsync(CliContext context, string id, string? mirrorOption, CancellationToken cancellation)
    {
        var manifest = context.Session.Catalog.Get(id);
        var mirror = HawkSettings.ParseMirror(mirrorOption) ?? context.Settings.Mirror;
        var target = context.Settings.FetchTarget;
        context.Out.WriteLine($"Fetching {manifest.Id} ({manifest.Files.Count} files, {Sizes.Describe(manifest.Files.Sum(f => f.Bytes))}) "
            + $"from {mirror?.ToString() ?? "its pinned upstream"} into {Path.Combine(target.FullName, manifest.DataFolder)}");

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("hawk-suites-fetch/1");
        try
        {
            var summary = await FetchProgressDisplay.RunAsync(context, manifest,
                progress => new SuiteFetcher(http).FetchAsync(manifest, target, mirror, progress, cancellation)).ConfigureAwait(false);
            context.Out.WriteLine($"{manifest.Id}: {summary.Downloaded} downloaded ({Sizes.Describe(summary.BytesDownloaded)}), "
                + $"{summary.AlreadyPresent} already present, all sha256 verified, in {summary.Directory.FullName}");
            return ExitCodes.Success;
        }
        catch (SuiteFetchException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
