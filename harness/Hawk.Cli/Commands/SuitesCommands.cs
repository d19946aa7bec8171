using System.CommandLine;
using Hawk.Cli.Output;
using Hawk.Harness.Suites;
using Spectre.Console;

namespace Hawk.Cli.Commands;

/// <summary>`hawk suites list|verify|fetch`: the public suites, their pinned data and where it is.</summary>
internal static class SuitesCommands
{
    public static Command Create(CliContext context)
    {
        var list = new Command("list", "List the suites: id, machine, title, files and where their data was found.");
        list.SetAction(_ => context.GuardAsync(() => List(context)));

        var ids = new Argument<string[]>("ID") { Arity = ArgumentArity.ZeroOrMore, Description = "Suites to verify (all when none)." };
        var verify = new Command("verify", "Check every data file's presence, size and sha256 against suite.yaml.") { ids };
        verify.SetAction(parse => context.GuardAsync(() => Verify(context, parse.GetValue(ids) ?? [])));

        return new Command("suites", "Public conformance suites and their data.") { list, verify, SuitesFetchCommand.Create(context) };
    }

    private static int List(CliContext context)
    {
        var table = new Table().AddColumns("Id", "Machine", "Title", "Files", "Data");
        foreach (var manifest in context.Session.Catalog.Manifests)
        {
            var location = context.Session.Locator.Locate(manifest);
            table.AddRow(
                new Text(manifest.Id),
                new Text(manifest.Machine),
                new Text(manifest.Title),
                new Text($"{manifest.Files.Count} ({Sizes.Describe(manifest.Files.Sum(f => f.Bytes))})"),
                new Text(location.Data?.Directory.FullName ?? "missing"));
        }

        context.Console.Write(table);
        return context.ReportBrokenManifests() ? ExitCodes.Configuration : ExitCodes.Success;
    }

    private static int Verify(CliContext context, string[] ids)
    {
        var manifests = ids.Length == 0 ? context.Session.Catalog.Manifests : ids.Select(context.Session.Catalog.Get).ToList();
        var failed = false;
        foreach (var manifest in manifests)
        {
            var location = context.Session.Locator.Locate(manifest);
            if (location.Data is not { } data)
            {
                context.Out.WriteLine($"{manifest.Id}: missing. {location.MissingMessage}");
                failed = true;
                continue;
            }

            var problems = SuiteVerifier.Verify(data);
            context.Out.WriteLine(problems.Count == 0
                ? $"{manifest.Id}: ok, {manifest.Files.Count} files in {data.Directory.FullName}"
                : $"{manifest.Id}: {problems.Count} of {manifest.Files.Count} files do not match, in {data.Directory.FullName}");
            foreach (var problem in problems)
            {
                context.Out.WriteLine($"  {problem}");
            }

            failed |= problems.Count > 0;
        }

        var broken = ids.Length == 0 && context.ReportBrokenManifests();
        return broken ? ExitCodes.Configuration : failed ? ExitCodes.Failure : ExitCodes.Success;
    }
}
