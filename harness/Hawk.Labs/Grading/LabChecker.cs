using Hawk.Harness.Configuration;
using Hawk.Labs.Definition;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Grading;

/// <summary>The outcome of <c>hawk lab check</c>.</summary>
public enum CheckStatus
{
    /// <summary>The lab is sound: reference full marks, starter zero and building, every part fails without its region.</summary>
    Sound,

    /// <summary>Something is wrong with the lab (a reference that loses points, a part that passes without its solution...).</summary>
    Unsound,

    /// <summary>The lab cannot be checked yet: its machine, markers or judge runner is missing. Not a pass.</summary>
    NotReady,
}

/// <summary>What a check found: the status and one line per finding (problems start with "FAIL").</summary>
public sealed record CheckReport(string LabId, CheckStatus Status, IReadOnlyList<string> Findings, TimeSpan Elapsed);

/// <summary>Proves a lab sound by grading the reference, the starter and the reference with each region alone removed.</summary>
public sealed class LabChecker(LabSources sources, HawkSettings settings)
{
    public async Task<CheckReport> CheckAsync(IProgress<string>? progress = null, CancellationToken cancellation = default)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var lab = sources.Lab;
        var reasons = LabReadiness.Reasons(sources);
        if (reasons.Count > 0)
        {
            return new CheckReport(lab.Id, CheckStatus.NotReady, reasons, stopwatch.Elapsed);
        }

        var findings = new List<string>();
        var grader = new LabGrader(sources, settings);
        const int seed = 6502;

        if (lab.Language == LabLanguage.Ca65)
        {
            findings.Add(await StarterAssemblesAsync(progress, cancellation).ConfigureAwait(false));
        }

        progress?.Report("reference");
        var reference = await grader.GradeAsync(GradeRequest.Reference(seed), progress, cancellation).ConfigureAwait(false);
        foreach (var part in reference.Parts)
        {
            findings.Add(part.Score == part.Part.Points
                ? $"ok   reference scores {part.Score}/{part.Part.Points} on '{part.Part.Id}'"
                : $"FAIL reference scores {part.Score}/{part.Part.Points} on '{part.Part.Id}': {part.FirstFailure?.Name}: {part.FirstFailure?.Message} {part.Output}".TrimEnd());
        }

        if (!reference.Build.Succeeded)
        {
            findings.Add($"FAIL the reference does not build: {reference.Build.Log}");
        }

        progress?.Report("starter");
        // A C# starter's grading build uses the repository's settings, so it also proves that the starter builds.
        var stubbedAll = await grader.GradeAsync(GradeRequest.Reference(seed) with { Stubbed = _ => true, StrictBuild = true }, progress, cancellation).ConfigureAwait(false);
        if (lab.Language == LabLanguage.CSharp)
        {
            findings.Add(stubbedAll.Build.Succeeded
                ? "ok   the starter builds with the repository's settings"
                : $"FAIL the starter does not build with the repository's settings: {stubbedAll.Build.Log}");
        }

        foreach (var part in stubbedAll.Parts)
        {
            findings.Add(part.Score == 0
                ? $"ok   starter scores 0/{part.Part.Points} on '{part.Part.Id}'"
                : $"FAIL starter scores {part.Score}/{part.Part.Points} on '{part.Part.Id}'");
        }

        foreach (var region in lab.Regions)
        {
            progress?.Report($"without region {region.Id}");
            var without = await grader.GradeAsync(GradeRequest.Reference(seed) with { Stubbed = id => id == region.Id }, progress, cancellation).ConfigureAwait(false);
            foreach (var part in without.Parts.Where(part => part.Part.Region == region.Id))
            {
                findings.Add(part.Score < part.Part.Points
                    ? $"ok   without region '{region.Id}', '{part.Part.Id}' fails ({part.Score}/{part.Part.Points})"
                    : $"FAIL without region '{region.Id}', '{part.Part.Id}' still scores {part.Score}/{part.Part.Points}");
            }
        }

        var status = findings.Any(finding => finding.StartsWith("FAIL", StringComparison.Ordinal)) ? CheckStatus.Unsound : CheckStatus.Sound;
        return new CheckReport(lab.Id, status, findings, stopwatch.Elapsed);
    }

    private async Task<string> StarterAssemblesAsync(IProgress<string>? progress, CancellationToken cancellation)
    {
        progress?.Report("starter: scaffold and assemble");
        var starter = Directory.CreateTempSubdirectory($"hawk-starter-{sources.Lab.Id}-");
        try
        {
            Scaffolder.Write(sources, starter);
            var problem = await Scaffolder.BuildAsync(sources, starter, cancellation).ConfigureAwait(false);
            return problem is null ? "ok   the starter assembles" : $"FAIL the starter does not assemble: {problem}";
        }
        finally
        {
            starter.Delete(recursive: true);
        }
    }
}
