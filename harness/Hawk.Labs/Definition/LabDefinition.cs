namespace Hawk.Labs.Definition;

/// <summary>How students write a lab's solution, which decides the stub a scaffold leaves and how a submission is built.</summary>
public enum LabLanguage
{
    /// <summary>C# inside the machine projects; regions become <c>throw new NotImplementedException("task")</c>.</summary>
    CSharp,

    /// <summary>6502 assembly for ca65/ld65; regions become an immediate <c>rts</c>.</summary>
    Ca65,
}

/// <summary>When a part's result is shown to the student (Gradescope's visibility values).</summary>
public enum Visibility
{
    Visible,
    Hidden,
    AfterDueDate,
}

/// <summary>A parsed course-labs/&lt;id&gt;/lab.yaml.</summary>
/// <param name="Reference">Folder (relative to the repository root) holding the reference sources; region files are relative to it.</param>
/// <param name="Projects">C# labs: the projects, relative to <paramref name="Reference"/>, that a starter contains and a grading workspace builds.</param>
/// <param name="Requires">Paths (relative to the repository root) that must exist before the lab can be checked or graded: its machine.</param>
public sealed record LabDefinition(
    string Id,
    string Title,
    string Machine,
    LabLanguage Language,
    string Reference,
    IReadOnlyList<string> Projects,
    IReadOnlyList<string> Requires,
    IReadOnlyList<LabRegion> Regions,
    IReadOnlyList<GradedPart> Parts,
    LatePolicy? Late,
    FeedbackSettings Feedback,
    string FilePath)
{
    public int TotalPoints => Parts.Sum(part => part.Points);

    /// <summary>Every file that carries a region: the files a submission contributes.</summary>
    public IReadOnlyList<string> StudentFiles => [.. Regions.SelectMany(region => region.Files).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public LabRegion Region(string id) => Regions.Single(region => region.Id == id);
}

/// <summary>A piece of the reference solution the starter removes: <c>BEGIN LAB id</c> … <c>END LAB id</c> in each of <paramref name="Files"/>.</summary>
/// <param name="Task">What the student must implement; the scaffold's stub names it.</param>
public sealed record LabRegion(string Id, string Task, IReadOnlyList<string> Files, string? Hint);

/// <summary>Bounds of one graded part's run in the sandbox.</summary>
public sealed record ResourceLimits(TimeSpan Time, long MemoryBytes)
{
    public static ResourceLimits Default { get; } = new(TimeSpan.FromSeconds(30), 512L * 1024 * 1024);
}

/// <summary>One scored part of a lab: points, the judge that decides it, the region whose removal must fail it.</summary>
public sealed record GradedPart(
    string Id,
    string Title,
    int Points,
    Visibility Visibility,
    string Region,
    PartJudge Judge,
    ResourceLimits Limits);

/// <summary>Late submissions lose <paramref name="PercentPerDay"/> per started day after <paramref name="Due"/>, up to <paramref name="MaxDays"/>; later scores zero.</summary>
public sealed record LatePolicy(DateTimeOffset Due, int PercentPerDay, int MaxDays)
{
    /// <summary>The factor a score is multiplied by for a submission made at <paramref name="submitted"/>.</summary>
    public double Factor(DateTimeOffset submitted)
    {
        if (submitted <= Due)
        {
            return 1;
        }

        var days = (int)Math.Ceiling((submitted - Due).TotalDays);
        return days > MaxDays ? 0 : Math.Max(0, 1 - (days * PercentPerDay / 100.0));
    }
}

/// <summary>What the feedback page shows.</summary>
/// <param name="MaxFailures">Failing cases listed per part (the first is the first divergence).</param>
/// <param name="ShowExpected">Whether expected values appear (off for parts whose expected values are the answer).</param>
public sealed record FeedbackSettings(int MaxFailures, bool ShowExpected, bool Hints)
{
    public static FeedbackSettings Default { get; } = new(3, true, true);
}
