using Hawk.Conformance.Mos6502;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Nes.Cartridges;

namespace Hawk.Conformance.Tests.Mos6502;

/// <summary>What the 6502 adapters do with damaged suite data: clear messages naming file, offset or line.</summary>
public sealed class AdapterInputTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("hawk-adapter-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    private SuiteData Data(string id) =>
        new(new SuiteManifest(id, id, "mos6502", id, Budget.Default, [], [], Path.Combine(_folder.FullName, "suite.yaml")), _folder);

    private static CaseContext Context(SuiteData data, long cycles = 1_000_000) =>
        new(data, new Budget(cycles, TimeSpan.FromSeconds(30)), CancellationToken.None);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Test]
    public void A_nestest_ROM_without_the_iNES_magic_is_rejected_at_offset_0()
    {
        Write("nestest.nes", new byte[64]);
        SuiteData data = Data("nestest");
        var adapter = new NestestAdapter();

        var error = Assert.Throws<RomFormatException>(() => adapter.Run(adapter.EnumerateCases(data)[0], Context(data)));

        Assert.That(error!.Message, Does.Contain("nestest.nes: offset 0"));
    }

    [Test]
    public void A_truncated_nestest_ROM_names_where_it_ends_and_what_was_expected()
    {
        byte[] header = [(byte)'N', (byte)'E', (byte)'S', 0x1A, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        Write("nestest.nes", [.. header, .. new byte[100]]);
        SuiteData data = Data("nestest");
        var adapter = new NestestAdapter();

        var error = Assert.Throws<RomFormatException>(() => adapter.Run(adapter.EnumerateCases(data)[0], Context(data)));

        Assert.That(error!.Message, Does.Contain("offset 116").And.Contain("16 KiB PRG ROM"));
    }

    [Test]
    public void A_nestest_log_line_that_differs_is_reported_field_by_field_with_code_around_it()
    {
        byte[] prg = new byte[16 * 1024];
        prg[0] = 0xEA; // $C000 NOP
        prg[1] = 0xEA;
        Write("nestest.nes", [(byte)'N', (byte)'E', (byte)'S', 0x1A, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, .. prg]);
        File.WriteAllLines(Path.Combine(_folder.FullName, "nestest.log"),
        [
            "C000  EA        NOP                             A:00 X:00 Y:00 P:24 SP:FD PPU:  0, 21 CYC:7",
            "C001  EA        NOP                             A:00 X:00 Y:00 P:24 SP:FD PPU:  0, 27 CYC:10",
        ]);
        SuiteData data = Data("nestest");
        var adapter = new NestestAdapter();

        CaseResult result = adapter.Run(adapter.EnumerateCases(data)[0], Context(data));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Is.EqualTo("line 2 of 2 differs: CYC: expected '10', actual '9'"));
        Assert.That(result.FirstDivergence!.Where, Is.EqualTo("nestest.log line 2"));
        Assert.That(result.FirstDivergence.Context, Does.Contain("C001  EA        NOP"));
    }

    [Test]
    public void A_program_that_never_traps_ends_as_an_error_within_its_cycle_budget()
    {
        byte[] image = new byte[0x10000];
        // $0400: INX; JMP $0400 - a loop that never stays on one address.
        image[0x400] = 0xE8;
        image[0x401] = 0x4C;
        image[0x402] = 0x00;
        image[0x403] = 0x04;
        Write("6502_functional_test.bin", image);
        SuiteData data = Data("6502-functional");
        var adapter = new DormannAdapter();
        SuiteCase functional = adapter.EnumerateCases(data).Single(c => c.CaseId == "6502_functional_test");

        CaseResult result = adapter.Run(functional, Context(data, cycles: 100_000));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Errored));
        Assert.That(result.Message, Does.Contain("cycle budget of 100,000 exhausted"));
        Assert.That(result.Measurements.Cycles, Is.InRange(100_000, 120_000));
    }

    [Test]
    public void A_trap_other_than_success_names_the_address_and_the_listing_line()
    {
        byte[] image = new byte[0x10000];
        image[0x400] = 0x4C; // $0400: JMP $0400
        image[0x402] = 0x04;
        Write("6502_functional_test.bin", image);
        File.WriteAllLines(Path.Combine(_folder.FullName, "6502_functional_test.lst"), ["0400 : 4c0004          >        jmp *   ;failed here"]);
        SuiteData data = Data("6502-functional");
        var adapter = new DormannAdapter();
        SuiteCase functional = adapter.EnumerateCases(data).Single(c => c.CaseId == "6502_functional_test");

        CaseResult result = adapter.Run(functional, Context(data));

        Assert.That(result.Outcome, Is.EqualTo(Outcome.Failed));
        Assert.That(result.Message, Does.Contain("trapped at $0400"));
        Assert.That(result.FirstDivergence!.Context, Does.Contain("6502_functional_test.lst:1: 0400 : 4c0004"));
    }

    [Test]
    public void An_image_larger_than_memory_is_rejected_with_the_file_name()
    {
        Write("6502_interrupt_test.bin", new byte[0x10000]);
        SuiteData data = Data("6502-functional");
        var adapter = new DormannAdapter();
        SuiteCase interrupt = adapter.EnumerateCases(data).Single(c => c.CaseId == "6502_interrupt_test");

        var error = Assert.Throws<InvalidDataException>(() => adapter.Run(interrupt, Context(data)));

        Assert.That(error!.Message, Does.Contain("6502_interrupt_test.bin").And.Contain("$000A"));
    }
}
