using System.Diagnostics;
using System.Globalization;
using Hawk.Labs.Definition;

namespace Hawk.Labs.Sandboxing;

/// <summary>How strongly a sandboxed run is isolated on this host.</summary>
public enum IsolationLevel
{
    /// <summary>Own mount, network and PID namespaces: the file system is read-only except the run folder, secret folders are hidden, no network.</summary>
    Namespaces,

    /// <summary>Resource limits only (not root or no unshare): time, address space and file size are still bounded.</summary>
    LimitsOnly,
}

/// <summary>One program to run in the sandbox.</summary>
/// <param name="RunFolder">The only writable folder; also the working directory, HOME and TMPDIR.</param>
/// <param name="Hidden">Folders replaced by an empty read-only folder inside the sandbox (reference solutions, suite data, report output).</param>
public sealed record SandboxRequest(
    string Program,
    IReadOnlyList<string> Arguments,
    DirectoryInfo RunFolder,
    IReadOnlyList<string> Hidden,
    ResourceLimits Limits,
    string? StandardInput = null,
    IReadOnlyDictionary<string, string>? Environment = null);

/// <summary>
/// Runs untrusted programs (student code, assemblers on student input) bounded in time (the process tree is killed),
/// memory (address-space limit, and the .NET GC's hard heap limit for .NET programs), file size, and, where the host
/// allows (root with unshare), without network and with a read-only view of the file system.
/// </summary>
public static class Sandbox
{
    private const int MaxOutputChars = 16 * 1024 * 1024;
    private const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Headroom over the heap limit for the runtime's own reservations (code, stacks, mapped assemblies).</summary>
    private const long AddressSpaceHeadroom = 1792L * 1024 * 1024;

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
        var start = new ProcessStartInfo { WorkingDirectory = request.RunFolder.FullName };
        var limits = new[]
        {
            $"--as={request.Limits.MemoryBytes + AddressSpaceHeadroom}",
            $"--fsize={MaxFileBytes}",
            "--core=0",
            "--nofile=512",
        };
        if (Isolation == IsolationLevel.Namespaces)
        {
            start.FileName = "unshare";
            foreach (var argument in new[] { "--mount", "--net", "--pid", "--fork", "--kill-child", "--", "/bin/sh", "-c", IsolationScript, "sandbox", request.RunFolder.FullName })
            {
                start.ArgumentList.Add(argument);
            }

            start.ArgumentList.Add(string.Join('\n', request.Hidden.Where(Directory.Exists).Select(Path.GetFullPath)));
        }
        else
        {
            start.FileName = "prlimit";
        }

        foreach (var argument in limits.Append("--").Append(request.Program).Concat(request.Arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var environment = start.Environment;
        // Nothing of the grader's configuration is the submission's business, and the build and test variables of a
        // grader that itself runs under `dotnet test` would steer the sandbox's own .NET tools.
        string[] inherited = ["HAWK_", "GITHUB_", "MSBUILD", "VSTEST", "DOTNET_", "COREHOST_", "NUGET_"];
        foreach (var name in environment.Keys.Where(name => inherited.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            environment.Remove(name);
        }

        environment["HOME"] = request.RunFolder.FullName;
        environment["TMPDIR"] = request.RunFolder.FullName;
        environment["DOTNET_CLI_HOME"] = request.RunFolder.FullName;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_EnableDiagnostics"] = "0";
        environment["DOTNET_GCHeapHardLimit"] = request.Limits.MemoryBytes.ToString("X", CultureInfo.InvariantCulture);
        foreach (var (name, value) in request.Environment ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return BoundedProcess.RunAsync(start, request.StandardInput, request.Limits.Time, MaxOutputChars, cancellation);
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

    private static IsolationLevel Detect()
    {
        if (!OperatingSystem.IsLinux() || System.Environment.UserName != "root")
        {
            return IsolationLevel.LimitsOnly;
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
