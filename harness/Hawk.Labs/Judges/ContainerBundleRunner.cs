using System.Text.Json.Nodes;
using Hawk.Containers.Cli;
using Hawk.Labs.Definition;
using Hawk.Labs.Probe;

namespace Hawk.Labs.Judges;

/// <summary>
/// Judges a container feature by differential runs: the grader builds a busybox bundle (hawker's default config, a
/// hostname only this run knows, the part's resource limits) whose script prints what the container sees; the
/// grader's own (reference) Hawker runs it for the expected output and exit status, the probe runs it with the
/// submission's. Needs root (namespaces, cgroups) and busybox-static.
/// </summary>
internal sealed class ContainerBundleRunner : IPartJudge
{
    private const string Busybox = "/bin/busybox";

    private static readonly string[] Applets = ["sh", "cat", "echo", "head", "tail", "hostname", "ls", "readlink", "grep", "wc", "sleep", "true", "false", "id", "ps", "dd", "tr", "seq"];

    public async Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation)
    {
        var judge = (ContainerBundleJudge)part.Judge;
        if (!OperatingSystem.IsLinux() || Environment.UserName != "root")
        {
            throw new LabConfigurationException("container labs are graded as root on Linux (namespaces and cgroups)");
        }

        if (!File.Exists(Busybox))
        {
            throw new LabConfigurationException($"{Busybox} is missing (apt-get install busybox-static)");
        }

        var random = new Random(context.Seed ^ part.Id.GetHashCode(StringComparison.Ordinal));
        var hostname = $"lab-{random.Next(0x1000000):x6}";
        var bundle = context.Scratch.CreateSubdirectory(part.Id + "-bundle");
        WriteRootFilesystem(bundle);
        await File.WriteAllTextAsync(Path.Combine(bundle.FullName, "config.json"), Config(judge, hostname, part.Id), cancellation).ConfigureAwait(false);

        int wall = (int)(part.Limits.Time.TotalMilliseconds / 2);
        // Every run gets its own container id and cgroup; the two runs must not meet.
        ProbeRequest Request(string who) => new ContainerRunRequest(bundle.FullName, $"lab-{who}-{Guid.NewGuid():N}"[..24], wall);
        var (outcome, reference) = await context.RunReference([Request("ref")], part.Limits, cancellation).ConfigureAwait(false);
        var expected = reference[0] is { Error: null, Output: { } output } run
            ? new ExpectedRun(output, run.ExitCode)
            : throw new LabConfigurationException($"the reference Hawker did not run the bundle: {PartJudges.Problem(reference[0])} {outcome.StandardError}");
        return new PreparedPart([Request("sub")], observations => [OutputVerdict.Judge("container", "container's standard output", expected, observations[0])]);
    }

    private static void WriteRootFilesystem(DirectoryInfo bundle)
    {
        var rootfs = bundle.CreateSubdirectory("rootfs");
        foreach (var folder in new[] { "bin", "proc", "sys", "dev", "tmp", "etc" })
        {
            rootfs.CreateSubdirectory(folder);
        }

        File.Copy(Busybox, Path.Combine(rootfs.FullName, "bin", "busybox"));
        foreach (var applet in Applets)
        {
            File.CreateSymbolicLink(Path.Combine(rootfs.FullName, "bin", applet), "busybox");
        }
    }

    /// <summary>hawker's default config.json with the script, the hostname, the limits and a cgroup path of this run.</summary>
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    private static string Config(ContainerBundleJudge judge, string hostname, string partId)
    {
        var config = JsonNode.Parse(DefaultSpec.Json(["/bin/sh", "-c", judge.Script]))!.AsObject();
        config["hostname"] = hostname;
        // The sandbox's own open-file limit is lower than the default config's: raising it is refused.
        config["process"]!.AsObject().Remove("rlimits");
        var linux = config["linux"]!.AsObject();
        linux["cgroupsPath"] = $"/hawk-lab/{partId}-{Guid.NewGuid():N}";
        var resources = linux["resources"]!.AsObject();
        if (judge.MemoryBytes is { } memory)
        {
            resources["memory"] = new JsonObject { ["limit"] = memory, ["swap"] = memory };
        }

        if (judge.Pids is { } pids)
        {
            resources["pids"] = new JsonObject { ["limit"] = pids };
        }

        return config.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
