using System.CommandLine;
using Hawk.Containers.Cli;

namespace Hawk.Cli.Commands;

/// <summary>`hawk container …`: Hawker's runc-compatible command line (the same commands as the `hawker` executable).</summary>
internal static class ContainerCommands
{
    public static Command Create(CliContext context)
    {
        var container = new Command("container", "Hawker, the OCI container runtime: create, start, state, kill, delete, run, exec, list, spec, run-image.");
        if (OperatingSystem.IsLinux())
        {
            HawkerCli.AddTo(container, context.Out, context.Error);
        }

        return container;
    }
}
