using System.CommandLine;
using System.Globalization;
using System.Text;
using Hawk.Containers.Runtime;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Cli;

/// <summary>
/// The runc-compatible command line, shared by the `hawker` executable and `hawk container`: create, start, state,
/// kill, delete, run, exec, list, spec, run-image, pause, resume, ps, events, update, with the global --root, --log and --log-format.
/// </summary>
public static class HawkerCli
{
    /// <summary>The `hawker` executable: plain lifecycle lines directly, everything else through System.CommandLine.</summary>
    public static int Invoke(string[] args, TextWriter output, TextWriter error) =>
        LifecycleLine.TryRead(args) is { } line ? line.Invoke(output, error) : CreateRoot(output, error).Parse(args).Invoke();

    public static RootCommand CreateRoot(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("hawker: an OCI container runtime (runc-compatible command line).");
        AddTo(root, output, error);
        return root;
    }

    /// <summary>Adds the global options (recursive) and every subcommand to <paramref name="parent"/>.</summary>
    public static void AddTo(Command parent, TextWriter output, TextWriter error)
    {
        var globals = new Globals(
            new Option<string>("--root") { Description = "State directory.", DefaultValueFactory = _ => StateStore.DefaultRoot, Recursive = true },
            new Option<string?>("--log") { Description = "Also write errors to this file.", Recursive = true },
            new Option<string>("--log-format") { Description = "text or json.", DefaultValueFactory = _ => "text", Recursive = true },
            output,
            error);
        parent.Options.Add(globals.Root);
        parent.Options.Add(globals.Log);
        parent.Options.Add(globals.LogFormat);

        var id = new Argument<string>("container-id") { Description = "The container's id." };
        var bundle = new Option<string>("--bundle", "-b") { Description = "Bundle directory (holds config.json).", DefaultValueFactory = _ => "." };
        var pidFile = new Option<string?>("--pid-file") { Description = "Write the container process's pid here." };
        var consoleSocket = new Option<string?>("--console-socket") { Description = "Unix socket receiving the pty master (process.terminal)." };

        var signal = new Argument<string>("signal") { Description = "Signal name or number.", DefaultValueFactory = _ => "SIGTERM" };
        var force = new Option<bool>("--force", "-f") { Description = "Kill the container first if it is not stopped." };
        var detach = new Option<bool>("--detach", "-d") { Description = "Do not wait for the process." };
        Command Lifecycle(string name, string description, params Symbol[] symbols)
        {
            var lifecycle = new Command(name, description) { id };
            foreach (var symbol in symbols)
            {
                if (symbol is Option option)
                {
                    lifecycle.Options.Add(option);
                }
                else
                {
                    lifecycle.Arguments.Add((Argument)symbol);
                }
            }

            lifecycle.SetAction(p => new LifecycleLine(name, p.GetRequiredValue(id), globals.Values(p))
            {
                Bundle = symbols.Contains(bundle) ? p.GetRequiredValue(bundle) : ".",
                PidFile = symbols.Contains(pidFile) ? p.GetValue(pidFile) : null,
                ConsoleSocket = symbols.Contains(consoleSocket) ? p.GetValue(consoleSocket) : null,
                Detach = symbols.Contains(detach) && p.GetValue(detach),
                Force = symbols.Contains(force) && p.GetValue(force),
                Signal = symbols.Contains(signal) ? p.GetRequiredValue(signal) : "SIGTERM",
            }.Invoke(output, error));
            return lifecycle;
        }

        var create = Lifecycle("create", "Create a container; its process waits until `start`.", bundle, pidFile, consoleSocket);
        var start = Lifecycle("start", "Run the user process of a created container.");
        var state = Lifecycle("state", "Print the container's state JSON.");
        var kill = Lifecycle("kill", "Send a signal to the container's init.", signal);
        var delete = Lifecycle("delete", "Delete a stopped container and everything it holds.", force);
        var run = Lifecycle("run", "create + start (+ wait and delete unless --detach).", bundle, pidFile, consoleSocket, detach);

        var command = new Argument<string[]>("command") { Description = "Program and arguments.", Arity = ArgumentArity.OneOrMore };
        var env = new Option<string[]>("--env", "-e") { Description = "NAME=VALUE to add.", AllowMultipleArgumentsPerToken = false };
        var cwd = new Option<string?>("--cwd") { Description = "Working directory in the container." };
        var tty = new Option<bool>("--tty", "-t") { Description = "Allocate a pty (needs --console-socket)." };
        var exec = new Command("exec", "Run another process in a running container.") { id, command, env, cwd, tty, detach, pidFile, consoleSocket };
        exec.SetAction(p => globals.Run(p, r => r.Exec(p.GetRequiredValue(id), new ExecOptions(p.GetRequiredValue(command), p.GetValue(env) ?? [], p.GetValue(cwd),
            p.GetValue(detach), p.GetValue(tty), p.GetValue(consoleSocket), p.GetValue(pidFile)))));

        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print ids only." };
        var list = new Command("list", "List containers under --root.") { format, quiet };
        list.SetAction(p => globals.Guard(p, r => List(r, output, p.GetRequiredValue(format), p.GetValue(quiet))));

        var specArgs = new Option<string[]>("--args") { Description = "process.args of the generated config (default: sh).", AllowMultipleArgumentsPerToken = true };
        var specCommand = new Command("spec", "Write a default config.json into the bundle directory.") { bundle, specArgs };
        specCommand.SetAction(p => globals.Guard(p, _ => WriteSpec(p.GetRequiredValue(bundle), p.GetValue(specArgs) is { Length: > 0 } a ? a : ["sh"])));

        foreach (var sub in new[] { create, start, state, kill, delete, run, exec, list, specCommand, ImageCommands.RunImage(globals) }.Concat(ControlCommands.All(globals, id)))
        {
            parent.Subcommands.Add(sub);
        }
    }

