namespace Hawk.Harness.Suites;

/// <summary>Where each file of a suite is downloaded from: a mirror laid out like a suite root, or the file's pinned upstream.</summary>
public static class FetchPlan
{
    /// <exception cref="SuiteFetchException">A file has no source: it is mirror-only and no mirror is given.</exception>
    public static IReadOnlyList<(SuiteFile File, Uri Url)> For(SuiteManifest manifest, Uri? mirror) =>
        manifest.Files.Select(file => (file, mirror is null ? Upstream(manifest, file) : Mirrored(mirror, manifest, file))).ToList();

    private static Uri Mirrored(Uri mirror, SuiteManifest manifest, SuiteFile file)
    {
        var baseUri = mirror.AbsoluteUri.EndsWith('/') ? mirror : new Uri(mirror.AbsoluteUri + "/");
        return new Uri(baseUri, Escape(manifest.DataFolder) + "/" + Escape(file.Path));
    }

    private static Uri Upstream(SuiteManifest manifest, SuiteFile file)
    {
        var upstream = manifest.Upstreams.FirstOrDefault(u => u.Repository == file.From);
        if (file.Source is null || upstream?.UrlTemplate is null)
        {
            throw new SuiteFetchException(
                $"Suite '{manifest.Id}' file '{file.Path}' is served only by a mirror ({(file.Source is null ? "it has no upstream source" : $"upstream {upstream?.Repository} has no url")}). "
                + "Pass --mirror URL or set $HAWK_SUITES_MIRROR.");
        }

        return new Uri(upstream.UrlTemplate
            .Replace("{repository}", upstream.Repository, StringComparison.Ordinal)
            .Replace("{commit}", upstream.Commit, StringComparison.Ordinal)
            .Replace("{source}", Escape(file.Source), StringComparison.Ordinal));
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
