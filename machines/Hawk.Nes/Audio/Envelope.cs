namespace Hawk.Nes.Audio;

/// <summary>Volume envelope of the pulse and noise channels (quarter-frame clocked decay or constant volume).</summary>
internal struct Envelope
{
    private bool _start;
    private int _divider;
    private int _decay;

    public bool Loop;
    public bool ConstantVolume;
    public int Parameter;

    public readonly int Volume => ConstantVolume ? Parameter : _decay;

    public void Restart() => _start = true;

    public void Clock()
    {
        if (_start)
        {
            _start = false;
            _decay = 15;
            _divider = Parameter;
            return;
        }

        if (_divider > 0)
        {
            _divider--;
            return;
        }

        _divider = Parameter;
        if (_decay > 0)
        {
            _decay--;
        }
        else if (Loop)
        {
            _decay = 15;
        }
    }
}
