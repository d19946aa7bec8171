using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Hawk.Containers.Runtime;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Cli;

/// <summary>
/// The runc-compatible command line, shared by the `hawker` executable and `hawk container`: create, start, state,
/// kill, delete, run, exec, list, spec, run-image, pause, resume, ps, events, update, with the global --root, --log and --log-format.
/// </summary>
public static class HawkerCli
{
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

        var create = new Command("create", "Create a container; its process waits until `start`.") { id, bundle, pidFile, consoleSocket };
        create.SetAction(p => globals.Guard(p, r => r.Create(new CreateOptions(p.GetRequiredValue(id), p.GetRequiredValue(bundle), p.GetValue(pidFile), p.GetValue(consoleSocket)))));

        var start = new Command("start", "Run the user process of a created container.") { id };
        start.SetAction(p => globals.Guard(p, r => r.Start(p.GetRequiredValue(id))));

        var state = new Command("state", "Print the container's state JSON.") { id };
        state.SetAction(p => globals.Guard(p, r => output.WriteLine(Encoding.UTF8.GetString(r.State(p.GetRequiredValue(id))))));

        var signal = new Argument<string>("signal") { Description = "Signal name or number.", DefaultValueFactory = _ => "SIGTERM" };
        var kill = new Command("kill", "Send a signal to the container's init.") { id, signal };
        kill.SetAction(p => globals.Guard(p, r => r.Kill(p.GetRequiredValue(id), Signals.Parse(p.GetRequiredValue(signal)))));

        var force = new Option<bool>("--force", "-f") { Description = "Kill the container first if it is not stopped." };
        var delete = new Command("delete", "Delete a stopped container and everything it holds.") { id, force };
        delete.SetAction(p => globals.Guard(p, r => r.Delete(p.GetRequiredValue(id), p.GetValue(force))));

        var detach = new Option<bool>("--detach", "-d") { Description = "Do not wait for the process." };
        var run = new Command("run", "create + start (+ wait and delete unless --detach).") { id, bundle, pidFile, consoleSocket, detach };
        run.SetAction(p => globals.Run(p, r => r.Run(new CreateOptions(p.GetRequiredValue(id), p.GetRequiredValue(bundle), p.GetValue(pidFile), p.GetValue(consoleSocket)), p.GetValue(detach))));

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

    /// <summary>The global options and the error handling every command shares.</summary>
    internal sealed record Globals(Option<string> Root, Option<string?> Log, Option<string> LogFormat, TextWriter Output, TextWriter Error)
    {
        public int Guard(ParseResult parse, Action<ContainerRuntime> action) => Run(parse, runtime =>
        {
            action(runtime);
            return 0;
        });

        /// <returns>The action's exit code, or 1 after reporting a user-caused error (never a stack trace).</returns>
        public int Run(ParseResult parse, Func<ContainerRuntime, int> action)
        {
            try
            {
                return action(new ContainerRuntime(new StateStore(parse.GetRequiredValue(Root)), Error));
            }
            catch (Exception e) when (e is ContainerException or ConfigException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                Report(parse, e.Message);
                return 1;
            }
        }

        private void Report(ParseResult parse, string message)
        {
            Error.WriteLine($"hawker: {message}");
            if (parse.GetValue(Log) is { } log)
            {
                var line = parse.GetValue(LogFormat) == "json"
                    ? $"{{\"level\":\"error\",\"msg\":{JsonSerializer.Serialize(message, SpecJsonContext.Default.String)},\"time\":\"{ContainerRecord.Timestamp(DateTimeOffset.UtcNow)}\"}}"
                    : $"time=\"{ContainerRecord.Timestamp(DateTimeOffset.UtcNow)}\" level=error msg=\"{message.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
                File.AppendAllText(log, line + "\n");
            }
        }
    }
}
