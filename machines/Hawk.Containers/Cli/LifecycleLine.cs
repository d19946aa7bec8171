using System.Text;
using Hawk.Containers.Runtime;

namespace Hawk.Containers.Cli;

/// <summary>
/// One lifecycle command (create, start, state, kill, delete, run) with its values, however it was read. The `hawker`
/// executable reads the plain form of these lines itself (<see cref="TryRead"/>): building System.CommandLine's
/// command tree costs more than a container's mounts, and container engines call these commands for every container.
/// Anything else (help, other commands, `--opt=value`, response files, mistakes) goes to System.CommandLine, so the
/// help and the parse errors stay its own.
/// </summary>
internal sealed record LifecycleLine(string Command, string Id, GlobalValues Globals)
{
    public string Bundle { get; init; } = ".";

    public string? PidFile { get; init; }

    public string? ConsoleSocket { get; init; }

    public bool Detach { get; init; }

    public bool Force { get; init; }

    public string Signal { get; init; } = "SIGTERM";

    public CreateOptions CreateOptions => new(Id, Bundle, PidFile, ConsoleSocket);

    public int Invoke(TextWriter output, TextWriter error) => Globals.Run(error, runtime =>
    {
        switch (Command)
        {
            case "create":
                runtime.Create(CreateOptions);
                return 0;
            case "start":
                runtime.Start(Id);
                return 0;
            case "state":
                output.WriteLine(Encoding.UTF8.GetString(runtime.State(Id)));
                return 0;
            case "kill":
                runtime.Kill(Id, Signals.Parse(Signal));
                return 0;
            case "delete":
                runtime.Delete(Id, Force);
                return 0;
            default:
                return runtime.Run(CreateOptions, Detach);
        }
    });

    /// <summary>The options each command takes besides the global ones (true: a flag, false: takes a value).</summary>
    private static readonly Dictionary<string, Dictionary<string, bool>> Options = new(StringComparer.Ordinal)
    {
        ["create"] = ValueOptions(),
        ["run"] = new(ValueOptions(), StringComparer.Ordinal) { ["--detach"] = true, ["-d"] = true },
        ["start"] = [],
        ["state"] = [],
        ["kill"] = [],
        ["delete"] = new(StringComparer.Ordinal) { ["--force"] = true, ["-f"] = true },
    };

    private static Dictionary<string, bool> ValueOptions() => new(StringComparer.Ordinal)
    {
        ["--bundle"] = false, ["-b"] = false, ["--pid-file"] = false, ["--console-socket"] = false,
    };

    private static readonly string[] GlobalOptions = ["--root", "--log", "--log-format"];

    /// <returns>The line, or null when it is not a plain, complete lifecycle command line.</returns>
    public static LifecycleLine? TryRead(IReadOnlyList<string> args)
    {
        string? command = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (int i = 0; i < args.Count; i++)
        {
            var token = args[i];
            if (token.Length == 0 || token[0] is '@' or '[')
            {
                return null;
            }

            if (token[0] != '-')
            {
                if (command is null)
                {
                    if (!Options.ContainsKey(token))
                    {
                        return null;
                    }

                    command = token;
                }
                else
                {
                    positional.Add(token);
                }

                continue;
            }

            bool global = GlobalOptions.Contains(token);
            bool flag = false;
            if (!global && (command is null || !Options[command].TryGetValue(token, out flag)))
            {
                return null;
            }

            var name = Canonical(token);
            if (values.ContainsKey(name))
            {
                return null;
            }

            if (flag)
            {
                values[name] = "";
            }
            else if (i + 1 < args.Count && args[i + 1] is { Length: > 0 } value && value[0] is not ('-' or '@'))
            {
                values[name] = value;
                i++;
            }
            else
            {
                return null;
            }
        }

        int maximum = command == "kill" ? 2 : 1;
        if (command is null || positional.Count < 1 || positional.Count > maximum)
        {
            return null;
        }

        string? Value(string name) => values.GetValueOrDefault(name);
        var globals = new GlobalValues(Value("--root") ?? StateStore.DefaultRoot, Value("--log"), Value("--log-format") ?? "text");
        return new LifecycleLine(command, positional[0], globals)
        {
            Bundle = Value("--bundle") ?? ".",
            PidFile = Value("--pid-file"),
            ConsoleSocket = Value("--console-socket"),
            Detach = values.ContainsKey("--detach"),
            Force = values.ContainsKey("--force"),
            Signal = positional.Count > 1 ? positional[1] : "SIGTERM",
        };
    }

    private static string Canonical(string option) => option switch
    {
        "-b" => "--bundle",
        "-d" => "--detach",
        "-f" => "--force",
        _ => option,
    };
}
