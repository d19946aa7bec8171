using BenchmarkDotNet.Configs;

namespace Hawk.Benchmarks.Nes;

/// <summary>Adds frames per second of wall time (one benchmark operation = one emulated frame) to the summary.</summary>
public sealed class FramesPerSecondConfig : ManualConfig
{
    public FramesPerSecondConfig() => AddColumn(new RateColumn("FramesPerSecond", "Emulated NES frames per second of wall time (real time is 60.1)",
        nanoseconds => 1e9 / nanoseconds, "F0"));
}
