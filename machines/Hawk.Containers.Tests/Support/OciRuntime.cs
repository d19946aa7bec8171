using System.Diagnostics;

namespace Hawk.Containers.Tests.Support;

public sealed record RunResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}, stdout: {Stdout.Trim()}, stderr: {Stderr.Trim()}";
}

/// <summary>
/// One OCI runtime's command line (hawker, runc or crun) with its own --root, so the same case runs on all three.
/// </summary>
public sealed class OciRuntime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly string _program;
    private readonly string[] _prefix;

    private OciRuntime(string name, string program, string[] prefix)
    {
        Name = name;
        _program = program;
        _prefix = prefix;
        Root = Path.Combine(Path.GetTempPath(), "hawk-oci-tests", name);
    }

    public string Name { get; }

    public string Root { get; }

    public static OciRuntime Hawker { get; } = new("hawker", Path.Combine(AppContext.BaseDirectory, "hawker"), []);

    public static OciRuntime Runc { get; } = new("runc", "runc", []);

    /// <summary>
    /// crun 1.8 refuses a hybrid host whose cgroup2 tree still has controllers (here: hugetlb). It runs in a private mount
    /// namespace without /sys/fs/cgroup/unified, so it sees a plain v1 host; the container itself is unaffected.
    /// </summary>
    public static OciRuntime Crun { get; } = new("crun", "unshare",
        ["--mount", "--propagation", "private", "sh", "-c", "umount /sys/fs/cgroup/unified 2>/dev/null; exec crun \"$@\"", "crun"]);

    public static IEnumerable<OciRuntime> All => [Hawker, Runc, Crun];

    public static OciRuntime ByName(string name) => All.Single(r => r.Name == name);

    /// <summary>
    /// Runs the runtime's command line. Output goes through files, not pipes: a created container inherits the
    /// runtime's stdout and would keep a pipe open for its whole life.
    /// </summary>
    public RunResult Invoke(params string[] args)
    {
        var output = Path.GetTempFileName();
        var errors = Path.GetTempFileName();
        try
        {
            using var process = Start(output, errors, args);
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{Name} {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds}s");
            }

            return new RunResult(process.ExitCode, File.ReadAllText(output), File.ReadAllText(errors));
        }
        finally
        {
            File.Delete(output);
            File.Delete(errors);
        }
    }

    /// <summary>Starts the command line without waiting; its process id is the runtime's own (the shell execs it).</summary>
    public Process Start(string output, string errors, params string[] args)
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-c", "out=$1; err=$2; shift 2; exec \"$@\" >\"$out\" 2>\"$err\"", "sh", output, errors, _program }
            .Concat(_prefix).Concat(["--root", Root]).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>`run` in the foreground; the container's stdout and stderr are captured.</summary>
    public RunResult Run(TestBundle bundle, string id) => Invoke("run", "--bundle", bundle.Directory, id);

    public override string ToString() => Name;
}
