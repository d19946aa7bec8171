using System.CommandLine;
using Hawk.Cli.Commands;
using Hawk.Harness.Configuration;
using Hawk.Harness.Running;

namespace Hawk.Cli;

/// <summary>The `hawk` command, runnable in-process: Program.cs passes the shipped adapters and the console.</summary>
public static class HawkApp
{
    /// <param name="environment">Where settings come from; the process environment when null.</param>
    /// <returns>An exit code from <see cref="ExitCodes"/>.</returns>
    public static int Run(string[] args, IReadOnlyList<ISuiteAdapter> adapters, TextWriter output, TextWriter error, IHawkEnvironment? environment = null)
    {
        environment ??= ProcessEnvironment.Instance;
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && environment.Variable("CI") is null;
        var context = new CliContext(adapters, output, error, environment, interactive);
        var root = new RootCommand("Hawk: conformance and education test harness for virtual machines.")
        {
            SuitesCommands.Create(context),
            ConformanceCommands.Create(context),
            NesCommands.Create(context),
            VmCommands.Create(context),
            ReportCommands.Create(context),
            SnapshotCommands.Create(context),
            JavaCommands.Create(context),
            ContainerCommands.Create(context),
            LabCommands.Create(context),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine(parseError.Message);
            }

            error.WriteLine("Run `hawk --help` for usage.");
            return ExitCodes.Configuration;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
