using Hawk.Nes.Cartridges;

namespace Hawk.Nes.Tests;

public sealed class MapperTests
{
    private static int PrgBankAt(Mapper mapper, int address) => mapper.Prg[mapper.PrgSlots[(address >> 13) & 3] + (address & 0x1FFF)];

    private static int ChrBankAt(Mapper mapper, int address) => mapper.Chr[mapper.ChrSlots[address >> 10] + (address & 0x3FF)];

    [Test]
    public void NROM_128_mirrors_its_16_KiB_at_C000()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(0, 1, 1));

        Assert.That((PrgBankAt(mapper, 0x8000), PrgBankAt(mapper, 0xC000), PrgBankAt(mapper, 0xE000)), Is.EqualTo((0, 0, 1)));
    }

    [Test]
    public void UxROM_switches_8000_and_fixes_the_last_bank_at_C000()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(2, 8, 0));

        mapper.WriteRegister(0x8000, 3, 0);

        Assert.That((PrgBankAt(mapper, 0x8000), PrgBankAt(mapper, 0xC000)), Is.EqualTo((6, 14)));
    }

    [Test]
    public void CNROM_switches_8_KiB_of_CHR()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(3, 2, 4));

        mapper.WriteRegister(0x8000, 2, 0);

        Assert.That((ChrBankAt(mapper, 0x0000), ChrBankAt(mapper, 0x1C00)), Is.EqualTo((16, 23)));
    }

    [Test]
    public void AxROM_switches_32_KiB_and_selects_a_single_screen()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(7, 8, 0));

        mapper.WriteRegister(0x8000, 0x12, 0);

        Assert.Multiple(() =>
        {
            Assert.That((PrgBankAt(mapper, 0x8000), PrgBankAt(mapper, 0xE000)), Is.EqualTo((8, 11)));
            Assert.That(mapper.NametableSlots, Is.EqualTo(new[] { 0x400, 0x400, 0x400, 0x400 }));
        });
    }

    private static void Mmc1Write(Mapper mapper, int address, int value, ref long cycle)
    {
        for (int bit = 0; bit < 5; bit++)
        {
            mapper.WriteRegister((ushort)address, (byte)((value >> bit) & 1), cycle);
            cycle += 2;
        }
    }

    [Test]
    public void MMC1_loads_registers_through_five_serial_writes()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(1, 8, 2));
        long cycle = 10;

        Mmc1Write(mapper, 0xE000, 5, ref cycle); // PRG bank 5 at $8000 (mode 3: last bank fixed at $C000)
        Mmc1Write(mapper, 0x8000, 0x1E, ref cycle); // 4 KiB CHR mode, PRG mode 3, vertical mirroring
        Mmc1Write(mapper, 0xA000, 3, ref cycle);

        Assert.Multiple(() =>
        {
            Assert.That((PrgBankAt(mapper, 0x8000), PrgBankAt(mapper, 0xC000)), Is.EqualTo((10, 14)));
            Assert.That(ChrBankAt(mapper, 0x0000), Is.EqualTo(12));
            Assert.That(mapper.NametableSlots, Is.EqualTo(new[] { 0, 0x400, 0, 0x400 }));
        });
    }

    [Test]
    public void MMC1_ignores_the_second_of_two_writes_on_consecutive_cycles()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(1, 8, 2));
        long cycle = 10;
        mapper.WriteRegister(0xE000, 1, cycle);
        mapper.WriteRegister(0xE000, 0, cycle + 1); // a read-modify-write's second write: ignored
        for (int bit = 1; bit < 5; bit++)
        {
            mapper.WriteRegister(0xE000, 0, cycle + 2 * bit + 4);
        }

        Assert.That(PrgBankAt(mapper, 0x8000), Is.EqualTo(2)); // bank 1, not 0
    }

    [Test]
    public void MMC3_banks_8_KiB_PRG_and_1_KiB_CHR_with_its_mode_bits()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(4, 8, 8));

        mapper.WriteRegister(0x8000, 0x06, 0);
        mapper.WriteRegister(0x8001, 3, 0);
        mapper.WriteRegister(0x8000, 0x82, 0); // CHR A12 inversion; R2 (1 KiB) now at $0000
        mapper.WriteRegister(0x8001, 9, 0);
        mapper.WriteRegister(0x8000, 0x46, 0); // PRG mode 1: R6 at $C000
        mapper.WriteRegister(0x8001, 4, 0);

        Assert.Multiple(() =>
        {
            Assert.That((PrgBankAt(mapper, 0x8000), PrgBankAt(mapper, 0xC000), PrgBankAt(mapper, 0xE000)), Is.EqualTo((14, 4, 15)));
            Assert.That(ChrBankAt(mapper, 0x1000), Is.EqualTo(9)); // inversion turned off again by the last select, R2 at $1000
        });
    }

    [Test]
    public void MMC3_counts_A12_rises_after_a_long_low_and_raises_IRQ_at_zero()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(4, 8, 8));
        mapper.WriteRegister(0xC000, 2, 0); // latch 2
        mapper.WriteRegister(0xC001, 0, 0); // reload
        mapper.WriteRegister(0xE001, 0, 0); // enable
        long dot = 0;

        Scanline(mapper, ref dot); // reload to 2
        Scanline(mapper, ref dot); // 1
        bool before = mapper.IrqLine;
        Scanline(mapper, ref dot); // 0: IRQ

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.False);
            Assert.That(mapper.IrqLine, Is.True);
        });
        mapper.WriteRegister(0xE000, 0, 0);
        Assert.That(mapper.IrqLine, Is.False);
    }

    /// <summary>With a latch of 0, Sharp's MMC3 fires on every clock; MMC3A/MMC6 (NES 2.0 submappers 4 and 1) only on the
    /// $C001 reload, not on the natural reloads that follow.</summary>
    [TestCase(null, new[] { true, true, true })]
    [TestCase(4, new[] { true, false, false })]
    [TestCase(1, new[] { true, false, false })]
    public void MMC3_latch_of_zero_fires_by_chip_revision(int? submapper, bool[] irqAfterEachClock)
    {
        var mapper = MapperFactory.Create(TestRom.Banked(4, 8, 8, submapper: submapper));
        mapper.WriteRegister(0xC000, 0, 0);
        mapper.WriteRegister(0xC001, 0, 0);
        mapper.WriteRegister(0xE001, 0, 0);
        long dot = 0;
        var fired = new List<bool>();
        for (int clock = 0; clock < irqAfterEachClock.Length; clock++)
        {
            Scanline(mapper, ref dot);
            fired.Add(mapper.IrqLine);
            mapper.WriteRegister(0xE000, 0, 0); // acknowledge
            mapper.WriteRegister(0xE001, 0, 0);
        }

        Assert.That(fired, Is.EqualTo(irqAfterEachClock));
    }

    private static void Scanline(Mapper mapper, ref long dot)
    {
        for (int i = 0; i < 20; i++)
        {
            mapper.OnPpuAddress(0x0000, dot++);
        }

        mapper.OnPpuAddress(0x1000, dot++);
        mapper.OnPpuAddress(0x0000, dot++); // a short low between sprite fetches: filtered
        mapper.OnPpuAddress(0x1000, dot++);
    }
}
