using Hawk.Labs.Definition;
using Hawk.Labs.Judges;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Grading;

/// <summary>How one graded part went: its score, each group's verdict, and what the code printed (capped).</summary>
public sealed record PartResult(GradedPart Part, double Score, IReadOnlyList<GroupVerdict> Groups, string Output, TimeSpan Elapsed, IReadOnlyList<LineCoverage>? Coverage = null)
{
    public bool Passed => Groups.Count > 0 && Groups.All(group => group.Passed);

    public int PassedGroups => Groups.Count(group => group.Passed);

    public GroupVerdict? FirstFailure => Groups.FirstOrDefault(group => !group.Passed);

    /// <summary>Points in proportion to the passing groups, rounded down to hundredths.</summary>
    public static double ScoreOf(GradedPart part, IReadOnlyList<GroupVerdict> groups) =>
        groups.Count == 0 ? 0 : Math.Floor(part.Points * 100.0 * groups.Count(group => group.Passed) / groups.Count) / 100;
}

/// <summary>The build of a submission: whether it succeeded and the compiler's messages.</summary>
public sealed record BuildResult(bool Succeeded, string Log, TimeSpan Elapsed)
{
    public static BuildResult NotNeeded { get; } = new(true, "", TimeSpan.Zero);
}

/// <summary>Everything one grading run found, from which every report is written.</summary>
/// <param name="LateFactor">The factor the late policy applied (1 when on time or without a policy).</param>
public sealed record GradingReport(
    LabDefinition Lab,
    BuildResult Build,
    IReadOnlyList<PartResult> Parts,
    IsolationLevel Isolation,
    int Seed,
    double LateFactor,
    TimeSpan Elapsed)
{
    public double RawScore => Parts.Sum(part => part.Score);

    public double Score => Math.Round(RawScore * LateFactor, 2);

    public int MaxScore => Lab.TotalPoints;
}
