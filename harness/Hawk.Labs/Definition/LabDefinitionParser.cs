using Hawk.Harness.Yaml;
using Hawk.Labs.Judges;

namespace Hawk.Labs.Definition;

/// <summary>Reads course-labs/&lt;id&gt;/lab.yaml (schema: course-labs/README.md), rejecting anything off-schema with file:line:column.</summary>
public static class LabDefinitionParser
{
    public const string FileName = "lab.yaml";

    /// <exception cref="LabDefinitionException">The file is malformed or its id differs from its folder name.</exception>
    public static LabDefinition Load(FileInfo file) =>
        Parse(File.ReadAllText(file.FullName), file.FullName, file.Directory?.Name ?? "");

    /// <param name="expectedId">The lab's folder name, which its id must equal.</param>
    /// <exception cref="LabDefinitionException">The text is malformed.</exception>
    public static LabDefinition Parse(string yaml, string filePath, string expectedId)
    {
        var errors = new YamlErrors(filePath, (path, line, column, detail, inner) => new LabDefinitionException(path, line, column, detail, inner));
        var root = YamlDocument.LoadRoot(yaml, errors);
        root.AllowOnly("id", "title", "machine", "language", "reference", "projects", "requires", "regions", "parts", "late", "feedback");

        var id = root.Required<string>("id", LabSyntax.IsName, "must be a name of letters, digits, '-' and '_'");
        if (id != expectedId)
        {
            throw root.ErrorAt("id", $"'id' is '{id}' but the lab's folder is '{expectedId}'; they must be equal");
        }

        var language = root.Required<LabLanguage>("language", LabSyntax.TryParseLanguage, "must be 'csharp' or 'ca65'");
        var reference = root.Optional<string>("reference", LabSyntax.IsRelativeFolder, "must be a folder relative to the repository root") ?? ".";
        var projects = root.ScalarList<string>("projects", LabSyntax.IsRelativeFile, "must be a relative path to a .csproj", required: false);
        if (language == LabLanguage.CSharp && projects.Count == 0)
        {
            throw root.ErrorAt("language", "a csharp lab needs 'projects': the projects its starter contains and grading builds");
        }

        var requires = root.ScalarList<string>("requires", LabSyntax.IsRelativeFile, "must be a path relative to the repository root", required: false);
        var regionIds = new HashSet<string>(StringComparer.Ordinal);
        var regions = root.RequiredList("regions", map => ReadRegion(map, regionIds));
        var partIds = new HashSet<string>(StringComparer.Ordinal);
        var parts = root.RequiredList("parts", map => ReadPart(map, regionIds, partIds));
        var unjudged = regions.FirstOrDefault(region => parts.All(part => part.Region != region.Id));
        if (unjudged is not null)
        {
            throw root.ErrorAt("parts", $"region '{unjudged.Id}' is graded by no part; every region needs a part that fails without it");
        }

        return new LabDefinition(
            id,
            root.RequiredString("title"),
            root.RequiredString("machine"),
            language,
            reference,
            projects,
            requires,
            regions,
            parts,
            root.OptionalMap("late") is { } late ? ReadLate(late) : null,
            root.OptionalMap("feedback") is { } feedback ? ReadFeedback(feedback) : FeedbackSettings.Default,
            filePath);
    }

    private static LabRegion ReadRegion(MapReader map, HashSet<string> seen)
    {
        map.AllowOnly("id", "task", "files", "hint");
        var id = map.Required<string>("id", LabSyntax.IsName, "must be a name of letters, digits, '-' and '_'");
        if (!seen.Add(id))
        {
            throw map.ErrorAt("id", $"region id '{id}' is used twice");
        }

        var task = map.RequiredString("task");
        if (task.Contains('"', StringComparison.Ordinal) || task.Contains('\\', StringComparison.Ordinal) || task.Contains('\n', StringComparison.Ordinal))
        {
            throw map.ErrorAt("task", $"'{map.Qualify("task")}' is one line without '\"' or '\\' (it becomes a string in the starter)");
        }

        var files = map.ScalarList<string>("files", LabSyntax.IsRelativeFile, "must be a file path relative to the lab's reference folder", required: true);
        return new LabRegion(id, task, files, map.OptionalString("hint"));
    }

    private static GradedPart ReadPart(MapReader map, HashSet<string> regionIds, HashSet<string> seen)
    {
        map.AllowOnly("id", "title", "points", "visibility", "region", "judge", "limits");
        var id = map.Required<string>("id", LabSyntax.IsName, "must be a name of letters, digits, '-' and '_'");
        if (!seen.Add(id))
        {
            throw map.ErrorAt("id", $"part id '{id}' is used twice");
        }

        var region = map.RequiredString("region");
        if (!regionIds.Contains(region))
        {
            throw map.ErrorAt("region", $"'{map.Qualify("region")}' names '{region}', which is not a region of this lab ({string.Join(", ", regionIds)})");
        }

        var judge = map.OptionalMap("judge") ?? throw map.ErrorAt("judge", $"missing required key '{map.Qualify("judge")}'");
        return new GradedPart(
            id,
            map.RequiredString("title"),
            map.Required<int>("points", LabSyntax.IsPositiveInt, "must be a positive whole number"),
            map.Optional<Visibility?>("visibility", LabSyntax.TryParseVisibility, "must be visible, hidden or after_due_date") ?? Visibility.Visible,
            region,
            ReadJudge(judge),
            map.OptionalMap("limits") is { } limits ? ReadLimits(limits) : ResourceLimits.Default);
    }

