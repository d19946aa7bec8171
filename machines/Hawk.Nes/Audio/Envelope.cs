namespace Hawk.Nes.Audio;

/// <summary>Volume envelope of the pulse and noise channels (quarter-frame clocked decay or constant volume).</summary>
internal struct Envelope
{
    private bool _start;
    private int _divider;
    private int _decay;

    private bool _loop;
    private bool _constantVolume;
    private int _parameter;

    public readonly int Volume => _constantVolume ? _parameter : _decay;

    /// <summary>Bits 0-5 of $4000/$4004/$400C: volume or period, constant-volume flag, loop (= length halt).</summary>
    public void Configure(byte value)
    {
        _loop = (value & 0x20) != 0;
        _constantVolume = (value & 0x10) != 0;
        _parameter = value & 0x0F;
    }

    public void Restart() => _start = true;

    public void Clock()
    {
        if (_start)
        {
            _start = false;
            _decay = 15;
            _divider = _parameter;
            return;
        }

        if (_divider > 0)
        {
            _divider--;
            return;
        }

        _divider = _parameter;
        if (_decay > 0)
        {
            _decay--;
        }
        else if (_loop)
        {
            _decay = 15;
        }
    }
}
