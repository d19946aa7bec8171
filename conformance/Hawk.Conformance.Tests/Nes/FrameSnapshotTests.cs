using Hawk.Harness.Configuration;
using Hawk.Harness.NUnit.Snapshots;
using Hawk.Harness.Running;
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
    private static readonly Lazy<ConformanceSession> Session = new(() => new ConformanceSession(HawkSettings.From(ProcessEnvironment.Instance)));

    [TestCase("nestest", "nestest.nes", 120, "", TestName = "nestest_menu")]
    [TestCase("nestest", "nestest.nes", 200, "30-35 start", TestName = "nestest_after_run_all")]
    [TestCase("blargg", "sprite_hit_tests_2005.10.05/01.basics.nes", 60, "", TestName = "sprite_hit_basics")]
    [TestCase("blargg", "ppu_vbl_nmi/rom_singles/01-vbl_basics.nes", 200, "", TestName = "vbl_basics")]
    [TestCase("blargg", "mmc3_test_2/rom_singles/4-scanline_timing.nes", 340, "", TestName = "mmc3_scanline_timing")]
    public void Final_frame(string suite, string rom, int frames, string input)
    {
        var data = Session.Value.Locator.Locate(Session.Value.Catalog.Manifests.Single(m => m.Id == suite)).Data;
        if (data is null)
        {
            Assert.Ignore($"suite data '{suite}' is not available");
        }

        var console = new NesConsole(Cartridge.Load(data.PathOf(rom)))
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
