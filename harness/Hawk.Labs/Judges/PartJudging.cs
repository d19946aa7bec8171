using Hawk.Harness.Configuration;
using Hawk.Harness.Results;
using Hawk.Labs.Definition;
using Hawk.Labs.Grading;
using Hawk.Labs.Probe;
using Hawk.Labs.Regions;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Judges;

/// <summary>The verdict on one group of cases (an opcode, a bank, an input): a part's score is its share of passing groups.</summary>
public sealed record GroupVerdict(string Name, bool Passed, string Message, Divergence? Divergence = null);

/// <summary>What a judge needs: the lab, where its sources and the materialised submission are, settings, the run's seed.</summary>
/// <param name="Workspace">The submission laid out over the reference (<see cref="LabSources.Materialise"/>).</param>
/// <param name="Scratch">A folder for generated files (cartridges, harness sources).</param>
/// <param name="Hidden">Folders the sandbox hides from anything it runs.</param>
/// <param name="RunReference">Runs requests on the grader's own probe (the reference machines) in the sandbox: expected observations.</param>
public sealed record JudgeContext(
    LabSources Sources,
    DirectoryInfo Workspace,
    DirectoryInfo Scratch,
    HawkSettings Settings,
    int Seed,
    IReadOnlyList<string> Hidden,
    Func<IReadOnlyList<ProbeRequest>, ResourceLimits, CancellationToken, Task<(ProcessOutcome Outcome, ProbeObservation?[] Observations)>> RunReference)
{
    /// <summary>The folder of the lab's lab.yaml, where its programs and guests live.</summary>
    public DirectoryInfo LabFolder => new(Path.Combine(LabCatalog.Folder(Sources.RepositoryRoot).FullName, Sources.Lab.Id));
}

/// <summary>
/// Requests for the probe (inputs only) and the function that judges its observations against what only the grader
/// knows. A null observation means the probe produced none (it crashed, hung or printed garbage).
/// </summary>
/// <param name="Coverage">Judges that know the student's sources line by line (assembly): which lines the observations show ran.</param>
public sealed record PreparedPart(
    IReadOnlyList<ProbeRequest> Requests,
    Func<IReadOnlyList<ProbeObservation?>, IReadOnlyList<GroupVerdict>> Judge,
    IReadOnlyList<GroupVerdict>? FailedBeforeRunning = null,
    Func<IReadOnlyList<ProbeObservation?>, IReadOnlyList<LineCoverage>>? Coverage = null);

/// <summary>Turns a part's judge settings into probe requests and a verdict function.</summary>
public interface IPartJudge
{
    Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation);
}

/// <summary>The judge implementation of each judge kind.</summary>
public static class PartJudges
{
    /// <summary>The judge kinds lab.yaml accepts.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["singlestep-6502", "mapper-banking", "asm-routine", "jvm-program", "hypervisor-guest", "container-bundle"];

    /// <summary>The judge of <paramref name="judge"/>, or null when its machine's runner does not exist yet.</summary>
    public static IPartJudge? For(PartJudge judge) => judge switch
    {
        SingleStep6502Judge => new SingleStep6502Runner(),
        MapperBankingJudge => new MapperBanking(),
        AsmRoutineJudge => new AsmRoutineRunner(),
        JvmProgramJudge => new JvmProgramRunner(),
        HypervisorGuestJudge => new HypervisorGuestRunner(),
        ContainerBundleJudge => new ContainerBundleRunner(),
        _ => null,
    };

    /// <summary>The observation's error, or a description of a missing observation, or null when it is usable.</summary>
    public static string? Problem(ProbeObservation? observation) => observation switch
    {
        null => "no observation: the probe process crashed, hung or was killed before answering",
        { Error: { } error } => $"the code threw {error}",
        _ => null,
    };
}
