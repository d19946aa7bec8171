namespace Hawk.Nes.Audio;

/// <summary>
/// The length counter shared by four channels. Reloads and halt changes written by the CPU take effect at the end
/// of the APU cycle, after any frame-counter clock in that cycle, which is what blargg's len_reload/len_halt
/// timing tests observe: a reload coinciding with a clock of a non-zero counter is ignored.
/// </summary>
internal struct LengthCounter
{
    private static readonly byte[] Lengths =
    [
        10, 254, 20, 2, 40, 4, 80, 6, 160, 8, 60, 10, 14, 12, 26, 14,
        12, 16, 24, 18, 48, 20, 96, 22, 192, 24, 72, 26, 16, 28, 32, 30,
    ];

    private int _reloadValue;
    private int _valueAtWrite;
    private bool _newHalt;

    public int Value { get; private set; }

    public bool Halt { get; private set; }

    public bool Enabled { get; private set; }

    public void SetEnabled(bool enabled)
    {
        Enabled = enabled;
        if (!enabled)
        {
            Value = 0;
        }
    }

    public void Load(int index)
    {
        if (Enabled)
        {
            _reloadValue = Lengths[index & 0x1F];
            _valueAtWrite = Value;
        }
    }

    public void SetHalt(bool halt) => _newHalt = halt;

    public void Clock()
    {
        if (Value > 0 && !Halt)
        {
            Value--;
        }
    }

    /// <summary>Applies the CPU's writes of this cycle.</summary>
    public void Commit()
    {
        if (_reloadValue != 0)
        {
            if (Value == _valueAtWrite)
            {
                Value = _reloadValue;
            }

            _reloadValue = 0;
        }

        Halt = _newHalt;
    }
}
