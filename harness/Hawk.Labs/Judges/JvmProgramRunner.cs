using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hawk.Labs.Definition;
using Hawk.Labs.Probe;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Judges;

/// <summary>
/// Judges Java programs by differential runs: javac compiles the lab's programs, HotSpot's <c>java</c> (same heap
/// limit) gives the expected standard output and exit status, the probe runs the same class files on the
/// submission's Hawkbeans. One group per program.
/// </summary>
internal sealed class JvmProgramRunner : IPartJudge
{
    private const long MaxInstructions = 2_000_000_000;
    private static readonly TimeSpan ToolTime = TimeSpan.FromSeconds(60);

    /// <summary>Compiled programs and HotSpot's runs by (sources, heap): `hawk lab check` grades the same programs five times.</summary>
    private static readonly ConcurrentDictionary<string, Lazy<Task<Compiled>>> Cache = new(StringComparer.Ordinal);

    private sealed record Compiled(IReadOnlyDictionary<string, byte[]> Classes, IReadOnlyDictionary<string, ExpectedRun> Expected);

    public async Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation)
    {
        var judge = (JvmProgramJudge)part.Judge;
        var sources = judge.Programs.Select(program => new FileInfo(Path.Combine(context.LabFolder.FullName, "programs", program + ".java"))).ToList();
        if (sources.FirstOrDefault(file => !file.Exists) is { } missing)
        {
            throw new LabConfigurationException($"{missing.FullName} does not exist (part '{part.Id}')");
        }

        var key = Key(sources, judge.HeapBytes);
        var compiled = await Cache.GetOrAdd(key, _ => new Lazy<Task<Compiled>>(() => CompileAndRunAsync(sources, judge, part.Limits, context.Scratch.CreateSubdirectory(part.Id)))).Value.ConfigureAwait(false);
        int wall = (int)(part.Limits.Time.TotalMilliseconds / (judge.Programs.Count + 1));
        var requests = judge.Programs.Select(program => new JvmRunRequest(compiled.Classes, program, judge.HeapBytes, MaxInstructions, wall)).ToList<ProbeRequest>();
        return new PreparedPart(requests, observations =>
            [.. judge.Programs.Select((program, index) => OutputVerdict.Judge(program, "standard output", compiled.Expected[program], observations[index]))]);
    }

    private static string Key(IEnumerable<FileInfo> sources, long heap)
    {
        var text = new StringBuilder(heap.ToString(CultureInfo.InvariantCulture));
        foreach (var source in sources)
        {
            text.Append('\0').Append(source.Name).Append('\0').Append(File.ReadAllText(source.FullName));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static async Task<Compiled> CompileAndRunAsync(IReadOnlyList<FileInfo> sources, JvmProgramJudge judge, ResourceLimits limits, DirectoryInfo folder)
    {
        var classes = folder.CreateSubdirectory("classes");
        var javac = await RunToolAsync("javac", ["-encoding", "UTF-8", "-d", classes.FullName, .. sources.Select(source => source.FullName)], folder, ToolTime).ConfigureAwait(false);
        if (!javac.Succeeded)
        {
            throw new LabConfigurationException($"javac failed on the lab's programs: {javac.StandardError}{javac.StandardOutput}");
        }

        var expected = new Dictionary<string, ExpectedRun>(StringComparer.Ordinal);
        foreach (var program in judge.Programs)
        {
            var java = await RunToolAsync("java", [$"-Xmx{judge.HeapBytes}", "-cp", classes.FullName, program], folder, limits.Time).ConfigureAwait(false);
            if (java.TimedOut)
            {
                throw new LabConfigurationException($"HotSpot did not finish {program} within {limits.Time.TotalSeconds:F0} s");
            }

            expected[program] = new ExpectedRun(java.StandardOutput, java.ExitCode);
        }

        return new Compiled(classes.EnumerateFiles("*.class").ToDictionary(file => file.Name, file => File.ReadAllBytes(file.FullName), StringComparer.Ordinal), expected);
    }

    /// <summary>The JDK's tools on the lab's own programs (trusted input): bounded, not sandboxed.</summary>
    private static Task<ProcessOutcome> RunToolAsync(string tool, IEnumerable<string> arguments, DirectoryInfo folder, TimeSpan time)
    {
        if (ExecutablePath.Find(tool) is null)
        {
            throw new LabConfigurationException($"{tool} is not installed; install a JDK 17 (apt-get install openjdk-17-jdk-headless)");
        }

        var start = new ProcessStartInfo(tool) { WorkingDirectory = folder.FullName };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return BoundedProcess.RunAsync(start, null, time, 1 << 22);
    }
}
