using Hawk.Harness.Suites;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Tests;

public sealed class SuiteManifestParserTests
{
    private const string Valid = """
        id: nestest
        title: nestest with the Nintendulator trace
        machine: mos6502
        data: nestest-data
        budget: { cycles: 200000, wall_time: 30s }
        upstream:
          - repository: christopherpow/nes-test-roms
            commit: 95d8f621ae55cee0d09b91519a8989ae0e64753b
            licence: "freely distributed"
            url: "https://raw.githubusercontent.com/{repository}/{commit}/{source}"
          - repository: someone/derived
            commit: 0123456789abcdef0123456789abcdef01234567
            licence: MIT
            note: a subset
        files:
          - path: nestest.nes
            source: other/nestest.nes
            from: christopherpow/nes-test-roms
            sha256: F67D55FD6B3CF0BAD1CC85F1DF0D739C65B53E79CECB7FEA8F77EC0EADAB0004
            bytes: 24592
          - path: logs/nestest.log
            sha256: 442c4dd5539c7e88b3fd73c7b732a7eadbd22b47c2cd9e58397ef147f64f6f8f
            bytes: 859167
        """;

    [Test]
    public void A_valid_manifest_is_read_in_full()
    {
        var manifest = SuiteManifestParser.Parse(Valid, "/x/suite.yaml", "nestest");

        Assert.That(manifest.Id, Is.EqualTo("nestest"));
        Assert.That(manifest.Title, Is.EqualTo("nestest with the Nintendulator trace"));
        Assert.That(manifest.Machine, Is.EqualTo("mos6502"));
        Assert.That(manifest.DataFolder, Is.EqualTo("nestest-data"));
        Assert.That(manifest.Budget.Cycles, Is.EqualTo(200_000));
        Assert.That(manifest.Budget.WallTime, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(manifest.ManifestPath, Is.EqualTo("/x/suite.yaml"));
        Assert.That(manifest.Upstreams, Has.Count.EqualTo(2));
        Assert.That(manifest.Upstreams[0].UrlTemplate, Is.EqualTo("https://raw.githubusercontent.com/{repository}/{commit}/{source}"));
        Assert.That(manifest.Upstreams[1].UrlTemplate, Is.Null);
        Assert.That(manifest.Upstreams[1].Note, Is.EqualTo("a subset"));
        Assert.That(manifest.Files[0], Is.EqualTo(new SuiteFile("nestest.nes", "other/nestest.nes", "christopherpow/nes-test-roms",
            "f67d55fd6b3cf0bad1cc85f1df0d739c65b53e79cecb7fea8f77ec0eadab0004", 24592)));
        Assert.That(manifest.Files[1].Source, Is.Null);
        Assert.That(manifest.Files[1].From, Is.Null);
    }

    [Test]
    public void Data_folder_budget_and_from_have_defaults()
    {
        var yaml = """
            id: tiny
            title: Tiny
            machine: x86
            upstream:
              - repository: a/b
                commit: 0123456789abcdef0123456789abcdef01234567
                licence: MIT
            files:
              - path: a.bin
                source: bin/a.bin
                sha256: 442c4dd5539c7e88b3fd73c7b732a7eadbd22b47c2cd9e58397ef147f64f6f8f
                bytes: 1
            """;

        var manifest = SuiteManifestParser.Parse(yaml, "suite.yaml", "tiny");

        Assert.That(manifest.DataFolder, Is.EqualTo("tiny"));
        Assert.That(manifest.Budget, Is.EqualTo(Running.Budget.Default));
        Assert.That(manifest.Files[0].From, Is.EqualTo("a/b"), "a file with a source comes from the only upstream");
    }

    [TestCase("500ms", 500)]
    [TestCase("30s", 30_000)]
    [TestCase("2m", 120_000)]
    [TestCase("1h", 3_600_000)]
    public void Wall_time_accepts_units(string text, int milliseconds)
    {
        var manifest = SuiteManifestParser.Parse(Valid.Replace("wall_time: 30s", $"wall_time: {text}", StringComparison.Ordinal), "suite.yaml", "nestest");

        Assert.That(manifest.Budget.WallTime, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    [TestCase("sha256: F67D55FD6B3CF0BAD1CC85F1DF0D739C65B53E79CECB7FEA8F77EC0EADAB0004", "sha256: f67d", 19, 13, "'files[0].sha256' must be 64 hex digits")]
    [TestCase("commit: 95d8f621ae55cee0d09b91519a8989ae0e64753b", "commit: main", 8, 13, "'upstream[0].commit' must be 40 hex digits")]
    [TestCase("wall_time: 30s", "wall_time: soon", 5, 38, "'budget.wall_time' must be a duration such as 500ms, 30s, 2m or 1h")]
    [TestCase("cycles: 200000", "cycles: -5", 5, 19, "'budget.cycles' must be a positive integer")]
    [TestCase("bytes: 24592", "bytes: lots", 20, 12, "'files[0].bytes' must be a non-negative integer")]
    [TestCase("path: logs/nestest.log", "path: ../nestest.log", 21, 11, "'files[1].path' must be a relative path inside the data folder")]
    [TestCase("path: logs/nestest.log", "path: /etc/passwd", 21, 11, "'files[1].path' must be a relative path inside the data folder")]
    [TestCase("path: logs/nestest.log", "path: nestest.nes", 21, 11, "'files[1].path' repeats 'nestest.nes'")]
    [TestCase("from: christopherpow/nes-test-roms", "from: nobody/else", 18, 11, "'files[0].from' names 'nobody/else', which is not an upstream")]
    [TestCase("from: christopherpow/nes-test-roms", "", 17, 13, "'files[0].from' is required: the suite has 2 upstreams")]
    [TestCase("note: a subset", "notes: a subset", 14, 5, "unknown key 'notes' in 'upstream[1]'; expected one of: repository, commit, licence, url, note")]
    [TestCase("machine: mos6502", "machine: mos6502\nowner: me", 4, 1, "unknown key 'owner'; expected one of: id, title")]
    [TestCase("title: nestest with the Nintendulator trace", "", 1, 1, "missing required key 'title'")]
    [TestCase("    licence: MIT", "", 11, 5, "missing required key 'upstream[1].licence'")]
    [TestCase("id: nestest", "id: other", 1, 5, "'id' is 'other' but the manifest's folder is 'nestest'")]
    [TestCase("url: \"https://raw.githubusercontent.com/{repository}/{commit}/{source}\"", "url: ftp://x/{source}", 10, 10, "'upstream[0].url' must be an absolute http(s) URL")]
    [TestCase("data: nestest-data", "data: a/b", 4, 7, "'data' must be a single folder name")]
    [TestCase("title: nestest with the Nintendulator trace", "title: [unclosed", 3, 1, "not valid YAML")]
    public void Errors_name_the_key_and_its_line_and_column(string replace, string with, int line, int column, string detail)
    {
        var yaml = Valid.Replace(replace, with, StringComparison.Ordinal);
        Assert.That(yaml, Is.Not.EqualTo(Valid), "the test must change the manifest");

        var error = Assert.Throws<SuiteManifestException>(() => SuiteManifestParser.Parse(yaml, "/repo/conformance/suites/nestest/suite.yaml", "nestest"));

        Assert.That(error!.Detail, Does.StartWith(detail));
        Assert.That((error.Line, error.Column), Is.EqualTo((line, column)));
        Assert.That(error.FilePath, Is.EqualTo("/repo/conformance/suites/nestest/suite.yaml"));
        Assert.That(error.Message, Does.StartWith($"/repo/conformance/suites/nestest/suite.yaml:{line}:{column}: {detail}"));
    }

    [Test]
    public void Lists_must_not_be_empty()
    {
        var cut = Valid.IndexOf("files:", StringComparison.Ordinal);

        var error = Assert.Throws<SuiteManifestException>(() => SuiteManifestParser.Parse(Valid[..cut] + "files: []\n", "suite.yaml", "nestest"));

        Assert.That(error!.Message, Is.EqualTo("suite.yaml:15:8: 'files' must have at least 1 item(s)"));
    }

    [Test]
    public void The_root_must_be_a_mapping()
    {
        var error = Assert.Throws<SuiteManifestException>(() => SuiteManifestParser.Parse("- a\n- b\n", "suite.yaml", "x"));

        Assert.That(error!.Message, Is.EqualTo("suite.yaml:1:1: the document must be a mapping of keys to values"));
    }

    [Test]
    public void Load_takes_the_expected_id_from_the_folder_name()
    {
        using var repository = new Support.TempRepository();
        var path = repository.WriteManifest("elsewhere", Valid);

        var error = Assert.Throws<SuiteManifestException>(() => SuiteManifestParser.Load(new FileInfo(path)));

        Assert.That(error!.Detail, Is.EqualTo("'id' is 'nestest' but the manifest's folder is 'elsewhere'; they must be equal"));
    }
}
