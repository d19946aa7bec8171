using Hawk.Nes.Cartridges;
using Hawk.Nes.Video;

namespace Hawk.Nes.Tests;

/// <summary>The PPU driven through its registers, dot by dot, without a CPU.</summary>
public sealed class PpuTests
{
    private static Ppu NewPpu() => new(MapperFactory.Create(TestRom.Banked(0, 1, 1)));

    private static void RunTo(Ppu ppu, int scanline, int dot)
    {
        while (ppu.Scanline != scanline || ppu.Dot != dot)
        {
            ppu.Tick();
        }
    }

    [Test]
    public void VBL_is_set_at_line_241_dot_1_and_raises_NMI_when_enabled()
    {
        var ppu = NewPpu();
        ppu.WriteRegister(0x2000, 0x80);
        RunTo(ppu, 241, 1);
        bool before = ppu.NmiLine;
        ppu.Tick();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.False);
            Assert.That(ppu.NmiLine, Is.True);
            Assert.That(ppu.ReadRegister(0x2002) & 0x80, Is.EqualTo(0x80));
            Assert.That(ppu.NmiLine, Is.False, "reading $2002 clears VBL and so the NMI output");
            Assert.That(ppu.ReadRegister(0x2002) & 0x80, Is.Zero);
        });
    }

    [Test]
    public void Reading_2002_just_before_VBL_suppresses_the_flag_for_that_frame()
    {
        var ppu = NewPpu();
        RunTo(ppu, 241, 1);
        ppu.ReadRegister(0x2002);
        RunTo(ppu, 245, 0);

        Assert.That(ppu.ReadRegister(0x2002) & 0x80, Is.Zero);
    }

    [Test]
    public void VBL_is_cleared_at_dot_1_of_the_pre_render_line()
    {
        var ppu = NewPpu();
        RunTo(ppu, 261, 1);
        bool during = (ppu.ReadRegister(0x2001) | 1) != 0; // a write-only register read: open bus, no side effect
        ppu.Tick();

        Assert.That(during && (ppu.ReadRegister(0x2002) & 0x80) == 0, Is.True);
    }

    [Test]
    public void Data_reads_go_through_the_read_buffer_except_for_palette()
    {
        var ppu = NewPpu();
        SetAddress(ppu, 0x2000);
        ppu.WriteRegister(0x2007, 0x11);
        ppu.WriteRegister(0x2007, 0x22);
        SetAddress(ppu, 0x3F01);
        ppu.WriteRegister(0x2007, 0x2A);

        SetAddress(ppu, 0x2000);
        byte stale = ppu.ReadRegister(0x2007);
        byte first = ppu.ReadRegister(0x2007);
        byte second = ppu.ReadRegister(0x2007);
        SetAddress(ppu, 0x3F01);
        byte palette = ppu.ReadRegister(0x2007);

        Assert.That((first, second, palette & 0x3F), Is.EqualTo((0x11, 0x22, 0x2A)));
        Assert.That(stale, Is.Not.EqualTo(0x11));
    }

    [Test]
    public void Palette_entries_3F10_3F14_3F18_3F1C_mirror_the_backdrop_entries()
    {
        var ppu = NewPpu();
        SetAddress(ppu, 0x3F10);
        ppu.WriteRegister(0x2007, 0x05);
        SetAddress(ppu, 0x3F1C);
        ppu.WriteRegister(0x2007, 0x07);

        Assert.That((ppu.PeekPalette(0x00), ppu.PeekPalette(0x0C)), Is.EqualTo((0x05, 0x07)));
    }

    [Test]
    public void Odd_frames_are_one_dot_shorter_while_rendering()
    {
        var ppu = NewPpu();
        ppu.WriteRegister(0x2001, 0x08);
        RunTo(ppu, 0, 0);
        var lengths = new List<long>();
        for (int i = 0; i < 4; i++)
        {
            long start = ppu.DotCount;
            ppu.Tick();
            RunTo(ppu, 0, 0);
            lengths.Add(ppu.DotCount - start);
        }

        Assert.That(lengths.Order(), Is.EqualTo(new long[] { 89341, 89341, 89342, 89342 }));
    }

    [Test]
    public void Sprite_0_overlapping_an_opaque_background_pixel_sets_the_hit_flag()
    {
        var mapper = MapperFactory.Create(TestRom.Banked(0, 1, 1));
        mapper.Chr.AsSpan(0x0010, 8).Fill(0xFF); // tile 1, plane 0: solid
        var ppu = new Ppu(mapper);
        SetAddress(ppu, 0x2000 + 5 * 32 + 4); // background tile (x 32-39, y 40-47)
        ppu.WriteRegister(0x2007, 1);
        ppu.Oam[0] = 41; // y (appears on line 42)
        ppu.Oam[1] = 1;
        ppu.Oam[2] = 0;
        ppu.Oam[3] = 34;
        SetAddress(ppu, 0x0000);
        ppu.WriteRegister(0x2005, 0);
        ppu.WriteRegister(0x2005, 0);
        RunTo(ppu, 261, 0);
        ppu.WriteRegister(0x2001, 0x1E);
        RunTo(ppu, 42, 30);
        bool early = (ppu.ReadRegister(0x2002) & 0x40) != 0;
        RunTo(ppu, 42, 40);

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.False);
            Assert.That(ppu.ReadRegister(0x2002) & 0x40, Is.EqualTo(0x40));
        });
    }

    [Test]
    public void Nine_sprites_on_a_line_set_the_overflow_flag()
    {
        var ppu = NewPpu();
        for (int i = 0; i < 64; i++)
        {
            ppu.Oam[i * 4] = i < 9 ? (byte)50 : (byte)0xF0;
        }

        ppu.WriteRegister(0x2001, 0x18);
        RunTo(ppu, 50, 0);
        bool before = (ppu.ReadRegister(0x2002) & 0x20) != 0;
        RunTo(ppu, 51, 0);

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.False);
            Assert.That(ppu.ReadRegister(0x2002) & 0x20, Is.EqualTo(0x20));
        });
    }

    private static void SetAddress(Ppu ppu, int address)
    {
        ppu.WriteRegister(0x2006, (byte)(address >> 8));
        ppu.WriteRegister(0x2006, (byte)address);
    }
}