    private static PartJudge ReadJudge(MapReader map)
    {
        var kind = map.RequiredString("kind");
        switch (kind)
        {
            case "singlestep-6502":
                map.AllowOnly("kind", "suite", "opcodes", "vectors");
                return new SingleStep6502Judge(
                    map.OptionalString("suite") ?? "6502-singlestep",
                    map.ScalarList<byte>("opcodes", LabSyntax.TryParseHexByte, "must be an opcode in hex, e.g. a1", required: true),
                    map.Optional<int?>("vectors", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? 100);
            case "mapper-banking":
                map.AllowOnly("kind", "mapper", "prg_banks", "samples");
                var mapper = map.Required<int>("mapper", LabSyntax.IsPositiveInt, "must be a mapper number");
                if (!MapperBanking.Supports(mapper))
                {
                    throw map.ErrorAt("mapper", $"mapper {mapper} has no banking judge; supported: {string.Join(", ", MapperBanking.Supported)}");
                }

                return new MapperBankingJudge(
                    mapper,
                    map.Optional<int?>("prg_banks", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? 8,
                    map.Optional<int?>("samples", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? 16);
            case "asm-routine":
                map.AllowOnly("kind", "file", "routine", "inputs", "outputs", "cases", "frames");
                var inputs = map.Required<int>("inputs", LabSyntax.IsPositiveInt, "must be the number of input bytes (1-16)");
                var outputs = map.Required<int>("outputs", LabSyntax.IsPositiveInt, "must be the number of output bytes (1-16)");
                var cases = map.Optional<int?>("cases", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? 32;
                if (inputs > 16 || outputs > 16 || cases * (outputs + 1) > 0x500)
                {
                    throw map.ErrorAt("cases", "inputs and outputs are at most 16 bytes each and cases x (outputs + 1) at most 1280 bytes");
                }

                return new AsmRoutineJudge(
                    map.Required<string>("file", LabSyntax.IsRelativeFile, "must be a file relative to the lab's reference folder"),
                    map.Required<string>("routine", LabSyntax.IsName, "must be a routine (label) name"),
                    inputs,
                    outputs,
                    cases,
                    map.Optional<int?>("frames", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? 30);
            case "jvm-program":
                map.AllowOnly("kind", "programs", "heap");
                return new JvmProgramJudge(
                    map.ScalarList<string>("programs", LabSyntax.IsJavaClassName, "must be a Java class name (programs/NAME.java beside lab.yaml)", required: true),
                    map.Optional<long?>("heap", LabSyntax.TryParseHeap, "must be a heap size such as 4MB or 512KB (at least 1MB)") ?? 64L * 1024 * 1024);
            case "hypervisor-guest":
                map.AllowOnly("kind", "guests", "backend", "instructions");
                return new HypervisorGuestJudge(
                    map.ScalarList<string>("guests", LabSyntax.IsName, "must be a guest name (guests/NAME.asm beside lab.yaml)", required: true),
                    map.Optional<string>("backend", LabSyntax.IsGuestBackend, "must be 'emulator' or 'kvm'") ?? "emulator",
                    map.Optional<long?>("instructions", LabSyntax.IsPositiveLong, "must be a positive whole number") ?? 10_000_000);
            case "container-bundle":
                map.AllowOnly("kind", "script", "memory", "pids");
                return new ContainerBundleJudge(
                    map.RequiredString("script"),
                    map.Optional<long?>("memory", LabSyntax.TryParseHeap, "must be a size such as 16MB"),
                    map.Optional<int?>("pids", LabSyntax.IsPositiveInt, "must be a positive whole number"));
            default:
                throw map.ErrorAt("kind", $"unknown judge kind '{kind}'; expected one of: {string.Join(", ", PartJudges.Kinds)}");
        }
    }

    private static ResourceLimits ReadLimits(MapReader map)
    {
        map.AllowOnly("time", "memory");
        var time = map.Optional<TimeSpan?>("time", LabSyntax.TryParseDuration, "must be a duration such as 500ms, 30s or 2m") ?? ResourceLimits.Default.Time;
        var memory = map.Optional<long?>("memory", LabSyntax.TryParseSize, "must be a size such as 256MB or 1GB (at least 64MB)") ?? ResourceLimits.Default.MemoryBytes;
        return new ResourceLimits(time, memory);
    }

    private static LatePolicy ReadLate(MapReader map)
    {
        map.AllowOnly("due", "percent_per_day", "max_days");
        return new LatePolicy(
            map.Required<DateTimeOffset>("due", LabSyntax.TryParseInstant, "must be an ISO 8601 date and time with offset, e.g. 2026-12-01T23:59:00Z"),
            map.Required<int>("percent_per_day", LabSyntax.IsPercent, "must be a whole number from 0 to 100"),
            map.Optional<int?>("max_days", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? 7);
    }

    private static FeedbackSettings ReadFeedback(MapReader map)
    {
        map.AllowOnly("max_failures", "show_expected", "hints");
        return new FeedbackSettings(
            map.Optional<int?>("max_failures", LabSyntax.IsPositiveInt, "must be a positive whole number") ?? FeedbackSettings.Default.MaxFailures,
            map.Optional<bool?>("show_expected", LabSyntax.TryParseBool, "must be true or false") ?? FeedbackSettings.Default.ShowExpected,
            map.Optional<bool?>("hints", LabSyntax.TryParseBool, "must be true or false") ?? FeedbackSettings.Default.Hints);
    }
}
