using Hawk.Nes;
using Hawk.Nes.Cartridges;
using Hawk.Nes.Input;

namespace Hawk.Conformance.Tests.Nes;

/// <summary>
/// The console runs its PPU lazily, catching up only where the CPU could observe it. These tests run ROMs that lean
/// on PPU timing both ways, lazily and in lock-step, and require the same instruction stream, cycle counts and
/// pictures.
/// </summary>
[Category("nes")]
public sealed class LazyPpuSchedulingTests
{
    [TestCase("nestest", "nestest.nes", 150, "30-35 start")]
    [TestCase("blargg", "ppu_vbl_nmi/rom_singles/05-nmi_timing.nes", 120, "")]
    [TestCase("blargg", "sprite_hit_tests_2005.10.05/10.timing_order.nes", 60, "")]
    [TestCase("blargg", "oam_stress/oam_stress.nes", 60, "")]
    [TestCase("blargg", "cpu_interrupts_v2/cpu_interrupts.nes", 60, "")]
    public void Lazy_and_lock_step_PPUs_agree(string suite, string rom, int frames, string input)
    {
        string path = SuiteRoms.PathOf(suite, rom);
        var cartridge = Cartridge.Load(path);
        var script = input.Length == 0 ? null : InputScript.Parse(input, "test");
        var lazy = new NesConsole(cartridge);
        var lockStep = new NesConsole(Cartridge.Load(path), ppuLockStep: true);

        for (int frame = 0; frame < frames; frame++)
        {
            lazy.Controller1 = lockStep.Controller1 = script?.ButtonsAt(frame) ?? default;
            long target = lockStep.Frames + 1;
            while (lockStep.Frames < target)
            {
                lazy.Step();
                lockStep.Step();
                if (lazy.PC != lockStep.PC || lazy.Cycles != lockStep.Cycles)
                {
                    Assert.Fail($"frame {frame}, instruction {lockStep.Instructions}: lazy PC ${lazy.PC:X4} at cycle {lazy.Cycles}, " +
                        $"lock-step PC ${lockStep.PC:X4} at cycle {lockStep.Cycles}");
                }
            }
        }

        Assert.That(lazy.Frame.ToArray(), Is.EqualTo(lockStep.Frame.ToArray()), "final frame");
    }
}
