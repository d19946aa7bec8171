using System.Diagnostics;
using Hawk.Labs.Definition;
using Hawk.Labs.Probe;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Judges;

/// <summary>
/// Judges nasm guests by differential runs: the grader assembles each guest of the lab into a flat image, its own
/// (reference) Hawkervisor runs it for the expected serial console, stop and debug-exit value, the probe runs it on
/// the submission's. One group per guest.
/// </summary>
internal sealed class HypervisorGuestRunner : IPartJudge
{
    private static readonly TimeSpan AssemblerTime = TimeSpan.FromSeconds(20);

    public async Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation)
    {
        var judge = (HypervisorGuestJudge)part.Judge;
        var folder = context.Scratch.CreateSubdirectory(part.Id);
        int wall = (int)(part.Limits.Time.TotalMilliseconds / (judge.Guests.Count + 1));
        var requests = new List<ProbeRequest>();
        foreach (var guest in judge.Guests)
        {
            var image = await AssembleAsync(Path.Combine(context.LabFolder.FullName, "guests", guest + ".asm"), folder, cancellation).ConfigureAwait(false);
            requests.Add(new GuestRunRequest(image, judge.Backend, judge.MaxInstructions, wall));
        }

        var (outcome, reference) = await context.RunReference(requests, part.Limits, cancellation).ConfigureAwait(false);
        var expected = judge.Guests.Select((guest, index) => reference[index] is { Error: null, Output: { } output } run
            ? new ExpectedRun(output, run.ExitCode, run.Stop)
            : throw new LabConfigurationException($"the reference machine did not run guest '{guest}': {PartJudges.Problem(reference[index])} {outcome.StandardError}")).ToList();
        return new PreparedPart(requests, observations =>
            [.. judge.Guests.Select((guest, index) => OutputVerdict.Judge(guest, "serial console", expected[index], observations[index]))]);
    }

    /// <summary>nasm on the lab's own guest source (trusted input): a flat binary.</summary>
    private static async Task<byte[]> AssembleAsync(string source, DirectoryInfo folder, CancellationToken cancellation)
    {
        if (!File.Exists(source))
        {
            throw new LabConfigurationException($"{source} does not exist");
        }

        if (ExecutablePath.Find("nasm") is null)
        {
            throw new LabConfigurationException("nasm is not installed (apt-get install nasm)");
        }

        var output = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(source) + ".bin");
        var start = new ProcessStartInfo("nasm") { WorkingDirectory = folder.FullName, ArgumentList = { "-f", "bin", "-i", Path.GetDirectoryName(source) + "/", "-o", output, source } };
        var outcome = await BoundedProcess.RunAsync(start, null, AssemblerTime, 1 << 16, cancellation).ConfigureAwait(false);
        return outcome.Succeeded
            ? await File.ReadAllBytesAsync(output, cancellation).ConfigureAwait(false)
            : throw new LabConfigurationException($"nasm failed on {source}: {outcome.StandardError}{outcome.StandardOutput}");
    }
}
