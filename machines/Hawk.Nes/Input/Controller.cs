namespace Hawk.Nes.Input;

/// <summary>A standard controller: an 8-bit parallel-in shift register latched while the strobe ($4016 bit 0) is high.</summary>
public sealed class Controller
{
    private bool _strobe;
    private int _shift;

    /// <summary>Buttons currently held.</summary>
    public Buttons Held { get; set; }

    public void WriteStrobe(byte value)
    {
        _strobe = (value & 1) != 0;
        if (_strobe)
        {
            _shift = (byte)Held;
        }
    }

    /// <summary>Bit 0 of $4016/$4017: the next button; 1s once all eight are out (official controllers).</summary>
    public int Read()
    {
        if (_strobe)
        {
            return (byte)Held & 1;
        }

        int bit = _shift & 1;
        _shift = (_shift >> 1) | 0x80;
        return bit;
    }
}
