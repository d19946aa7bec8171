using Hawk.Harness.NUnit.Snapshots;
using Hawk.Nes;
using Hawk.Nes.Cartridges;
using Hawk.Nes.Input;
using Hawk.Nes.Media;
using Hawk.Nes.Video;

namespace Hawk.Conformance.Tests.Nes;

/// <summary>Regression snapshots of the final frame of a few ROMs: background, sprites, text and colours end to end.</summary>
[Category("nes")]
public sealed class FrameSnapshotTests
{
    [TestCase("nestest", "nestest.nes", 120, "", TestName = "nestest_menu")]
    [TestCase("nestest", "nestest.nes", 200, "30-35 start", TestName = "nestest_after_run_all")]
    [TestCase("blargg", "sprite_hit_tests_2005.10.05/01.basics.nes", 60, "", TestName = "sprite_hit_basics")]
    [TestCase("blargg", "ppu_vbl_nmi/rom_singles/01-vbl_basics.nes", 200, "", TestName = "vbl_basics")]
    [TestCase("blargg", "mmc3_test_2/rom_singles/4-scanline_timing.nes", 340, "", TestName = "mmc3_scanline_timing")]
    public void Final_frame(string suite, string rom, int frames, string input)
    {
        var console = new NesConsole(Cartridge.Load(SuiteRoms.PathOf(suite, rom)))
        {
            Input = input.Length == 0 ? null : InputScript.Parse(input, "test"),
        };
        for (int i = 0; i < frames; i++)
        {
            console.RunFrame();
        }

        var pixels = new uint[Ppu.Width * Ppu.Height];
        console.RenderArgb(pixels);
        Snapshot.VerifyPng(PngWriter.Encode(pixels, Ppu.Width, Ppu.Height));
    }
}
