using System.Text;
using Hawk.Cli;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class HawkAppTests
{
    private TempRepository _repository = null!;

    [SetUp]
    public void CreateRepository() => _repository = new TempRepository();

    [TearDown]
    public void DeleteRepository() => _repository.Dispose();

    private (int Exit, string Out, string Err) Hawk(IReadOnlyList<ISuiteAdapter> adapters, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = HawkApp.Run(args, adapters, output, error, _repository.Environment());
        return (exit, output.ToString(), error.ToString());
    }

    [Test]
    public void Suites_list_shows_each_suite_and_where_its_data_is()
    {
        _repository.AddSuite("alpha", _repository.Shared, ("a.txt", "alpha"));
        _repository.WriteManifest("beta", TempRepository.ManifestYaml("beta", [("b.txt", "b")]));

        var (exit, output, _) = Hawk([], "suites", "list");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success));
        var alpha = output.Split('\n').Single(line => line.Contains("alpha", StringComparison.Ordinal));
        Assert.That(alpha, Does.Contain("fake").And.Contain("Suite alpha").And.Contain(Path.Combine(_repository.Shared.FullName, "alpha")));
        var beta = output.Split('\n').Single(line => line.Contains("beta", StringComparison.Ordinal));
        Assert.That(beta, Does.Contain("missing"));
    }

    [Test]
    public void Suites_verify_reports_each_problem_and_exits_1()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("a.txt", "alpha"), ("b.txt", "beta"));
        _repository.AddSuite("beta", _repository.SuitesRoot, ("c.txt", "gamma"));

        var intact = Hawk([], "suites", "verify");
        File.WriteAllText(Path.Combine(_repository.SuitesRoot.FullName, "alpha", "b.txt"), "BETA");
        var altered = Hawk([], "suites", "verify", "alpha");

        Assert.That(intact.Exit, Is.EqualTo(ExitCodes.Success), intact.Out + intact.Err);
        Assert.That(intact.Out, Does.Contain("alpha: ok, 2 files").And.Contain("beta: ok, 1 files"));
        Assert.That(altered.Exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(altered.Out, Does.Contain("alpha: 1 of 2 files do not match")
            .And.Contain($"b.txt: sha256 {TempRepository.Sha256("BETA")}, expected {TempRepository.Sha256("beta")}"));
        Assert.That(altered.Out, Does.Not.Contain("beta:"));
    }

    [Test]
    public void Suites_verify_fails_on_missing_data_and_rejects_unknown_suites()
    {
        _repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", [("a.txt", "a")]));

        var missing = Hawk([], "suites", "verify");
        var unknown = Hawk([], "suites", "verify", "gamma");

        Assert.That(missing.Exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(missing.Out, Does.Contain("alpha: missing").And.Contain("hawk suites fetch alpha"));
        Assert.That(unknown.Exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(unknown.Err, Does.Contain("No suite 'gamma'"));
    }

    [Test]
    public void Conformance_run_writes_reports_and_exits_0_without_failing_verdicts()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("a.txt", "alpha"));
        var reports = Path.Combine(_repository.Base.FullName, "out");

        var (exit, output, error) = Hawk([FakeAdapter.Passing("alpha", "one", "two")], "conformance", "run", "--out", reports, "--parallel", "2");

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), output + error);
        Assert.That(output, Does.Contain("[2/2] 2 passed").And.Contain("OK: 2 cases, no failing verdict."));
        Assert.That(output.Split('\n').Single(l => l.Contains("alpha", StringComparison.Ordinal) && l.Contains("fake", StringComparison.Ordinal)),
            Does.Match(@"alpha\s*\W\s*fake\s*\W\s*2\s*\W\s*0"));
        foreach (var name in new[] { "run.json", "history.jsonl", "junit.xml", "summary.md", "index.html" })
        {
            Assert.That(File.Exists(Path.Combine(reports, name)), Is.True, name);
            Assert.That(output, Does.Contain("Wrote " + Path.Combine(reports, name)));
        }
    }

    [Test]
    public void Conformance_run_exits_1_and_shows_the_first_divergence_when_a_case_fails()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("a.txt", "alpha"));
        var adapter = new FakeAdapter("alpha", ["good", "bad"], (c, _) => c.CaseId == "good"
            ? CaseResult.Pass(c.Key, "ok", Measurements.None)
            : CaseResult.Fail(c.Key, "P differs", Measurements.None, new Divergence("trace line 7", "P:24", "P:A4")));

        var (exit, output, _) = Hawk([adapter], "conformance", "run", "--suite", "alpha");

        Assert.That(exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(output, Does.Contain("alpha/bad: Failed").And.Contain("First divergence at trace line 7").And.Contain("expected: P:24")
            .And.Contain("FAILED: 1 failing verdicts of 2 cases."));
        Assert.That(File.Exists(Path.Combine(_repository.Root.FullName, "reports", "junit.xml")), Is.True, "reports default to <repository>/reports");
    }

    [Test]
    public void A_bad_suite_yaml_exits_2_with_its_line_and_column()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("a.txt", "alpha"));
        var manifest = _repository.WriteManifest("beta", "id: beta\ntitle: B\nmachine: fake\nlicense: MIT\n");

        var run = Hawk([FakeAdapter.Passing("alpha", "one")], "conformance", "run");
        var list = Hawk([], "suites", "list");

        Assert.That(run.Exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(run.Err.Trim(), Is.EqualTo($"{manifest}:4:1: unknown key 'license'; expected one of: id, title, machine, data, budget, upstream, files"));
        Assert.That(run.Err, Does.Not.Contain("   at "), "no stack trace");
        Assert.That(list.Exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(list.Err, Does.Contain($"{manifest}:4:1:"));
    }

    [Test]
    public void A_bad_expectations_file_exits_2_with_its_line_and_column()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("a.txt", "alpha"));
        var expectations = _repository.WriteExpectations("fake", "machine: fake\nknown_failures:\n  - case: alpha/one\n");

        var (exit, _, error) = Hawk([FakeAdapter.Passing("alpha", "one")], "conformance", "run");

        Assert.That(exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(error.Trim(), Is.EqualTo($"{expectations}:3:5: missing required key 'known_failures[0].reason'"));
    }

    [Test]
    public void Usage_errors_exit_2()
    {
        Assert.That(Hawk([], "frobnicate").Exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(Hawk([], "conformance", "run", "--parallel", "0").Err, Does.Contain("--parallel must be at least 1"));
        Assert.That(Hawk([FakeAdapter.Passing("alpha", "x")], "conformance", "run", "--suite", "nope").Exit, Is.EqualTo(ExitCodes.Configuration));
    }

    [Test]
    public void Suites_fetch_downloads_from_a_mirror_and_reports_failures()
    {
        using var server = new LoopbackHttpServer();
        _repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", [("a.txt", "alpha")]));
        server.Files["/alpha/a.txt"] = Encoding.UTF8.GetBytes("alpha");

        var target = Path.Combine(_repository.SuitesRoot.FullName, "alpha", "a.txt");

        var fetched = Hawk([], "suites", "fetch", "alpha", "--mirror", server.BaseUri.ToString());

        Assert.That(fetched.Exit, Is.EqualTo(ExitCodes.Success), fetched.Err);
        Assert.That(fetched.Out, Does.Contain("[1/1] a.txt").And.Contain("1 downloaded"));
        Assert.That(File.ReadAllText(target), Is.EqualTo("alpha"));

        server.Files["/alpha/a.txt"] = Encoding.UTF8.GetBytes("ALPHA");
        File.Delete(target);
        var mismatch = Hawk([], "suites", "fetch", "alpha", "--mirror", server.BaseUri.ToString());

        Assert.That(File.Exists(target), Is.False);
        Assert.That(mismatch.Exit, Is.EqualTo(ExitCodes.Failure));
        Assert.That(mismatch.Err, Does.Contain($"has sha256 {TempRepository.Sha256("ALPHA")}, expected {TempRepository.Sha256("alpha")}"));
    }
}
