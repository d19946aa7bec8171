using Hawk.Hypervisor.Boot;
using Hawk.Hypervisor.Devices;

namespace Hawk.Hypervisor.Tests;

/// <summary>
/// The hypervisor's own conformance cases: project-written guests in Guests/*.asm, each reporting through the
/// debug-exit port (0 = pass, N = check N failed) or, for the failure cases, ending in the stop the VMM must report.
/// </summary>
[Category("hypervisor-guests")]
public class GuestConformanceTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [TestCase("real_mode", "real mode: checks passed")]
    [TestCase("protected_mode", "protected mode: ok")]
    [TestCase("long_mode", "long mode: ok")]
    [TestCase("port_io", "port i/o: ok")]
    [TestCase("mmio", "mmio: ok")]
    [TestCase("interrupts_pit", "interrupts: 20 PIT ticks")]
    public void Guest_reports_pass_on_kvm(string guest, string expectedLine)
    {
        var result = RunOnKvm(guest, Budget, machine => machine.Devices.MapMmio(0xD000_0000, 8, new PortDeviceMmioWindow(machine.Devices.Uart, DeviceModel.Com1)));

        Assert.That(result.Passed, Is.True, result.Report());
        Assert.That(result.Serial, Does.Contain(expectedLine));
    }

    [Test]
    public void Multiboot_guest_gets_the_loader_hand_over_and_its_port_writes_are_all_handled()
    {
        GuestPrograms.RequireKvm();
        var image = GuestPrograms.Assemble("multiboot_port_exits");
        using var machine = new KvmMachine(new KvmMachineOptions(16 << 20), new SerialLog());
        Multiboot.Load(machine, image, "multiboot_port_exits");

        var result = machine.Run(TimeSpan.FromSeconds(120));

        Assert.That(result.Passed, Is.True, result.Report());
        Assert.That(result.Exits, Is.GreaterThan(200_000));
        Assert.That(result.Serial, Does.Contain("multiboot: port writes done"));
    }

    [Test]
    public void Every_vcpu_thread_is_stopped_when_the_boot_cpu_ends_the_run()
    {
        // The second vCPU waits for a startup IPI inside KVM_RUN for the whole run: only the kick releases it.
        GuestPrograms.RequireKvm();
        using var machine = new KvmMachine(new KvmMachineOptions(16 << 20, Cpus: 2), new SerialLog());
        FlatBinary.Load(machine, GuestPrograms.Assemble("port_io"), "port_io");

        var result = machine.Run(TimeSpan.FromSeconds(10));

        Assert.That(result.Passed, Is.True, result.Report());
        Assert.That(result.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void Triple_fault_is_reported_as_a_shutdown()
    {
        var result = RunOnKvm("triple_fault", Budget);

        Assert.That(result.Stop.Kind, Is.EqualTo(VmStopKind.TripleFault), result.Report());
        Assert.That(result.Report(), Does.Contain("triple fault"));
    }

    [Test]
    public void Unmapped_mmio_write_is_reported_with_address_and_value()
    {
        var result = RunOnKvm("unmapped_mmio", Budget);

        Assert.That(result.Stop.Kind, Is.EqualTo(VmStopKind.UnmappedMmio), result.Report());
        Assert.That(result.Stop.Message, Does.Contain("0xE0001000").And.Contain("0xDEADBEEF").And.Contain("wrote 4 byte"));
    }

    [Test]
    public void Guest_spinning_without_exits_is_stopped_by_the_wall_time_budget()
    {
        var budget = TimeSpan.FromMilliseconds(300);
        var result = RunOnKvm("spin", budget);

        Assert.That(result.Stop.Kind, Is.EqualTo(VmStopKind.Timeout), result.Report());
        Assert.That(result.Elapsed, Is.LessThan(budget + TimeSpan.FromSeconds(5)));
        Assert.That(result.Registers.Rip, Is.InRange(0x7C01UL, 0x7C02UL), "the vCPU was stopped inside its loop");
    }

    [Test]
    public void Halt_without_an_irqchip_stops_the_machine()
    {
        var result = RunOnKvm("spin", Budget, irqchip: false, patch: image => image[1] = 0xF4); // CLI; HLT

        Assert.That(result.Stop.Kind, Is.EqualTo(VmStopKind.Halted), result.Report());
    }

    internal static VmResult RunOnKvm(string guest, TimeSpan budget, Action<KvmMachine>? setup = null, bool irqchip = true, Action<byte[]>? patch = null)
    {
        GuestPrograms.RequireKvm();
        var image = GuestPrograms.Assemble(guest);
        patch?.Invoke(image);
        using var machine = new KvmMachine(new KvmMachineOptions(128 << 20, InKernelIrqchip: irqchip), new SerialLog());
        setup?.Invoke(machine);
        FlatBinary.Load(machine, image, guest);
        return machine.Run(budget);
    }
}
