using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hawk.Harness.Configuration;
using Hawk.Labs.Definition;
using Hawk.Labs.Judges;
using Hawk.Labs.Probe;
using Hawk.Labs.Regions;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Grading;

/// <summary>What to grade: a submission folder, or the reference with some regions stubbed (for <c>hawk lab check</c>).</summary>
/// <param name="Submission">The student's folder (laid out like the starter), or null to grade the reference.</param>
/// <param name="Stubbed">Without a submission: the regions to replace by their stubs.</param>
/// <param name="Hidden">Extra folders the sandbox hides (the report output folder).</param>
/// <param name="StrictBuild">Build with the repository's own settings (warnings are errors); students' builds are lenient.</param>
public sealed record GradeRequest(
    DirectoryInfo? Submission,
    Func<string, bool> Stubbed,
    int Seed,
    IReadOnlyList<string> Hidden,
    DateTimeOffset? SubmittedAt = null,
    bool Coverage = false,
    DirectoryInfo? CoverageOutput = null,
    bool StrictBuild = false)
{
    public static GradeRequest Reference(int seed) => new(null, _ => false, seed, []);
}

/// <summary>
/// Grades a lab: lays out the submission over the reference in a scratch workspace, builds it, runs each graded
/// part's probe in the sandbox with the part's limits, and judges the observations here, in the grader's process.
/// </summary>
public sealed class LabGrader(LabSources sources, HawkSettings settings)
{
    private static readonly TimeSpan BuildTimeLimit = TimeSpan.FromMinutes(5);
    private const string ProbeProject = "harness/Hawk.Labs.Probe/Hawk.Labs.Probe.csproj";

    public LabDefinition Lab => sources.Lab;

    /// <exception cref="LabNotReadyException">The lab's machine or markers are not in the repository yet.</exception>
    /// <exception cref="LabConfigurationException">The grader is not set up (suite data, cc65, SDK).</exception>
    public async Task<GradingReport> GradeAsync(GradeRequest request, IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        LabReadiness.Ensure(sources);
        var stopwatch = Stopwatch.StartNew();
        var workspace = Sandbox.CreateWorkspace($"{Lab.Id}-");
        try
        {
            var source = workspace.CreateSubdirectory("src");
            sources.Materialise(source, request.Stubbed, request.Submission);
            progress?.Report(Lab.Language == LabLanguage.CSharp ? "building the submission" : "assembling the submission");
            // The grader's own probe was built from the reference machines: the reference itself needs no build.
            var unchanged = request.Submission is null && Lab.Regions.All(region => !request.Stubbed(region.Id));
            var ownProbe = new Lazy<ProbeCommand>(() => CopyOwnProbe(workspace));
            var (build, probe) = Lab.Language == LabLanguage.CSharp && !unchanged
                ? await BuildProbeAsync(source, request, cancellation).ConfigureAwait(false)
                : (BuildResult.NotNeeded, ownProbe.Value);

            var hidden = HiddenFolders(request).ToList();
            int referenceRuns = 0;
            var context = new JudgeContext(sources, source, workspace.CreateSubdirectory("scratch"), settings, request.Seed, hidden,
                (requests, limits, token) => RunProbeAsync(ownProbe.Value, requests, workspace, workspace.CreateSubdirectory($"reference-{++referenceRuns}"), hidden, limits, token));
            var parts = new List<PartResult>();
            foreach (var part in Lab.Parts)
            {
                progress?.Report($"part {part.Id}");
                parts.Add(build.Succeeded
                    ? await RunPartAsync(part, context, probe!, workspace, cancellation).ConfigureAwait(false)
                    : new PartResult(part, 0, [new GroupVerdict("build", false, "the submission does not build")], "", TimeSpan.Zero));
            }

            if (request.Coverage && build.Succeeded && !unchanged && request.CoverageOutput is not null)
            {
                progress?.Report("coverage");
                await (Lab.Language == LabLanguage.CSharp
                    ? CoverageRun.CollectAsync(new CoverageRun.Request(sources, source, workspace, parts, context, request.CoverageOutput), cancellation)
                    : CoverageRun.RenderAssemblyAsync(sources, source, parts, request.CoverageOutput, cancellation)).ConfigureAwait(false);
            }

            var late = Lab.Late is { } policy && request.SubmittedAt is { } submitted ? policy.Factor(submitted) : 1;
            return new GradingReport(Lab, build, parts, Sandbox.Isolation, request.Seed, late, stopwatch.Elapsed);
        }
        finally
        {
            TryDelete(workspace);
        }
    }

