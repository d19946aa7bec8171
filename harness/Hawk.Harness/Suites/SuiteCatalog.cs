using Hawk.Harness.Yaml;

namespace Hawk.Harness.Suites;

/// <summary>Every suite manifest under conformance/suites/*/suite.yaml; a broken manifest is collected, not fatal to the others.</summary>
public sealed class SuiteCatalog
{
    private readonly Dictionary<string, SuiteManifest> _byId;
    private readonly Dictionary<string, SuiteManifestException> _errorsById;

    private SuiteCatalog(IReadOnlyList<SuiteManifest> manifests, IReadOnlyList<(string Id, SuiteManifestException Error)> errors)
    {
        Manifests = manifests;
        Errors = errors.Select(e => e.Error).ToList();
        _byId = manifests.ToDictionary(m => m.Id, StringComparer.Ordinal);
        _errorsById = errors.ToDictionary(e => e.Id, e => e.Error, StringComparer.Ordinal);
    }

    /// <summary>Valid manifests, ordered by id.</summary>
    public IReadOnlyList<SuiteManifest> Manifests { get; }

    /// <summary>One error per broken manifest, ordered by suite folder.</summary>
    public IReadOnlyList<SuiteManifestException> Errors { get; }

    /// <summary>Loads every manifest under <paramref name="suitesDirectory"/> (conformance/suites); a missing folder is an empty catalog.</summary>
    public static SuiteCatalog Load(DirectoryInfo suitesDirectory)
    {
        var manifests = new List<SuiteManifest>();
        var errors = new List<(string, SuiteManifestException)>();
        var folders = suitesDirectory.Exists ? suitesDirectory.GetDirectories() : [];
        foreach (var folder in folders.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var file = new FileInfo(Path.Combine(folder.FullName, SuiteManifestParser.FileName));
            if (!file.Exists)
            {
                continue;
            }

            try
            {
                manifests.Add(SuiteManifestParser.Load(file));
            }
            catch (SuiteManifestException e)
            {
                errors.Add((folder.Name, e));
            }
        }

        return new SuiteCatalog(manifests, errors);
    }

    public SuiteManifest? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The manifest of <paramref name="id"/>.</summary>
    /// <exception cref="SuiteManifestException">Its manifest is broken.</exception>
    /// <exception cref="UnknownSuiteException">There is no manifest for <paramref name="id"/>.</exception>
    public SuiteManifest Get(string id) =>
        _byId.TryGetValue(id, out var manifest) ? manifest
        : _errorsById.TryGetValue(id, out var error) ? throw error
        : throw new UnknownSuiteException(id, _byId.Keys.Order(StringComparer.Ordinal).ToList());
}

/// <summary>A suite id names no manifest in conformance/suites.</summary>
public sealed class UnknownSuiteException(string id, IReadOnlyList<string> known)
    : Exception($"No suite '{id}': there is no conformance/suites/{id}/suite.yaml. Known suites: {(known.Count == 0 ? "(none)" : string.Join(", ", known))}.")
{
    public string SuiteId => id;
}
