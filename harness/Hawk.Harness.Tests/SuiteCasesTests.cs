using System.Text;
using Hawk.Harness.NUnit;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Tests.Support;
using NUnit.Framework.Internal;

namespace Hawk.Harness.Tests;

public sealed class SuiteCasesTests
{
    private TempRepository _repository = null!;

    [SetUp]
    public void CreateRepository() => _repository = new TempRepository();

    [TearDown]
    public void DeleteRepository() => _repository.Dispose();

    [Test]
    public void Each_case_becomes_a_named_categorised_test_case()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("data.txt", "a"));
        var session = _repository.Session();

        var cases = SuiteCases.For(FakeAdapter.Passing("alpha", "first", "a9 12/34.json"), () => session).ToList();

        Assert.That(cases.Select(c => c.TestName), Is.EqualTo(new[] { "first", "a9_12_34_json" }));
        Assert.That(cases[1].Arguments.Single(), Is.EqualTo(new SuiteCase("alpha", "a9 12/34.json", "data.txt")));
        Assert.That(cases[0].Properties["Category"], Is.EqualTo(new[] { "alpha", "fake" }));
    }

    [Test]
    public void Passing_and_known_failing_cases_return()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("data.txt", "a"));
        _repository.WriteExpectations("fake", "machine: fake\nknown_failures:\n  - case: alpha/known\n    reason: not yet\n");
        var session = _repository.Session();
        var adapter = new FakeAdapter("alpha", ["good", "known"], (c, _) => c.CaseId == "good"
            ? CaseResult.Pass(c.Key, "ok", Measurements.None)
            : CaseResult.Fail(c.Key, "still wrong", Measurements.None));

        using (new TestExecutionContext.IsolatedContext())
        {
            foreach (var testCase in adapter.EnumerateCases(null!))
            {
                Assert.DoesNotThrow(() => SuiteCases.Run(adapter, testCase, () => session));
            }
        }
    }

    [Test]
    public void A_failing_case_fails_with_divergence_and_measurements_and_attaches_artefacts()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("data.txt", "a"));
        var session = _repository.Session();
        var adapter = new FakeAdapter("alpha", ["bad"], (c, _) => CaseResult.Fail(c.Key, "A register differs",
            new Measurements(42, 7, TimeSpan.FromMilliseconds(3)), new Divergence("line 9", "A:01", "A:02", "LDA #$01"),
            [new Artefact("trace.txt", "text/plain", Encoding.UTF8.GetBytes("trace"))]));

        AssertionException? failure = null;
        List<global::NUnit.Framework.Interfaces.TestAttachment> attachments;
        using (new TestExecutionContext.IsolatedContext())
        {
            // Not Assert.Throws: it isolates its delegate, and the attachments would be recorded out of reach.
            try
            {
                SuiteCases.Run(adapter, new SuiteCase("alpha", "bad", "data.txt"), () => session);
            }
            catch (AssertionException e)
            {
                failure = e;
            }

            attachments = TestExecutionContext.CurrentContext.CurrentResult.TestAttachments.ToList();
        }

        Assert.That(failure?.Message, Does.Contain("alpha/bad: Failed").And.Contain("A register differs")
            .And.Contain("First divergence at line 9").And.Contain("expected: A:01").And.Contain("actual:   A:02")
            .And.Contain("LDA #$01").And.Contain("42 cycles").And.Contain("7 instructions"));
        Assert.That(attachments.Select(a => a.Description), Is.EqualTo(new[] { "trace.txt (text/plain)" }));
        Assert.That(File.ReadAllText(attachments[0].FilePath), Is.EqualTo("trace"));
    }

    [Test]
    public void An_unexpected_pass_fails()
    {
        _repository.AddSuite("alpha", _repository.SuitesRoot, ("data.txt", "a"));
        _repository.WriteExpectations("fake", "machine: fake\nknown_failures:\n  - case: alpha/fixed\n    reason: was broken\n");
        var session = _repository.Session();

        using (new TestExecutionContext.IsolatedContext())
        {
            var failure = Assert.Throws<AssertionException>(() =>
                SuiteCases.Run(FakeAdapter.Passing("alpha", "fixed"), new SuiteCase("alpha", "fixed", "data.txt"), () => session));

            Assert.That(failure!.Message, Does.Contain("UnexpectedPass").And.Contain("was broken"));
        }
    }

    [Test]
    public void Missing_data_gives_one_placeholder_that_is_ignored_or_with_suites_required_fails()
    {
        _repository.WriteManifest("alpha", TempRepository.ManifestYaml("alpha", [("data.txt", "a")]));
        var adapter = FakeAdapter.Passing("alpha", "x");
        var lenient = _repository.Session();
        var strict = _repository.Session(requireSuites: true);

        var placeholder = SuiteCases.For(adapter, () => lenient).Single();

        Assert.That(placeholder.TestName, Is.EqualTo("suite-unavailable"));
        var testCase = (SuiteCase)placeholder.Arguments[0]!;
        using (new TestExecutionContext.IsolatedContext())
        {
            var ignored = Assert.Throws<IgnoreException>(() => SuiteCases.Run(adapter, testCase, () => lenient));
            Assert.That(ignored!.Message, Does.Contain("hawk suites fetch alpha"));
            var failed = Assert.Throws<AssertionException>(() => SuiteCases.Run(adapter, testCase, () => strict));
            Assert.That(failed!.Message, Does.Contain("hawk suites fetch alpha").And.Contain("HAWK_REQUIRE_SUITES"));
        }
    }

    [Test]
    public void A_broken_manifest_or_digest_gives_a_placeholder_that_fails_precisely()
    {
        _repository.WriteManifest("alpha", "id: alpha\ntitle: A\nmachine: fake\nupstream: []\n");
        _repository.AddSuite("beta", _repository.SuitesRoot, ("data.txt", "b"));
        File.WriteAllText(Path.Combine(_repository.SuitesRoot.FullName, "beta", "data.txt"), "B");
        var session = _repository.Session();

        using (new TestExecutionContext.IsolatedContext())
        {
            var manifest = Assert.Throws<AssertionException>(() => RunOnly(FakeAdapter.Passing("alpha", "x"), session));
            Assert.That(manifest!.Message, Does.Contain("suite.yaml:4:11: 'upstream' must have at least 1 item"));
            var digest = Assert.Throws<AssertionException>(() => RunOnly(FakeAdapter.Passing("beta", "x"), session));
            Assert.That(digest!.Message, Does.Contain("data.txt: sha256 " + TempRepository.Sha256("B")).And.Contain("expected " + TempRepository.Sha256("b")));
        }
    }

    private static void RunOnly(ISuiteAdapter adapter, ConformanceSession session) =>
        SuiteCases.Run(adapter, (SuiteCase)SuiteCases.For(adapter, () => session).Single().Arguments[0]!, () => session);
}