    private IEnumerable<string> HiddenFolders(GradeRequest request)
    {
        var roots = new[] { sources.RepositoryRoot.FullName }
            .Concat(settings.SuiteRoots.Select(root => root.FullName))
            .Concat(request.Hidden);
        if (request.Submission is not null)
        {
            roots = roots.Append(request.Submission.FullName);
        }

        return roots.Distinct(StringComparer.Ordinal);
    }

    private async Task<PartResult> RunPartAsync(GradedPart part, JudgeContext context, ProbeCommand probe, DirectoryInfo workspace, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var judge = PartJudges.For(part.Judge) ?? throw new LabNotReadyException(Lab.Id, [$"part '{part.Id}': judge '{part.Judge.Kind}' has no runner yet"]);
        var prepared = await judge.PrepareAsync(part, context, cancellation).ConfigureAwait(false);
        if (prepared.FailedBeforeRunning is { } failed)
        {
            return new PartResult(part, 0, failed, "", stopwatch.Elapsed);
        }

        var (outcome, observations) = await RunProbeAsync(probe, prepared.Requests, workspace, workspace.CreateSubdirectory("run-" + part.Id), context.Hidden, part.Limits, cancellation).ConfigureAwait(false);
        var groups = prepared.Judge(observations);
        var output = Describe(outcome, part) + Excerpt(outcome.StandardError);
        return new PartResult(part, PartResult.ScoreOf(part, groups), groups, output, stopwatch.Elapsed, prepared.Coverage?.Invoke(observations));
    }

    /// <summary>
    /// Runs the probe on <paramref name="requests"/> in the sandbox (run folder <paramref name="run"/>, the workspace
    /// readable: the probe's binaries and generated inputs are there) and reads its observations.
    /// </summary>
    private async Task<(ProcessOutcome Outcome, ProbeObservation?[] Observations)> RunProbeAsync(
        ProbeCommand probe, IReadOnlyList<ProbeRequest> requests, DirectoryInfo workspace, DirectoryInfo run, IReadOnlyList<string> hidden, ResourceLimits limits, CancellationToken cancellation)
    {
        var input = new StringBuilder();
        foreach (var request in requests)
        {
            input.AppendLine(JsonSerializer.Serialize(request, ProbeJson.Options));
        }

        // The requests file (for the coverage replay) is in the run folder, which the code can read: no session there.
        await File.WriteAllTextAsync(Path.Combine(run.FullName, CoverageRun.RequestsFile), input.ToString(), cancellation).ConfigureAwait(false);
        var session = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var nested = Lab.Parts.Any(part => part.Judge is ContainerBundleJudge);
        var outcome = await Sandbox.RunAsync(new SandboxRequest(probe.Program, probe.Arguments, run, hidden, limits, session + "\n" + input, Visible: [workspace.FullName], NestedContainers: nested), cancellation).ConfigureAwait(false);
        return (outcome, Observations(outcome.StandardOutput, requests.Count, session));
    }

    /// <summary>
    /// One observation per request, matched by id. Lines that are not observations of this run (without its
    /// <paramref name="session"/>), and ids answered twice, count as no observation: text the code prints or forges
    /// is ignored or loses points.
    /// </summary>
    internal static ProbeObservation?[] Observations(string standardOutput, int count, string session)
    {
        var observations = new ProbeObservation?[count];
        var conflicted = new bool[count];
        foreach (var line in standardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ProbeObservation? observation;
            try
            {
                observation = JsonSerializer.Deserialize<ProbeObservation>(line, ProbeJson.Options);
            }
            catch (JsonException)
            {
                continue;
            }

            if (observation is null || observation.Session != session || observation.Id < 0 || observation.Id >= count)
            {
                continue;
            }

            conflicted[observation.Id] |= observations[observation.Id] is not null;
            observations[observation.Id] = observation;
        }

        for (int i = 0; i < count; i++)
        {
            observations[i] = conflicted[i] ? null : observations[i];
        }

        return observations;
    }

