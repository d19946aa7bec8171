using System.Text;

namespace Hawk.Hypervisor.Devices;

/// <summary>What the guest wrote to its console: kept (up to a cap, so a chatty guest cannot exhaust the host) and
/// optionally echoed to a stream such as the terminal.</summary>
public sealed class SerialLog(Stream? echo = null, int capacity = 4 << 20)
{
    private readonly List<byte> _kept = [];
    private long _dropped;

    public long Dropped => _dropped;

    public void Append(byte value)
    {
        if (_kept.Count < capacity)
        {
            _kept.Add(value);
        }
        else
        {
            _dropped++;
        }

        if (echo is not null)
        {
            echo.WriteByte(value);
            if (value == (byte)'\n')
            {
                echo.Flush();
            }
        }
    }

    public void Flush() => echo?.Flush();

    public string Text => Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_kept));
}
