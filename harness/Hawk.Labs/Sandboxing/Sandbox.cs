using System.Diagnostics;
using System.Globalization;
using Hawk.Labs.Definition;

namespace Hawk.Labs.Sandboxing;

/// <summary>How strongly a sandboxed run is isolated on this host.</summary>
public enum IsolationLevel
{
    /// <summary>
    /// A Hawker container: only the system folders (/usr, /etc, read-only), the folders the run needs (read-only) and
    /// its run folder (writable) exist in it; own PID, network, IPC, UTS and mount namespaces; a memory and pids cgroup.
    /// </summary>
    Container,

    /// <summary>Own mount, network, PID and UTS namespaces: the file system is read-only except the run folder, secret folders are hidden, no network.</summary>
    Namespaces,

    /// <summary>Resource limits only (not root or no unshare): time, address space and file size are still bounded.</summary>
    LimitsOnly,
}

/// <summary>One program to run in the sandbox.</summary>
/// <param name="RunFolder">The only writable folder; also the working directory, HOME and TMPDIR.</param>
/// <param name="Hidden">Folders replaced by an empty read-only folder inside the sandbox (reference solutions, suite data, report output).</param>
/// <param name="Visible">Folders the program needs to read (its own binaries, inputs). In a container only these, the system folders and the run folder exist.</param>
/// <param name="NestedContainers">The program runs containers itself (lab 4's probe): a container sandbox keeps its capabilities and the cgroup file system.</param>
public sealed record SandboxRequest(
    string Program,
    IReadOnlyList<string> Arguments,
    DirectoryInfo RunFolder,
    IReadOnlyList<string> Hidden,
    ResourceLimits Limits,
    string? StandardInput = null,
    IReadOnlyDictionary<string, string>? Environment = null,
    IReadOnlyList<string>? Visible = null,
    bool NestedContainers = false);

/// <summary>
/// Runs untrusted programs (student code, assemblers on student input) bounded in time (the process tree is killed),
/// memory (address-space limit, and the .NET GC's hard heap limit for .NET programs), file size, and, where the host
/// allows (root with unshare), without network and with a read-only view of the file system.
/// </summary>
public static class Sandbox
{
    private const int MaxOutputChars = 16 * 1024 * 1024;
    private const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Address space over the GC's reservation for the runtime's own (code, mapped assemblies and files) and thread
    /// stacks: Hawkbeans runs Java on a host thread with a 1 GiB stack.
    /// </summary>
    private const long AddressSpaceHeadroom = 2048L * 1024 * 1024;

    /// <summary>
    /// The virtual range the GC reserves for its regions, as a multiple of the heap limit. Left alone, a hard limit
    /// makes it reserve several times the limit, which an address-space limit close to the heap limit would refuse.
    /// </summary>
    private const int RegionRangeFactor = 2;

    private static readonly Lazy<IsolationLevel> Detected = new(Detect);

