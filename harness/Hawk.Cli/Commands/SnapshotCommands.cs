using System.CommandLine;
using Hawk.Harness.Snapshots;

namespace Hawk.Cli.Commands;

/// <summary>`hawk snapshots accept [PATH]`: turns the received snapshots a test run left into the accepted ones.</summary>
internal static class SnapshotCommands
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string?>("PATH") { Description = "A received file or a folder to search (default: the repository).", Arity = ArgumentArity.ZeroOrOne };
        var accept = new Command("accept", "Rename every *.received.* snapshot under PATH to *.verified.* (bin/ and obj/ left out).") { path };
        accept.SetAction(parse => context.GuardAsync(() =>
        {
            var where = parse.GetValue(path) ?? context.Settings.RepositoryRoot.FullName;
            IReadOnlyList<string> accepted;
            try
            {
                accepted = SnapshotFiles.Accept(where);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.Configuration;
            }

            foreach (var file in accepted)
            {
                context.Out.WriteLine($"Accepted {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
            }

            context.Out.WriteLine(accepted.Count == 0 ? $"No received snapshots under {where}." : $"{accepted.Count} snapshot(s) accepted.");
            return ExitCodes.Success;
        }));
        return new Command("snapshots", "Verify-style regression snapshots (*.verified.* beside *.received.*).") { accept };
    }
}
