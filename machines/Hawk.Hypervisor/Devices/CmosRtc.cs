namespace Hawk.Hypervisor.Devices;

/// <summary>
/// The MC146818 CMOS RTC behind ports 0x70 (index, bit 7 = NMI mask) and 0x71 (data): the clock registers read the
/// host's UTC time in BCD, 24-hour mode; status register D reports a valid battery; no update is ever in progress
/// and no RTC interrupt is raised. The remaining bytes are plain CMOS RAM.
/// </summary>
public sealed class CmosRtc(TimeProvider clock) : IPortDevice
{
    public const ushort IndexPort = 0x70, DataPort = 0x71;
    private const int StatusA = 0x0A, StatusB = 0x0B, StatusC = 0x0C, StatusD = 0x0D;

    private readonly byte[] _ram = InitialRam();
    private int _index;

    public byte Read(ushort port)
    {
        if (port == IndexPort)
        {
            return 0xFF; // the index register is write-only
        }

        var now = clock.GetUtcNow();
        return _index switch
        {
            0x00 => Bcd(now.Second),
            0x02 => Bcd(now.Minute),
            0x04 => Bcd(now.Hour),
            0x06 => Bcd((int)now.DayOfWeek + 1),
            0x07 => Bcd(now.Day),
            0x08 => Bcd(now.Month),
            0x09 => Bcd(now.Year % 100),
            0x32 => Bcd(now.Year / 100),
            StatusC => 0, // reading C acknowledges interrupts; none are raised
            _ => _ram[_index],
        };
    }

    public void Write(ushort port, byte value)
    {
        if (port == IndexPort)
        {
            _index = value & 0x7F;
        }
        else if (_index is not (StatusC or StatusD))
        {
            _ram[_index] = _index == StatusA ? (byte)(value & 0x7F) : value; // UIP (bit 7 of A) is read-only
        }
    }

    private byte Bcd(int value) => (_ram[StatusB] & 0x04) != 0 ? (byte)value : (byte)(((value / 10) << 4) | (value % 10));

    private static byte[] InitialRam()
    {
        var ram = new byte[128];
        ram[StatusA] = 0x26; // 32.768 kHz time base, 1024 Hz periodic rate
        ram[StatusB] = 0x02; // 24-hour, BCD, no interrupts
        ram[StatusD] = 0x80; // valid RAM and time
        return ram;
    }
}
