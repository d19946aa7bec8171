using Hawk.Hypervisor.Devices;

namespace Hawk.Hypervisor.Tests;

public class DeviceTests
{
    [Test]
    public void Uart_transmits_to_the_log_and_raises_an_edge_after_each_acknowledged_transmitter_empty_interrupt()
    {
        var lines = new RecordingLines();
        var devices = new DeviceModel(lines, new SerialLog());
        devices.PortOut(0x3F9, [0x02]); // IER: transmitter empty
        Assert.That(lines.Levels, Is.EqualTo(new[] { (4, true) }), "enabling the interrupt with an empty transmitter raises it");

        Assert.That(In(devices, 0x3FA) & 0x0F, Is.EqualTo(0x02), "IIR names the transmitter-empty source");
        devices.PortOut(0x3F8, "h"u8);
        devices.PortOut(0x3F8, "i"u8);

        Assert.That(In(devices, 0x3FA) & 0x0F, Is.EqualTo(0x02));
        Assert.That(In(devices, 0x3FA) & 0x01, Is.EqualTo(0x01), "a second IIR read finds nothing pending");
        Assert.That(lines.Levels, Is.EqualTo(new[] { (4, true), (4, false), (4, true), (4, false) }));
        Assert.That(devices.Serial.Text, Is.EqualTo("hi"));
    }

    [Test]
    public void Uart_input_raises_the_received_data_interrupt_until_the_guest_reads_it()
    {
        var lines = new RecordingLines();
        var devices = new DeviceModel(lines, new SerialLog());
        devices.PortOut(0x3F9, [0x01]); // IER: received data
        devices.SerialInput((byte)'x');

        Assert.That(lines.Levels, Is.EqualTo(new[] { (4, true) }));
        Assert.That(In(devices, 0x3FA) & 0x0F, Is.EqualTo(0x04));
        Assert.That(In(devices, 0x3FD) & 0x01, Is.EqualTo(1));
        Assert.That(In(devices, 0x3F8), Is.EqualTo((byte)'x'));
        Assert.That(lines.Levels, Is.EqualTo(new[] { (4, true), (4, false) }));
    }

    [Test]
    public void Uart_loopback_reflects_modem_control_into_modem_status_as_the_8250_probe_expects()
    {
        var devices = new DeviceModel(DisconnectedInterruptLines.Instance, new SerialLog());
        devices.PortOut(0x3FC, [0x1A]); // loopback, OUT2, RTS
        Assert.That(In(devices, 0x3FE) & 0xF0, Is.EqualTo(0x90));
        devices.PortOut(0x3FC, [0x1F]);
        Assert.That(In(devices, 0x3FE) & 0xF0, Is.EqualTo(0xF0));
        devices.PortOut(0x3F8, [0x41]);
        Assert.That(In(devices, 0x3FD) & 0x01, Is.EqualTo(1));
        Assert.That(In(devices, 0x3F8), Is.EqualTo(0x41));
        Assert.That(devices.Serial.Text, Is.Empty, "loopback bytes do not leave the UART");
    }

    [Test]
    public void Uart_divisor_latch_hides_the_data_and_interrupt_enable_registers()
    {
        var devices = new DeviceModel(DisconnectedInterruptLines.Instance, new SerialLog());
        devices.PortOut(0x3FB, [0x83]);
        devices.PortOut(0x3F8, [0x01]);
        devices.PortOut(0x3F9, [0x00]);
        devices.PortOut(0x3FB, [0x03]);
        Assert.That(devices.Serial.Text, Is.Empty);
        Assert.That(In(devices, 0x3F9), Is.Zero);
    }

    [Test]
    public void Cmos_reads_the_clock_in_bcd_and_keeps_ram()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 24, 13, 45, 59, TimeSpan.Zero));
        var devices = new DeviceModel(DisconnectedInterruptLines.Instance, new SerialLog(), clock);
        byte Read(byte index)
        {
            devices.PortOut(0x70, [index]);
            return In(devices, 0x71);
        }

        Assert.That(new[] { Read(0), Read(2), Read(4), Read(7), Read(8), Read(9), Read(0x32) }, Is.EqualTo(new byte[] { 0x59, 0x45, 0x13, 0x24, 0x11, 0x26, 0x20 }));
        Assert.That(Read(0x0D), Is.EqualTo(0x80));
        devices.PortOut(0x70, [0x8E]); // NMI-disable bit is not part of the index
        devices.PortOut(0x71, [0x42]);
        Assert.That(Read(0x0E), Is.EqualTo(0x42));
    }

    [Test]
    public void I8042_passes_its_self_test_and_a_reset_pulse_stops_the_machine()
    {
        var devices = new DeviceModel(DisconnectedInterruptLines.Instance, new SerialLog());
        devices.PortOut(0x64, [0xAA]);
        Assert.That(In(devices, 0x64) & 0x01, Is.EqualTo(1));
        Assert.That(In(devices, 0x60), Is.EqualTo(0x55));
        Assert.That(devices.Stop, Is.Null);

        devices.PortOut(0x64, [0xFE]);

        Assert.That(devices.Stop?.Kind, Is.EqualTo(VmStopKind.Reset));
    }

    [Test]
    public void Debug_exit_stops_with_the_value_and_the_first_stop_wins()
    {
        var devices = new DeviceModel(DisconnectedInterruptLines.Instance, new SerialLog());
        devices.PortOut(0xF4, [3]);
        devices.RequestStop(new VmStop(VmStopKind.Timeout, "later"));

        Assert.That(devices.Stop, Is.EqualTo(new VmStop(VmStopKind.DebugExit, "guest reported failure: debug exit 3", 3)));
        Assert.That(DebugExitPort.QemuStatus(3), Is.EqualTo(7));
    }

    [Test]
    public void Unclaimed_ports_float_high_and_unmapped_mmio_names_the_access()
    {
        var devices = new DeviceModel(DisconnectedInterruptLines.Instance, new SerialLog());
        Span<byte> word = stackalloc byte[2];
        devices.PortIn(0x2E0, word);
        Assert.That(word.ToArray(), Is.EqualTo(new byte[] { 0xFF, 0xFF }));

        Span<byte> data = [0xEF, 0xBE];
        Assert.That(devices.Mmio(0xE000_0000, data, isWrite: true, "vCPU 0"), Is.False);
        Assert.That(devices.Stop!.Message, Does.Contain("wrote 2 byte(s) of 0xBEEF to unmapped guest-physical address 0xE0000000"));
    }

    private static byte In(DeviceModel devices, ushort port)
    {
        Span<byte> data = stackalloc byte[1];
        devices.PortIn(port, data);
        return data[0];
    }

    private sealed class RecordingLines : IInterruptLines
    {
        public List<(int, bool)> Levels { get; } = [];

        public void SetLevel(int irq, bool level) => Levels.Add((irq, level));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