    private static void WriteSpec(string bundle, string[] args)
    {
        var path = Path.Combine(bundle, "config.json");
        if (File.Exists(path))
        {
            throw new ContainerException($"{path} already exists");
        }

        File.WriteAllText(path, DefaultSpec.Json(args));
    }

    private static void List(ContainerRuntime runtime, TextWriter output, string format, bool quiet)
    {
        var containers = runtime.List().OrderBy(c => c.Record.Id, StringComparer.Ordinal).ToArray();
        if (quiet)
        {
            foreach (var (record, _) in containers)
            {
                output.WriteLine(record.Id);
            }
        }
        else if (format == "json")
        {
            output.WriteLine("[" + string.Join(",", containers.Select(c => Encoding.UTF8.GetString(c.Record.SpecState(c.Status, indented: false)))) + "]");
        }
        else
        {
            output.WriteLine($"{"ID",-20} {"PID",-8} {"STATUS",-10} {"BUNDLE",-40} CREATED");
            foreach (var (record, status) in containers)
            {
                var pid = status == ContainerStatus.Stopped ? 0 : record.Pid;
                output.WriteLine($"{record.Id,-20} {pid,-8} {status.Name(),-10} {record.Bundle,-40} {ContainerRecord.Timestamp(record.Created)}");
            }
        }
    }

    /// <summary>The global options; their values and the error handling are <see cref="GlobalValues"/>.</summary>
    internal sealed record Globals(Option<string> Root, Option<string?> Log, Option<string> LogFormat, TextWriter Output, TextWriter Error)
    {
        public GlobalValues Values(ParseResult parse) => new(parse.GetRequiredValue(Root), parse.GetValue(Log), parse.GetRequiredValue(LogFormat));

        public int Guard(ParseResult parse, Action<ContainerRuntime> action) => Run(parse, runtime =>
        {
            action(runtime);
            return 0;
        });

        public int Run(ParseResult parse, Func<ContainerRuntime, int> action) => Values(parse).Run(Error, action);
    }
}
