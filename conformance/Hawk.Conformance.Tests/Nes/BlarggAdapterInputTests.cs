using Hawk.Conformance.Nes;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;

namespace Hawk.Conformance.Tests.Nes;

/// <summary>What the blargg adapter does with damaged or hostile ROMs: a clear verdict within the budget, never a crash.</summary>
[Category("nes")]
public sealed class BlarggAdapterInputTests
{
    private static readonly byte[] Header = [(byte)'N', (byte)'E', (byte)'S', 0x1A, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("hawk-blargg-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private CaseResult Run(string name, byte[] image, long cycles = 2_000_000)
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "custom"));
        File.WriteAllBytes(Path.Combine(_folder.FullName, "custom", name), image);
        var data = new SuiteData(new SuiteManifest("blargg", "blargg", "nes", "blargg", Budget.Default, [], [], Path.Combine(_folder.FullName, "suite.yaml")), _folder);
        var context = new CaseContext(data, new Budget(cycles, TimeSpan.FromSeconds(30)), CancellationToken.None);
        return new BlarggAdapter().Run(new SuiteCase("blargg", "custom/" + name[..^4], "custom/" + name), context);
    }

    private static byte[] Program(params byte[] code)
    {
        var prg = new byte[32768];
        code.CopyTo(prg, 0);
        prg[0x7FFC] = 0x00;
        prg[0x7FFD] = 0x80;
        return [.. Header, .. prg, .. new byte[8192]];
    }

    [Test]
    public void A_truncated_ROM_is_an_error_naming_the_file_and_offset()
    {
        var result = Run("cut.nes", [.. Header, .. new byte[100]]);

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Errored));
        Assert.That(result.Message, Does.Contain("cut.nes: offset 116").And.Contain("truncated"));
    }

    [Test]
    public void An_unsupported_mapper_is_an_error_naming_the_mapper()
    {
        byte[] image = Program(0x4C, 0x00, 0x80);
        image[6] = 0x50; // mapper 5

        var result = Run("mmc5.nes", image);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.Errored));
            Assert.That(result.Message, Does.Contain("mapper 5 is not supported"));
        });
    }

    [Test]
    public void A_ROM_that_never_reports_ends_within_its_budget_with_a_clear_message()
    {
        var result = Run("hang.nes", Program(0x4C, 0x00, 0x80), cycles: 30 * 29_781);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.Errored));
            Assert.That(result.Message, Does.StartWith("no result within 30 frames"));
            Assert.That(result.Measurements.Cycles, Is.LessThanOrEqualTo(31 * 29_781));
        });
    }

    [Test]
    public void A_failing_ROM_reports_its_code_and_its_own_text()
    {
        // Writes the $6000 protocol by hand: signature, "Oops" at $6004, result code 3.
        byte[] code =
        [
            0xA9, 0xDE, 0x8D, 0x01, 0x60, 0xA9, 0xB0, 0x8D, 0x02, 0x60, 0xA9, 0x61, 0x8D, 0x03, 0x60,
            0xA9, (byte)'O', 0x8D, 0x04, 0x60, 0xA9, (byte)'o', 0x8D, 0x05, 0x60, 0xA9, (byte)'p', 0x8D, 0x06, 0x60,
            0xA9, (byte)'s', 0x8D, 0x07, 0x60, 0xA9, 0x00, 0x8D, 0x08, 0x60,
            0xA9, 0x03, 0x8D, 0x00, 0x60, 0x4C, 0x2D, 0x80,
        ];

        var result = Run("fail.nes", Program(code));

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
            Assert.That(result.Message, Does.Contain("result code 3").And.Contain("Oops"));
            Assert.That(result.Artefacts.Single().MediaType, Is.EqualTo("image/png"));
        });
    }
}