    private static string Describe(ProcessOutcome outcome, GradedPart part) =>
        outcome.TimedOut ? $"The run was stopped at its time limit of {part.Limits.Time.TotalSeconds:F0} s (an endless loop?).\n"
        : outcome.ExitCode is 0 ? ""
        : $"The run ended with exit code {outcome.ExitCode} (a crash, or the memory limit of {part.Limits.MemoryBytes / (1024 * 1024)} MB).\n";

    private static string Excerpt(string text) => text.Length <= 4000 ? text : text[..4000] + "\n… (output cut)";

    private async Task<(BuildResult, ProbeCommand?)> BuildProbeAsync(DirectoryInfo source, GradeRequest request, CancellationToken cancellation)
    {
        LabSources.CopyFolder(new DirectoryInfo(Path.Combine(sources.RepositoryRoot.FullName, "harness", "Hawk.Labs.Probe")), new DirectoryInfo(Path.Combine(source.FullName, "harness", "Hawk.Labs.Probe")));
        var project = request.Coverage ? CoverageRun.WriteProject(source) : Path.Combine(source.FullName, ProbeProject);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = source.FullName };
        string[] lenient = request.StrictBuild ? [] : ["-p:TreatWarningsAsErrors=false", "-p:RunAnalyzers=false", "-p:EnforceCodeStyleInBuild=false"];
        foreach (var argument in new[] { "build", project, "-c", "Release", "-nologo", "-v:q", "-clp:NoSummary" }.Concat(lenient))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var outcome = await BoundedProcess.RunAsync(start, null, BuildTimeLimit, 1 << 20, cancellation).ConfigureAwait(false);
        var log = string.Join('\n', (outcome.StandardOutput + outcome.StandardError).Split('\n').Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(40));
        var build = new BuildResult(outcome.Succeeded, outcome.TimedOut ? "the build did not finish in time" : log.Replace(source.FullName + "/", "", StringComparison.Ordinal), outcome.Elapsed);
        var dll = Path.Combine(source.FullName, "harness", "Hawk.Labs.Probe", "bin", "Release", "net10.0", "Hawk.Labs.Probe.dll");
        return (build, build.Succeeded ? new ProbeCommand("dotnet", [dll]) : null);
    }

    /// <summary>ca65 labs run on the grader's own (reference) machine: copy its probe out of the repository, which the sandbox hides.</summary>
    private static ProbeCommand CopyOwnProbe(DirectoryInfo workspace)
    {
        var folder = workspace.CreateSubdirectory("probe");
        // The machines' assemblies, and hawker's native stage, which Hawker looks for beside them.
        foreach (var file in new DirectoryInfo(AppContext.BaseDirectory).EnumerateFiles().Where(file => file.Name.StartsWith("Hawk.", StringComparison.Ordinal) || file.Name == "hawker-shim"))
        {
            file.CopyTo(Path.Combine(folder.FullName, file.Name), overwrite: true);
            if (file.Name == "hawker-shim" && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path.Combine(folder.FullName, file.Name), file.UnixFileMode);
            }
        }

        var dll = Path.Combine(folder.FullName, "Hawk.Labs.Probe.dll");
        return File.Exists(dll) && File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json"))
            ? new ProbeCommand("dotnet", [dll])
            : throw new LabConfigurationException($"the lab probe is not beside the grader in {AppContext.BaseDirectory}");
    }

    private static void TryDelete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover scratch folder in the temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    internal sealed record ProbeCommand(string Program, IReadOnlyList<string> Arguments);
}