    /// <summary>
    /// Where grading workspaces (and so run folders) are created: $HAWK_LAB_WORK, else ~/.cache/hawk/lab-work. Not
    /// under /tmp, which the sandbox replaces by a private tmpfs.
    /// </summary>
    public static DirectoryInfo WorkRoot =>
        Directory.CreateDirectory(System.Environment.GetEnvironmentVariable("HAWK_LAB_WORK")
            ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".cache", "hawk", "lab-work"));

    /// <summary>A new, empty folder under <see cref="WorkRoot"/>.</summary>
    public static DirectoryInfo CreateWorkspace(string prefix) => WorkRoot.CreateSubdirectory(prefix + Guid.NewGuid().ToString("N")[..12]);

    public static IsolationLevel Isolation => Detected.Value;

    public static Task<ProcessOutcome> RunAsync(SandboxRequest request, CancellationToken cancellation = default)
    {
        var limited = Limits(request).Append("--").Append(request.Program).Concat(request.Arguments).ToList();
        var environment = EnvironmentOf(request);
        if (Isolation == IsolationLevel.Container)
        {
            return HawkerSandbox.RunAsync(request, limited, environment, MaxOutputChars, cancellation);
        }

        var start = new ProcessStartInfo { WorkingDirectory = request.RunFolder.FullName };
        if (Isolation == IsolationLevel.Namespaces)
        {
            start.FileName = "unshare";
            foreach (var argument in new[] { "--mount", "--net", "--pid", "--uts", "--fork", "--kill-child", "--", "/bin/sh", "-c", IsolationScript, "sandbox", request.RunFolder.FullName })
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(string.Join('\n', request.Hidden.Where(Directory.Exists).Select(Path.GetFullPath)));
        }
        else
        {
            start.FileName = "prlimit";
        }

        // The isolation script executes prlimit itself.
        foreach (var argument in limited.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return BoundedProcess.RunAsync(start, request.StandardInput, request.Limits.Time, MaxOutputChars, cancellation);
    }

    /// <summary>The prlimit command line (program first) that bounds address space, file size, core dumps and open files.</summary>
    private static IEnumerable<string> Limits(SandboxRequest request) =>
    [
        "prlimit",
        $"--as={(request.Limits.MemoryBytes * (RegionRangeFactor + 1)) + AddressSpaceHeadroom}",
        $"--fsize={MaxFileBytes}",
        "--core=0",
        "--nofile=512",
    ];

    /// <summary>
    /// The grader's environment without its own configuration (nothing of it is the submission's business, and the
    /// build and test variables of a grader that itself runs under `dotnet test` would steer the sandbox's .NET
    /// tools), with HOME and TMPDIR in the run folder and the .NET heap limits.
    /// </summary>
    private static Dictionary<string, string> EnvironmentOf(SandboxRequest request)
    {
        string[] dropped = ["HAWK_", "GITHUB_", "MSBUILD", "VSTEST", "DOTNET_", "COREHOST_", "NUGET_"];
        var environment = System.Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .Select(entry => (Name: (string)entry.Key, Value: entry.Value as string ?? ""))
            .Where(entry => !dropped.Any(prefix => entry.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .ToDictionary(entry => entry.Name, entry => entry.Value, StringComparer.Ordinal);
        environment["HOME"] = request.RunFolder.FullName;
        environment["TMPDIR"] = request.RunFolder.FullName;
        environment["DOTNET_CLI_HOME"] = request.RunFolder.FullName;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_EnableDiagnostics"] = "0";
        environment["DOTNET_GCHeapHardLimit"] = request.Limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        environment["DOTNET_GCRegionRange"] = (request.Limits.MemoryBytes * RegionRangeFactor).ToString("X", CultureInfo.InvariantCulture);
        foreach (var (name, value) in request.Environment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return environment;
    }

    /// <summary>
    /// Runs as PID 1 of the new namespaces: makes mounts private, the root read-only, the run folder writable, hides
    /// secret folders under empty read-only tmpfs, gives it a private /tmp (.NET keeps named mutexes
    /// there whatever TMPDIR says; run folders therefore live outside /tmp, see <see cref="WorkRoot"/>), brings up loopback only (test hosts talk
    /// to their runner over it), then executes prlimit with the program. $1 is the run folder,
    /// $2 the hidden folders one per line; the rest is the prlimit command line.
    /// </summary>
    private const string IsolationScript = """
        set -e
        run="$1"; hidden="$2"; shift 2
        mount --make-rprivate /
        mount -o remount,bind,ro /
        mount -t tmpfs -o size=16m tmpfs /dev/shm
        mount -t tmpfs -o size=64m tmpfs /tmp
        ip link set lo up 2>/dev/null || true
        mount --bind "$run" "$run"
        mount -o remount,bind,rw "$run"
        printf '%s\n' "$hidden" | while IFS= read -r folder; do
          if [ -d "$folder" ]; then mount -t tmpfs -o ro,size=4k tmpfs "$folder"; fi
        done
        cd "$run"
        exec prlimit "$@"
        """;

    /// <summary>
    /// $HAWK_LAB_SANDBOX chooses (container, namespaces, limits); by default the strongest this host offers: a Hawker
    /// container where the grader runs as root and hawker works, else namespaces, else limits.
    /// </summary>
    private static IsolationLevel Detect()
    {
        if (!OperatingSystem.IsLinux() || System.Environment.UserName != "root")
        {
            return IsolationLevel.LimitsOnly;
        }

        switch (System.Environment.GetEnvironmentVariable("HAWK_LAB_SANDBOX"))
        {
            case "limits":
                return IsolationLevel.LimitsOnly;
            case "container" when HawkerSandbox.Works():
                return IsolationLevel.Container;
            case "container":
                throw new InvalidOperationException("HAWK_LAB_SANDBOX=container, but hawker cannot run a container here (root, cgroups and the hawk executable beside the grader are needed)");
            case null or "" when HawkerSandbox.Works():
                return IsolationLevel.Container;
            default:
                break;
        }

        try
        {
            var probe = Process.Start(new ProcessStartInfo("unshare", ["--mount", "--net", "--pid", "--fork", "--", "true"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            });
            if (probe is null)
            {
                return IsolationLevel.LimitsOnly;
            }

            probe.WaitForExit(10_000);
            return probe.HasExited && probe.ExitCode == 0 ? IsolationLevel.Namespaces : IsolationLevel.LimitsOnly;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return IsolationLevel.LimitsOnly;
        }
    }
}
