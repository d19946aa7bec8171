using BenchmarkDotNet.Attributes;
using Hawk.Harness.Configuration;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Mos6502;

namespace Hawk.Benchmarks.Mos6502;

/// <summary>
/// Klaus Dormann's functional test from $0400 to its success trap at $3469 (96,241,367 cycles), in CPU-only mode
/// (flat RAM bus) and in per-cycle bus mode (a device ticked on every cycle). The EmulatedMHz column is the figure to quote.
/// </summary>
[Config(typeof(EmulatedSpeedConfig))]
public class DormannFunctionalBenchmark
{
    public const long CyclesToSuccess = 96_241_367;
    private const ushort Start = 0x0400;
    private const ushort SuccessTrap = 0x3469;

    private byte[] _image = [];
    private byte[] _memory = [];

    [GlobalSetup]
    public void LoadImage()
    {
        var session = new ConformanceSession(HawkSettings.From(ProcessEnvironment.Instance));
        SuiteManifest manifest = session.Catalog.Manifests.Single(m => m.Id == "6502-functional");
        SuiteData data = session.Locator.Locate(manifest).Data
            ?? throw new InvalidOperationException("6502-functional data is missing: run `hawk suites fetch 6502-functional`.");
        _image = File.ReadAllBytes(data.PathOf("6502_functional_test.bin"));
        _memory = new byte[RamBus.Size];
    }

    [Benchmark(Baseline = true)]
    public long CpuOnly()
    {
        _image.CopyTo(_memory, 0);
        return RunToTrap(new Cpu<RamBus>(new RamBus(_memory), CpuVariant.Nmos6502));
    }

    [Benchmark]
    public long PerCycleBus()
    {
        _image.CopyTo(_memory, 0);
        return RunToTrap(new Cpu<ClockedBus>(new ClockedBus(_memory, new DotCounter()), CpuVariant.Nmos6502));
    }

    private static long RunToTrap<TBus>(Cpu<TBus> cpu) where TBus : struct, ICpuBus
    {
        cpu.PC = Start;
        ushort pc;
        do
        {
            pc = cpu.PC;
            cpu.Step();
        }
        while (cpu.PC != pc);
        if (pc != SuccessTrap || cpu.Cycles != CyclesToSuccess)
        {
            throw new InvalidOperationException($"trapped at ${pc:X4} after {cpu.Cycles} cycles; expected ${SuccessTrap:X4} after {CyclesToSuccess}");
        }
        return cpu.Cycles;
    }
}
