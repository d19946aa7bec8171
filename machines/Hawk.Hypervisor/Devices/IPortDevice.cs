namespace Hawk.Hypervisor.Devices;

/// <summary>A device on the I/O port bus. Ports are absolute; accesses are byte-wide (wider accesses are split by
/// the device model, as an 8-bit ISA bus would).</summary>
public interface IPortDevice
{
    byte Read(ushort port);

    void Write(ushort port, byte value);
}
