using Hawk.Harness.Results;
using Hawk.Harness.Suites;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Expectations;

/// <summary>The cases of one machine that are expected to fail, with reasons: conformance/expectations/&lt;machine&gt;.yaml.</summary>
public sealed class KnownFailures
{
    private readonly Dictionary<SuiteCaseKey, KnownFailure> _byCase;

    private KnownFailures(string machine, IReadOnlyList<KnownFailure> entries)
    {
        Machine = machine;
        Entries = entries;
        _byCase = entries.ToDictionary(e => e.Case);
    }

    public string Machine { get; }

    public IReadOnlyList<KnownFailure> Entries { get; }

    public static KnownFailures None(string machine) => new(machine, []);

    /// <summary>Loads &lt;expectationsDirectory&gt;/&lt;machine&gt;.yaml; no file means no known failures.</summary>
    /// <exception cref="ExpectationsException">The file is malformed.</exception>
    public static KnownFailures Load(DirectoryInfo expectationsDirectory, string machine)
    {
        var path = Path.Combine(expectationsDirectory.FullName, machine + ".yaml");
        return File.Exists(path) ? Parse(File.ReadAllText(path), path, machine) : None(machine);
    }

    /// <exception cref="ExpectationsException">The text is malformed or names another machine.</exception>
    public static KnownFailures Parse(string yaml, string filePath, string machine)
    {
        var root = YamlDocument.LoadRoot(yaml, YamlErrors.ForExpectations(filePath));
        root.AllowOnly("machine", "known_failures");
        var declared = root.RequiredString("machine");
        if (declared != machine)
        {
            throw root.ErrorAt("machine", $"'machine' is '{declared}' but the file is for '{machine}'");
        }

        var seen = new HashSet<SuiteCaseKey>();
        var entries = root.OptionalList("known_failures", entry => ReadEntry(entry, seen));
        return new KnownFailures(machine, entries);
    }

    /// <summary>The reason <paramref name="key"/> is expected to fail, or null when it is expected to pass.</summary>
    public string? ReasonFor(SuiteCaseKey key) => _byCase.GetValueOrDefault(key)?.Reason;

    /// <summary>
    /// Entries naming a case that does not exist: the entry's suite was enumerated (it appears in
    /// <paramref name="enumerated"/>) but the case is not among its cases, or the suite is not in <paramref name="knownSuites"/>.
    /// </summary>
    public IReadOnlyList<KnownFailure> StaleEntries(IEnumerable<SuiteCaseKey> enumerated, IEnumerable<string> knownSuites)
    {
        var cases = enumerated.ToHashSet();
        var enumeratedSuites = cases.Select(c => c.SuiteId).ToHashSet(StringComparer.Ordinal);
        var suites = knownSuites.ToHashSet(StringComparer.Ordinal);
        return Entries
            .Where(e => !suites.Contains(e.Case.SuiteId)
                || (enumeratedSuites.Contains(e.Case.SuiteId) && !cases.Contains(e.Case)))
            .ToList();
    }

    private static KnownFailure ReadEntry(MapReader entry, HashSet<SuiteCaseKey> seen)
    {
        entry.AllowOnly("case", "reason");
        var key = entry.Required<SuiteCaseKey>("case", TryParseCase, "must be '<suite id>/<case id>'");
        if (!seen.Add(key))
        {
            throw entry.ErrorAt("case", $"'{entry.Qualify("case")}' repeats '{key}'");
        }

        return new KnownFailure(key, entry.RequiredString("reason"), entry.Errors.FilePath, (int)entry.Start.Line);
    }

    private static bool TryParseCase(string text, out SuiteCaseKey key)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        key = slash > 0 && slash < text.Length - 1 ? new SuiteCaseKey(text[..slash], text[(slash + 1)..]) : default;
        return slash > 0 && slash < text.Length - 1;
    }
}
