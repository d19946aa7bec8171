using Hawk.Nes.Cartridges;

namespace Hawk.Nes.Tests;

public sealed class CartridgeTests
{
    [Test]
    public void An_iNES_header_gives_mapper_sizes_mirroring_and_battery()
    {
        byte[] image = [.. TestRom.Header(2, 1, mapper: 0x41, flags6: 0x03), .. new byte[32768 + 8192]];

        var header = RomHeader.Parse(image, "x.nes");

        Assert.Multiple(() =>
        {
            Assert.That(header.IsNes20, Is.False);
            Assert.That(header.Mapper, Is.EqualTo(0x41));
            Assert.That(header.PrgRomBytes, Is.EqualTo(32768));
            Assert.That(header.ChrRomBytes, Is.EqualTo(8192));
            Assert.That(header.Mirroring, Is.EqualTo(Mirroring.Vertical));
            Assert.That(header.HasBattery, Is.True);
        });
    }

    [Test]
    public void A_NES_2_0_header_reads_the_extra_mapper_bits_and_the_exponent_size_form()
    {
        byte[] header = TestRom.Header(0, 0, mapper: 4, flags7: 0x08);
        header[8] = 0x10; // submapper 1, mapper bits 8-11 = 0
        header[4] = (15 << 2) | 0; // 2^15 x 1 = 32 KiB PRG ...
        header[9] = 0x0F; // ... in exponent-multiplier form
        header[10] = 0x07; // PRG RAM 64 << 7 = 8 KiB

        var parsed = RomHeader.Parse(header, "x.nes");

        Assert.Multiple(() =>
        {
            Assert.That(parsed.IsNes20, Is.True);
            Assert.That(parsed.Mapper, Is.EqualTo(4));
            Assert.That(parsed.Submapper, Is.EqualTo(1));
            Assert.That(parsed.PrgRomBytes, Is.EqualTo(32768));
            Assert.That(parsed.PrgRamBytes, Is.EqualTo(8192));
        });
    }

    [Test]
    public void A_file_without_the_magic_is_rejected_at_offset_0()
    {
        var error = Assert.Throws<RomFormatException>(() => Cartridge.Parse(new byte[64], "zeros.nes"));

        Assert.That(error!.Message, Does.StartWith("zeros.nes: offset 0").And.Contain("NES\\x1A"));
    }

    [Test]
    public void A_file_shorter_than_the_header_is_rejected()
    {
        var error = Assert.Throws<RomFormatException>(() => Cartridge.Parse("NES"u8, "tiny.nes"));

        Assert.That(error!.Message, Does.Contain("shorter than the 16-byte iNES header"));
    }

    [Test]
    public void A_truncated_file_says_how_much_was_declared_and_how_much_is_there()
    {
        byte[] image = [.. TestRom.Header(2, 1), .. new byte[1000]];

        var error = Assert.Throws<RomFormatException>(() => Cartridge.Parse(image, "cut.nes"));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Offset, Is.EqualTo(1016));
            Assert.That(error.Message, Does.Contain("truncated").And.Contain("32 KiB PRG ROM").And.Contain("1016 bytes"));
        });
    }

    [Test]
    public void An_unsupported_mapper_is_named_with_the_supported_list()
    {
        byte[] image = [.. TestRom.Header(2, 1, mapper: 5), .. new byte[40960]];

        var error = Assert.Throws<RomFormatException>(() => Cartridge.Parse(image, "mmc5.nes"));

        Assert.That(error!.Message, Does.Contain("mapper 5 is not supported").And.Contain("0, 1, 2, 3, 4, 7"));
    }

    [Test]
    public void A_header_with_no_PRG_ROM_is_rejected()
    {
        var error = Assert.Throws<RomFormatException>(() => Cartridge.Parse(TestRom.Header(0, 1), "empty.nes"));

        Assert.That(error!.Message, Does.Contain("no PRG ROM"));
    }

    [Test]
    public void A_cartridge_without_CHR_ROM_gets_8_KiB_of_CHR_RAM()
    {
        var cartridge = Cartridge.Parse([.. TestRom.Header(1, 0), .. new byte[16384]], "chrram.nes");

        Assert.That((cartridge.ChrIsRam, cartridge.Chr.Length), Is.EqualTo((true, 8192)));
    }
}
