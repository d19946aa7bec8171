namespace Hawk.Hypervisor.Devices;

/// <summary>A device in guest-physical address space; offsets are relative to the region's base.</summary>
public interface IMmioDevice
{
    void Read(ulong offset, Span<byte> data);

    void Write(ulong offset, ReadOnlySpan<byte> data);
}

/// <summary>Byte-register devices (the UART) mapped into MMIO with one register per byte, as on boards without port I/O.</summary>
public sealed class PortDeviceMmioWindow(IPortDevice device, ushort basePort) : IMmioDevice
{
    public void Read(ulong offset, Span<byte> data)
    {
        for (int i = 0; i < data.Length; i++)
        {
            data[i] = device.Read((ushort)(basePort + (int)offset + i));
        }
    }

    public void Write(ulong offset, ReadOnlySpan<byte> data)
    {
        for (int i = 0; i < data.Length; i++)
        {
            device.Write((ushort)(basePort + (int)offset + i), data[i]);
        }
    }
}
