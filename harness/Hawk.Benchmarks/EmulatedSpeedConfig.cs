using BenchmarkDotNet.Configs;
using Hawk.Benchmarks.Mos6502;

namespace Hawk.Benchmarks;

/// <summary>Adds the emulated clock rate (cycles per second of wall time) to the summary.</summary>
public sealed class EmulatedSpeedConfig : ManualConfig
{
    public EmulatedSpeedConfig() => AddColumn(new RateColumn("EmulatedMHz", "Emulated 6502 cycles per microsecond of wall time",
        nanoseconds => DormannFunctionalBenchmark.CyclesToSuccess / (nanoseconds / 1000.0), "F1"));
}
