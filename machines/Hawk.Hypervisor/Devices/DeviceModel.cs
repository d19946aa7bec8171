namespace Hawk.Hypervisor.Devices;

/// <summary>
/// The devices both backends share, and the dispatch of port and MMIO accesses to them. One lock serialises device
/// access from several vCPU threads. Unclaimed ports behave as an empty ISA bus (reads float high, writes vanish);
/// an access to unclaimed guest-physical space stops the machine with a report, since no RAM or device is there.
/// </summary>
public sealed class DeviceModel
{
    public const ushort Com1 = 0x3F8;
    public const int Com1Irq = 4;

    private readonly Lock _lock = new();
    private readonly IPortDevice?[] _ports = new IPortDevice?[0x10000];
    private readonly List<(ulong Base, ulong Size, IMmioDevice Device)> _mmio = [];
    private VmStop? _stop;
    private long _unclaimedPortAccesses;

    public DeviceModel(IInterruptLines lines, SerialLog serial, TimeProvider? clock = null)
    {
        Serial = serial;
        Uart = new Uart16550(Com1, Com1Irq, lines, serial.Append);
        Map(Com1, 8, Uart);
        Map(CmosRtc.IndexPort, 2, new CmosRtc(clock ?? TimeProvider.System));
        var i8042 = new I8042(this);
        Map(I8042.DataPort, 1, i8042);
        Map(I8042.CommandPort, 1, i8042);
        Map(DebugExitPort.Port, 1, new DebugExitPort(this));
    }

    public SerialLog Serial { get; }

    public Uart16550 Uart { get; }

    /// <summary>The first stop requested (by a device or by the VMM), or null while the machine may run.</summary>
    public VmStop? Stop => Volatile.Read(ref _stop);

    public long UnclaimedPortAccesses => Interlocked.Read(ref _unclaimedPortAccesses);

    public void Map(ushort basePort, int count, IPortDevice device)
    {
        for (int i = 0; i < count; i++)
        {
            _ports[basePort + i] = device;
        }
    }

    public void MapMmio(ulong baseAddress, ulong size, IMmioDevice device) => _mmio.Add((baseAddress, size, device));

    /// <summary>Records a stop; the first one wins (a timeout after a debug exit does not overwrite it).</summary>
    public void RequestStop(VmStop stop) => Interlocked.CompareExchange(ref _stop, stop, null);

    /// <summary>A byte typed at the console: queued in the UART's receive FIFO (raising its interrupt when enabled).</summary>
    public void SerialInput(byte value)
    {
        lock (_lock)
        {
            Uart.Receive(value);
        }
    }

    /// <summary>Port input of <paramref name="data"/>.Length bytes (1, 2 or 4), little-endian.</summary>
    public void PortIn(ushort port, Span<byte> data)
    {
        lock (_lock)
        {
            for (int i = 0; i < data.Length; i++)
            {
                var device = _ports[(ushort)(port + i)];
                if (device is null)
                {
                    _unclaimedPortAccesses++;
                    data[i] = 0xFF;
                }
                else
                {
                    data[i] = device.Read((ushort)(port + i));
                }
            }
        }
    }

    public void PortOut(ushort port, ReadOnlySpan<byte> data)
    {
        lock (_lock)
        {
            for (int i = 0; i < data.Length; i++)
            {
                var device = _ports[(ushort)(port + i)];
                if (device is null)
                {
                    _unclaimedPortAccesses++;
                }
                else
                {
                    device.Write((ushort)(port + i), data[i]);
                }
            }
        }
    }

    /// <summary>An MMIO access; false (and a stop request naming the address) when nothing is mapped there.</summary>
    public bool Mmio(ulong address, Span<byte> data, bool isWrite, string where)
    {
        lock (_lock)
        {
            foreach (var (baseAddress, size, device) in _mmio)
            {
                if (address >= baseAddress && address - baseAddress < size)
                {
                    if (isWrite)
                    {
                        device.Write(address - baseAddress, data);
                    }
                    else
                    {
                        device.Read(address - baseAddress, data);
                    }

                    return true;
                }
            }
        }

        string value = isWrite ? $" of 0x{Convert.ToHexString(Reversed(data))}" : "";
        RequestStop(new VmStop(VmStopKind.UnmappedMmio,
            $"guest {(isWrite ? "wrote" : "read")} {data.Length} byte(s){value} {(isWrite ? "to" : "from")} unmapped guest-physical address 0x{address:X} ({where}): no RAM or device there"));
        data.Fill(0xFF);
        return false;
    }

    private static byte[] Reversed(ReadOnlySpan<byte> data)
    {
        var bytes = data.ToArray();
        Array.Reverse(bytes);
        return bytes;
    }
}
