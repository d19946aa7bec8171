using Hawk.Hypervisor.Boot;
using Hawk.Hypervisor.Devices;
using Hawk.X86;

namespace Hawk.Hypervisor.Tests;

/// <summary>The same real-mode guest on KVM and on the Hawk.X86 interpreter, over the same device model: the console
/// output and the final registers must agree.</summary>
[Category("hypervisor-guests")]
public class DifferentialTests
{
    // Flags both CPUs define identically here: CF PF AF ZF SF TF IF DF OF.
    private const ulong ComparedFlags = 0x0FD5;

    [Test]
    public void Real_mode_guest_gives_the_same_console_and_registers_on_kvm_and_the_emulator()
    {
        GuestPrograms.RequireKvm();
        var image = GuestPrograms.Assemble("real_mode");
        VmResult onKvm, onEmulator;
        using (var kvm = new KvmMachine(new KvmMachineOptions(16 << 20, InKernelIrqchip: false), new SerialLog()))
        {
            FlatBinary.Load(kvm, image, "real_mode");
            onKvm = kvm.Run(TimeSpan.FromSeconds(10));
        }

        using (var emulator = new EmulatorMachine(X86Model.I80286, new SerialLog()))
        {
            FlatBinary.Load(emulator, image, "real_mode");
            onEmulator = emulator.Run(TimeSpan.FromSeconds(10));
        }

        Assert.That(onKvm.Passed, Is.True, onKvm.Report());
        Assert.That(onEmulator.Passed, Is.True, onEmulator.Report());
        Assert.That(onEmulator.Serial, Is.EqualTo(onKvm.Serial));
        Assert.That(Comparable(onEmulator.Registers), Is.EqualTo(Comparable(onKvm.Registers)), $"kvm:\n{onKvm.Registers}\nemulator:\n{onEmulator.Registers}");
    }

    [Test]
    public void Emulator_stops_a_spinning_guest_at_its_instruction_budget()
    {
        using var emulator = new EmulatorMachine(X86Model.I8086, new SerialLog(), maxInstructions: 1 << 20);
        FlatBinary.Load(emulator, [0xFA, 0xEB, 0xFE], "spin"); // CLI; JMP $

        var result = emulator.Run(TimeSpan.FromSeconds(30));

        Assert.That(result.Stop.Kind, Is.EqualTo(VmStopKind.InstructionBudget), result.Report());
        Assert.That(result.Registers.Rip, Is.EqualTo(0x7C01));
    }

    private static (ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort, ushort, ulong) Comparable(CpuState s) =>
        ((ushort)s.Rax, (ushort)s.Rbx, (ushort)s.Rcx, (ushort)s.Rdx, (ushort)s.Rsi, (ushort)s.Rdi, (ushort)s.Rbp, (ushort)s.Rsp,
            (ushort)s.Rip, s.Cs, s.Ds, s.Es, s.Ss, s.Rflags & ComparedFlags);
}
