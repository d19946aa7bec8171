using BenchmarkDotNet.Attributes;
using Hawk.Harness.Configuration;
using Hawk.Harness.Running;
using Hawk.Nes;
using Hawk.Nes.Cartridges;

namespace Hawk.Benchmarks.Nes;

/// <summary>
/// Headless HawkNESt frames with full PPU rendering and APU mixing, on nestest (menu screen, rendering on) and two
/// heavier blargg ROMs (cpu_timing_test6: NMI-driven text screen; oam_stress: OAM DMA and $2003/$2004 traffic
/// every frame). One operation is one frame; the FramesPerSecond column is the figure to quote.
/// </summary>
[Config(typeof(FramesPerSecondConfig))]
public class NesFramesBenchmark
{
    public const int FramesPerInvoke = 60;

    private NesConsole _console = null!;

    [Params("nestest/nestest.nes", "blargg/cpu_timing_test6/cpu_timing_test.nes", "blargg/oam_stress/oam_stress.nes")]
    public string Rom { get; set; } = "";

    [GlobalSetup]
    public void PowerOn()
    {
        var session = new ConformanceSession(HawkSettings.From(ProcessEnvironment.Instance));
        string suite = Rom[..Rom.IndexOf('/', StringComparison.Ordinal)];
        var data = session.Locator.Locate(session.Catalog.Manifests.Single(m => m.Id == suite)).Data
            ?? throw new InvalidOperationException($"{suite} data is missing: run `hawk suites fetch {suite}`.");
        _console = new NesConsole(Cartridge.Load(data.PathOf(Rom[(suite.Length + 1)..])));

        // Past the power-on screens, into the steady state the ROM spends its time in.
        for (int i = 0; i < 120; i++)
        {
            Frame();
        }
    }

    [Benchmark(OperationsPerInvoke = FramesPerInvoke)]
    public long Frames()
    {
        for (int i = 0; i < FramesPerInvoke; i++)
        {
            Frame();
        }

        return _console.Cycles;
    }

    private void Frame()
    {
        _console.RunFrame();
        _console.Apu.TakeSamples();
    }
}
