using Hawk.Harness.Expectations;
using Hawk.Harness.Results;
using Hawk.Harness.Yaml;

namespace Hawk.Harness.Tests;

public sealed class KnownFailuresTests
{
    private const string Yaml = """
        machine: mos6502
        known_failures:
          - case: 6502-functional/65C02_extended_opcodes_test
            reason: "65C02 opcodes are not implemented"
          - case: nestest/a/b
            reason: case ids may hold slashes
        """;

    [Test]
    public void Entries_are_read_with_their_lines()
    {
        var expectations = KnownFailures.Parse(Yaml, "mos6502.yaml", "mos6502");

        Assert.That(expectations.Entries, Has.Count.EqualTo(2));
        Assert.That(expectations.ReasonFor(new SuiteCaseKey("6502-functional", "65C02_extended_opcodes_test")), Is.EqualTo("65C02 opcodes are not implemented"));
        Assert.That(expectations.ReasonFor(new SuiteCaseKey("nestest", "a/b")), Is.EqualTo("case ids may hold slashes"));
        Assert.That(expectations.ReasonFor(new SuiteCaseKey("nestest", "a")), Is.Null);
        Assert.That(expectations.Entries[1].Line, Is.EqualTo(5));
    }

    [Test]
    public void No_file_means_no_known_failures()
    {
        var expectations = KnownFailures.Load(new DirectoryInfo(Path.GetTempPath()), "no-such-machine-" + Guid.NewGuid());

        Assert.That(expectations.Entries, Is.Empty);
    }

    [TestCase("machine: mos6502", "machine: nes", 1, 10, "'machine' is 'nes' but the file is for 'mos6502'")]
    [TestCase("    reason: \"65C02 opcodes are not implemented\"", "    reason: \"\"", 4, 13, "'known_failures[0].reason' must be a non-empty string")]
    [TestCase("    reason: \"65C02 opcodes are not implemented\"", "    why: x", 4, 5, "unknown key 'why' in 'known_failures[0]'; expected one of: case, reason")]
    [TestCase("    reason: case ids may hold slashes", "", 5, 5, "missing required key 'known_failures[1].reason'")]
    [TestCase("case: nestest/a/b", "case: nestest", 5, 11, "'known_failures[1].case' must be '<suite id>/<case id>'")]
    [TestCase("case: nestest/a/b", "case: 6502-functional/65C02_extended_opcodes_test", 5, 11, "'known_failures[1].case' repeats '6502-functional/65C02_extended_opcodes_test'")]
    public void Errors_name_the_key_and_its_line_and_column(string replace, string with, int line, int column, string detail)
    {
        var yaml = Yaml.Replace(replace, with, StringComparison.Ordinal);
        Assert.That(yaml, Is.Not.EqualTo(Yaml), "the test must change the file");

        var error = Assert.Throws<ExpectationsException>(() => KnownFailures.Parse(yaml, "mos6502.yaml", "mos6502"));

        Assert.That(error!.Message, Is.EqualTo($"mos6502.yaml:{line}:{column}: {detail}"));
    }

    [TestCase(Outcome.Passed, false, Verdict.Passed)]
    [TestCase(Outcome.Failed, false, Verdict.Failed)]
    [TestCase(Outcome.Errored, false, Verdict.Errored)]
    [TestCase(Outcome.Skipped, false, Verdict.Skipped)]
    [TestCase(Outcome.Passed, true, Verdict.UnexpectedPass)]
    [TestCase(Outcome.Failed, true, Verdict.KnownFailure)]
    [TestCase(Outcome.Errored, true, Verdict.KnownFailure)]
    [TestCase(Outcome.Skipped, true, Verdict.Skipped)]
    public void Verdicts_apply_the_known_failures(Outcome outcome, bool known, Verdict verdict)
    {
        var result = new CaseResult("s", "c", outcome, "m", null, Measurements.None, []);

        var judged = JudgedResult.Judge(result, known ? "why" : null);

        Assert.That(judged.Verdict, Is.EqualTo(verdict));
        Assert.That(judged.KnownFailureReason, Is.EqualTo(known ? "why" : null));
    }

    [TestCase(Verdict.Passed, false)]
    [TestCase(Verdict.Failed, true)]
    [TestCase(Verdict.KnownFailure, false)]
    [TestCase(Verdict.UnexpectedPass, true)]
    [TestCase(Verdict.Skipped, false)]
    [TestCase(Verdict.Errored, true)]
    public void Failing_verdicts(Verdict verdict, bool failing) => Assert.That(verdict.IsFailure(), Is.EqualTo(failing));

    [Test]
    public void Stale_entries_name_cases_missing_from_an_enumerated_suite_or_unknown_suites()
    {
        var yaml = Yaml + """

              - case: gone/x
                reason: suite removed
            """;
        var expectations = KnownFailures.Parse(yaml, "mos6502.yaml", "mos6502");
        SuiteCaseKey[] enumerated = [new("nestest", "a/b"), new("6502-functional", "6502_functional_test")];

        var stale = expectations.StaleEntries(enumerated, ["nestest", "6502-functional"]);

        Assert.That(stale.Select(e => e.Case.ToString()), Is.EqualTo(new[] { "6502-functional/65C02_extended_opcodes_test", "gone/x" }));
        Assert.That(expectations.StaleEntries([new("nestest", "zzz")], ["nestest", "6502-functional", "gone"]).Select(e => e.Case.ToString()),
            Is.EqualTo(new[] { "nestest/a/b" }), "entries of suites that were not enumerated cannot be judged stale");
    }
}
