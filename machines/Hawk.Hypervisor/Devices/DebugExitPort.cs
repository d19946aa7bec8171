namespace Hawk.Hypervisor.Devices;

/// <summary>
/// The test guests' exit door, compatible with QEMU's isa-debug-exit at port 0xF4: a byte V written there stops the
/// machine with <see cref="VmStop.ExitValue"/> = V; the process-style status QEMU would report is (V &lt;&lt; 1) | 1.
/// Hawk's guests write 0 for pass and a non-zero check number for the first check that failed.
/// </summary>
public sealed class DebugExitPort(DeviceModel devices) : IPortDevice
{
    public const ushort Port = 0xF4;

    public static int QemuStatus(int value) => (value << 1) | 1;

    public byte Read(ushort port) => 0xFF;

    public void Write(ushort port, byte value) =>
        devices.RequestStop(new VmStop(VmStopKind.DebugExit, value == 0 ? "guest reported pass (debug exit 0)" : $"guest reported failure: debug exit {value}", value));
}
