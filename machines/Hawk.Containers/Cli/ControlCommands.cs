using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Hawk.Containers.Runtime;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Cli;

/// <summary>runc's commands for a live container's cgroup: pause, resume, ps, events and update.</summary>
internal static partial class ControlCommands
{
    public static IEnumerable<Command> All(HawkerCli.Globals globals, Argument<string> id) =>
        [Pause(globals, id), Resume(globals, id), Ps(globals, id), Events(globals, id), Update(globals, id)];

    private static Command Pause(HawkerCli.Globals globals, Argument<string> id)
    {
        var pause = new Command("pause", "Freeze every process of the container.") { id };
        pause.SetAction(p => globals.Guard(p, r => r.Pause(p.GetRequiredValue(id))));
        return pause;
    }

    private static Command Resume(HawkerCli.Globals globals, Argument<string> id)
    {
        var resume = new Command("resume", "Thaw a paused container.") { id };
        resume.SetAction(p => globals.Guard(p, r => r.Resume(p.GetRequiredValue(id))));
        return resume;
    }

    private static Command Ps(HawkerCli.Globals globals, Argument<string> id)
    {
        var format = new Option<string>("--format", "-f") { Description = "table or json (an array of pids).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var ps = new Command("ps", "List the container's processes (host pids).") { id, format };
        ps.SetAction(p => globals.Guard(p, r =>
        {
            var pids = r.Processes(p.GetRequiredValue(id));
            if (p.GetValue(format) == "json")
            {
                globals.Output.WriteLine("[" + string.Join(",", pids.Select(pid => pid.ToString(CultureInfo.InvariantCulture))) + "]");
                return;
            }

            globals.Output.WriteLine($"{"PID",-8} {"PPID",-8} {"STAT",-4} COMMAND");
            foreach (var pid in pids)
            {
                if (ProcessRow(pid) is { } row)
                {
                    globals.Output.WriteLine(row);
                }
            }
        }));
        return ps;
    }

    private static Command Events(HawkerCli.Globals globals, Argument<string> id)
    {
        var stats = new Option<bool>("--stats") { Description = "Print one statistics sample and exit." };
        var interval = new Option<string>("--interval") { Description = "Sampling interval without --stats (e.g. 500ms, 5s).", DefaultValueFactory = _ => "5s" };
        var events = new Command("events", "Print cgroup statistics (cpu, memory, pids) as JSON lines.") { id, stats, interval };
        events.SetAction(p => globals.Guard(p, r =>
        {
            var container = p.GetRequiredValue(id);
            if (p.GetValue(stats))
            {
                globals.Output.WriteLine(r.Stats(container).ToEventJson(container));
                return;
            }

            var period = Interval(p.GetRequiredValue(interval));
            while (r.Status(container) != ContainerStatus.Stopped)
            {
                globals.Output.WriteLine(r.Stats(container).ToEventJson(container));
                globals.Output.Flush();
                Thread.Sleep(period);
            }
        }));
        return events;
    }

    private static Command Update(HawkerCli.Globals globals, Argument<string> id)
    {
        var resources = new Option<string?>("--resources", "-r") { Description = "linux.resources JSON file ('-' = stdin); the other options are then ignored." };
        var memory = new Option<string?>("--memory") { Description = "Memory limit in bytes (k, m, g suffixes allowed)." };
        var swap = new Option<string?>("--memory-swap") { Description = "Memory + swap limit in bytes, -1 for unlimited." };
        var shares = new Option<ulong?>("--cpu-share") { Description = "CPU shares (relative weight)." };
        var period = new Option<ulong?>("--cpu-period") { Description = "CFS period in microseconds." };
        var quota = new Option<long?>("--cpu-quota") { Description = "CFS quota in microseconds per period, -1 for none." };
        var pids = new Option<long?>("--pids-limit") { Description = "Maximum number of processes, 0 or -1 for none." };
        var update = new Command("update", "Change the memory, cpu and pids limits of a container.") { id, resources, memory, swap, shares, period, quota, pids };
        update.SetAction(p => globals.Guard(p, r =>
        {
            var spec = p.GetValue(resources) is { } file
                ? ResourcesFile(file)
                : new ResourcesSpec(Bytes(p.GetValue(memory), "--memory"), Bytes(p.GetValue(swap), "--memory-swap"), p.GetValue(quota), p.GetValue(period), p.GetValue(shares), p.GetValue(pids));
            r.Update(p.GetRequiredValue(id), spec);
        }));
        return update;
    }

    private static ResourcesSpec ResourcesFile(string file)
    {
        var name = file == "-" ? "stdin" : file;
        try
        {
            return ConfigLoader.ParseResources(file == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(file), name);
        }
        catch (ConfigException e) when (!e.Message.StartsWith(name, StringComparison.Ordinal))
        {
            throw new ContainerException($"{name}: {e.Message}", e);
        }
    }

    /// <summary>"12345", "64m", "1g", "512KiB" (binary units, as runc reads them) or "-1".</summary>
    internal static long? Bytes(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var match = SizePattern().Match(text);
        if (!match.Success)
        {
            throw new ContainerException($"{option}: \"{text}\" is not a size (bytes, optionally with k, m, g or t)");
        }

        var number = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        int shift = match.Groups[2].Value.ToLowerInvariant() switch { "k" => 10, "m" => 20, "g" => 30, "t" => 40, _ => 0 };
        return number >= 0 && number > long.MaxValue >> shift
            ? throw new ContainerException($"{option}: \"{text}\" is too large")
            : number < 0 ? number : number << shift;
    }

    private static TimeSpan Interval(string text)
    {
        var match = IntervalPattern().Match(text);
        if (!match.Success)
        {
            throw new ContainerException($"--interval: \"{text}\" is not a duration like 500ms, 5s or 1m");
        }

        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "ms" => TimeSpan.FromMilliseconds(value), "m" => TimeSpan.FromMinutes(value), _ => TimeSpan.FromSeconds(value) };
    }

    /// <summary>PID, PPID, state and command line from /proc; null when the process went away meanwhile.</summary>
    private static string? ProcessRow(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var command = File.ReadAllText($"/proc/{pid}/cmdline").TrimEnd('\0').Replace('\0', ' ');
            if (command.Length == 0)
            {
                command = $"[{stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')]}]";
            }

            return $"{pid,-8} {fields[1],-8} {fields[0],-4} {command}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static byte[] ReadAll(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    [GeneratedRegex(@"^(-1|\d+)\s*([kmgtKMGT])?(?:i?[bB])?$")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(ms|s|m)$")]
    private static partial Regex IntervalPattern();
}
