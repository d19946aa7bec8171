using Hawk.Labs.Definition;
using Hawk.Labs.Judges;
using Hawk.Labs.Regions;

namespace Hawk.Labs.Grading;

/// <summary>A lab cannot run yet: its machine project, its solution markers or its judges' runners are not in the repository.</summary>
public sealed class LabNotReadyException(string labId, IReadOnlyList<string> reasons)
    : Exception($"lab '{labId}' is not ready: {string.Join("; ", reasons)}")
{
    public string LabId => labId;

    public IReadOnlyList<string> Reasons => reasons;
}

/// <summary>Whether a lab can be checked and graded now, and if not, why.</summary>
public static class LabReadiness
{
    public static IReadOnlyList<string> Reasons(LabSources sources)
    {
        var reasons = sources.MissingRequirements().Select(path => $"{path} is not in the repository yet").ToList();
        if (reasons.Count > 0)
        {
            return reasons;
        }

        reasons.AddRange(sources.MissingMarkers());
        reasons.AddRange(sources.Lab.Parts
            .Where(part => PartJudges.For(part.Judge) is null)
            .Select(part => $"part '{part.Id}': judge '{part.Judge.Kind}' has no lab runner yet"));
        return reasons;
    }

    /// <exception cref="LabNotReadyException">Some reason exists.</exception>
    public static void Ensure(LabSources sources)
    {
        var reasons = Reasons(sources);
        if (reasons.Count > 0)
        {
            throw new LabNotReadyException(sources.Lab.Id, reasons);
        }
    }
}
