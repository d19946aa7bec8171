namespace Hawk.Jvm;

/// <summary>How to start a VM: where the JDK and the application classes are, limits, and the standard streams.</summary>
public sealed record JavaVmOptions
{
    /// <summary>The JDK 17 whose lib/modules (java.base) the bootstrap loader reads.</summary>
    public required string JavaHome { get; init; }

    /// <summary>Application class path (directories and jars separated by the path separator).</summary>
    public string ClassPath { get; init; } = ".";

    /// <summary>Heap limit in bytes (-Xmx).</summary>
    public long HeapLimit { get; init; } = 256L << 20;

    /// <summary>Bytecode instructions the run may execute before it is stopped (as the interpreter estimates them: calls and loop iterations).</summary>
    public long MaxInstructions { get; init; } = 20_000_000_000;

    public TimeSpan WallTime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>-D properties.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    public Stream StandardOutput { get; init; } = Stream.Null;
    public Stream StandardError { get; init; } = Stream.Null;
    public Stream StandardInput { get; init; } = Stream.Null;

    /// <summary>Working directory reported as user.dir.</summary>
    public string WorkingDirectory { get; init; } = System.Environment.CurrentDirectory;

    /// <summary>Environment variables the program sees (System.getenv) and locale detection reads.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public CancellationToken Cancellation { get; init; }

    /// <summary>Collect at every Nth allocation safepoint regardless of heap use (0: off). A test aid that makes
    /// a missing root show up as a wrong result instead of hiding until the heap fills.</summary>
    public int CollectEvery { get; init; }

    /// <summary>When set, every method invocation is logged here with its depth (diagnostics, slow).</summary>
    public TextWriter? CallTrace { get; init; }

    /// <summary>The JDK the `java` on PATH belongs to, or null.</summary>
    public static string? FindJavaHome()
    {
        var fromEnvironment = System.Environment.GetEnvironmentVariable("JAVA_HOME");
        if (fromEnvironment is not null && File.Exists(Path.Combine(fromEnvironment, "lib", "modules")))
        {
            return fromEnvironment;
        }

        foreach (var directory in (System.Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var java = Path.Combine(directory, "java");
            if (File.Exists(java))
            {
                var resolved = new FileInfo(java).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? java;
                var home = Path.GetDirectoryName(Path.GetDirectoryName(resolved));
                if (home is not null && File.Exists(Path.Combine(home, "lib", "modules")))
                {
                    return home;
                }
            }
        }

        return null;
    }
}
