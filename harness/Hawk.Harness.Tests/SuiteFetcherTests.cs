using System.Text;
using Hawk.Harness.Suites;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class SuiteFetcherTests
{
    private TempRepository _repository = null!;
    private LoopbackHttpServer _server = null!;
    private HttpClient _http = null!;

    [SetUp]
    public void Start()
    {
        _repository = new TempRepository();
        _server = new LoopbackHttpServer();
        _http = new HttpClient();
    }

    [TearDown]
    public void Stop()
    {
        _http.Dispose();
        _server.Dispose();
        _repository.Dispose();
    }

    private SuiteManifest Manifest(params (string Path, string Content)[] files)
    {
        var url = _server.BaseUri + "{repository}/{commit}/{source}";
        var path = _repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", files, url: url));
        return SuiteManifestParser.Load(new FileInfo(path));
    }

    private void Serve(string path, string content) => _server.Files[path] = Encoding.UTF8.GetBytes(content);

    private string Target(string path) => Path.Combine(_repository.SuitesRoot.FullName, "alpha", path);

    [Test]
    public void Files_are_downloaded_from_the_url_template_and_verified()
    {
        var manifest = Manifest(("a.txt", "alpha"), ("sub dir/b.txt", "beta"));
        const string prefix = "/example/alpha/0123456789abcdef0123456789abcdef01234567/upstream/";
        Serve(prefix + "a.txt", "alpha");
        Serve(prefix + "sub dir/b.txt", "beta");
        var reports = new List<FetchProgress>();

        var summary = _http.Send(manifest, _repository.SuitesRoot, null, reports);

        Assert.That(File.ReadAllText(Target("a.txt")), Is.EqualTo("alpha"));
        Assert.That(File.ReadAllText(Target("sub dir/b.txt")), Is.EqualTo("beta"));
        Assert.That((summary.Downloaded, summary.AlreadyPresent, summary.BytesDownloaded), Is.EqualTo((2, 0, 9L)));
        Assert.That(reports.Where(r => r.FileDone).Select(r => (r.File, r.SuiteBytes)), Is.EqualTo(new[] { ("a.txt", 5L), ("sub dir/b.txt", 9L) }));
        Assert.That(reports.Select(r => r.SuiteTotal), Is.All.EqualTo(9));

        var again = _http.Send(manifest, _repository.SuitesRoot, null, []);
        Assert.That((again.Downloaded, again.AlreadyPresent), Is.EqualTo((0, 2)), "intact files are not downloaded again");
        Assert.That(_server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public void A_mirror_serves_data_laid_out_like_a_suite_root()
    {
        var manifest = Manifest(("a.txt", "alpha"));
        Serve("/mirror/alpha/a.txt", "alpha");

        _http.Send(manifest, _repository.SuitesRoot, new Uri(_server.BaseUri, "mirror"), []);

        Assert.That(File.ReadAllText(Target("a.txt")), Is.EqualTo("alpha"));
        Assert.That(_server.Requests, Is.EqualTo(new[] { "/mirror/alpha/a.txt" }));
    }

    [Test]
    public void A_digest_mismatch_is_typed_and_leaves_nothing_behind()
    {
        var manifest = Manifest(("a.txt", "alpha"));
        Serve("/m/alpha/a.txt", "ALPHA");

        var error = Assert.Throws<SuiteDigestMismatchException>(() => _http.Send(manifest, _repository.SuitesRoot, new Uri(_server.BaseUri, "m/"), []));

        Assert.That(error!.File.Path, Is.EqualTo("a.txt"));
        Assert.That(error.ExpectedSha256, Is.EqualTo(TempRepository.Sha256("alpha")));
        Assert.That(error.ActualSha256, Is.EqualTo(TempRepository.Sha256("ALPHA")));
        Assert.That(error.Message, Does.Contain("a.txt").And.Contain(error.ExpectedSha256).And.Contain(error.ActualSha256));
        Assert.That(Directory.GetFiles(_repository.SuitesRoot.FullName, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void A_file_of_the_wrong_size_is_not_kept()
    {
        var manifest = Manifest(("a.txt", "alpha"));
        Serve("/m/alpha/a.txt", "alpha and more");

        var error = Assert.Throws<SuiteFetchException>(() => _http.Send(manifest, _repository.SuitesRoot, new Uri(_server.BaseUri, "m/"), []));

        Assert.That(error!.Message, Does.Contain("longer than the pinned 5 bytes"));
        Assert.That(Directory.GetFiles(_repository.SuitesRoot.FullName, "*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void Not_found_is_a_clear_error()
    {
        var manifest = Manifest(("a.txt", "alpha"));

        var error = Assert.Throws<SuiteFetchException>(() => _http.Send(manifest, _repository.SuitesRoot, null, []));

        Assert.That(error!.Message, Does.Contain("'a.txt'").And.Contain("answered 404").And.Contain(_server.BaseUri.ToString()));
        Assert.That(File.Exists(Target("a.txt")), Is.False);
    }

    [Test]
    public void Mirror_only_files_need_a_mirror()
    {
        var yaml = """
            id: alpha
            title: A
            machine: fake
            upstream:
              - repository: a/b
                commit: 0123456789abcdef0123456789abcdef01234567
                licence: MIT
            files:
              - path: a.txt
                sha256: 442c4dd5539c7e88b3fd73c7b732a7eadbd22b47c2cd9e58397ef147f64f6f8f
                bytes: 1
            """;
        var manifest = SuiteManifestParser.Load(new FileInfo(_repository.WriteManifest("alpha", yaml)));

        var error = Assert.Throws<SuiteFetchException>(() => _http.Send(manifest, _repository.SuitesRoot, null, []));

        Assert.That(error!.Message, Does.Contain("'a.txt' is served only by a mirror").And.Contain("--mirror"));
        Assert.That(_server.Requests, Is.Empty);
    }
}

internal static class FetchExtensions
{
    public static FetchSummary Send(this HttpClient http, SuiteManifest manifest, DirectoryInfo target, Uri? mirror, List<FetchProgress> reports) =>
        new SuiteFetcher(http).FetchAsync(manifest, target, mirror, new Collect(reports)).GetAwaiter().GetResult();

    private sealed class Collect(List<FetchProgress> reports) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) => reports.Add(value);
    }
}
