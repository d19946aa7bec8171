using System.Globalization;
using System.Text.RegularExpressions;

namespace Hawk.Containers.Runtime;

/// <summary>The --root directory (default /run/hawker): one folder per container with state.json, config.json and exec.fifo.</summary>
public sealed partial class StateStore(string root)
{
    public const string DefaultRoot = "/run/hawker";
    public const string FifoName = "exec.fifo";

    public string Root { get; } = Path.GetFullPath(root);

    public string DirectoryOf(string id) => Path.Combine(Root, ValidId(id));

    public string FifoOf(string id) => Path.Combine(DirectoryOf(id), FifoName);

    public bool Exists(string id) => File.Exists(Path.Combine(DirectoryOf(id), "state.json"));

    /// <summary>Claims the id: fails if a container with it exists (the directory is the lock).</summary>
    public string CreateDirectory(string id)
    {
        Directory.CreateDirectory(Root);
        var directory = DirectoryOf(id);
        if (Directory.Exists(directory))
        {
            throw new ContainerException($"container with id \"{id}\" already exists");
        }

        Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return directory;
    }

    public ContainerRecord Read(string id)
    {
        var file = Path.Combine(DirectoryOf(id), "state.json");
        try
        {
            return ContainerRecord.FromJson(File.ReadAllBytes(file));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ContainerException($"container \"{id}\" does not exist");
        }
    }

    public void Write(ContainerRecord record)
    {
        var directory = DirectoryOf(record.Id);
        var temporary = Path.Combine(directory, "state.json.tmp");
        File.WriteAllBytes(temporary, record.ToJson());
        File.Move(temporary, Path.Combine(directory, "state.json"), overwrite: true);
    }

    public void Remove(string id)
    {
        var directory = DirectoryOf(id);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public IEnumerable<ContainerRecord> List() => Directory.Exists(Root)
        ? Directory.EnumerateDirectories(Root).Select(Path.GetFileName).Where(id => id is not null && Exists(id)).Select(id => Read(id!))
        : [];

    public ContainerStatus StatusOf(ContainerRecord record)
    {
        if (record.Creating)
        {
            return ContainerStatus.Creating;
        }

        if (ProcessStartTime(record.Pid) != record.PidStartTime)
        {
            return ContainerStatus.Stopped;
        }

        if (Cgroups.ContainerCgroup.Open(record.Cgroups).IsFrozen)
        {
            return ContainerStatus.Paused;
        }

        return File.Exists(FifoOf(record.Id)) ? ContainerStatus.Created : ContainerStatus.Running;
    }

    /// <returns>Field 22 of /proc/PID/stat (start time in clock ticks), or null if the process is gone or a zombie.</returns>
    public static long? ProcessStartTime(int pid)
    {
        if (!Directory.Exists($"/proc/{pid}"))
        {
            return null; // the usual answer once a container ended, without the cost of a thrown exception
        }

        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // The command name may contain spaces and parentheses: fields are counted after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return fields[0] == "Z" || fields[0] == "X" ? null : long.Parse(fields[19], CultureInfo.InvariantCulture);
    }

    private static string ValidId(string id) => IdPattern().IsMatch(id) && id is not "." and not ".."
        ? id
        : throw new ContainerException($"invalid container id \"{id}\": use letters, digits, '_', '+', '-' and '.'");

    [GeneratedRegex(@"^[\w+\-.]+$")]
    private static partial Regex IdPattern();
}
