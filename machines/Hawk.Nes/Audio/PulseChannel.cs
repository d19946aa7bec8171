namespace Hawk.Nes.Audio;

/// <summary>Pulse channel ($4000-$4003 / $4004-$4007): duty sequencer, envelope, sweep and length counter.</summary>
internal sealed class PulseChannel(bool onesComplementNegate)
{
    private static readonly byte[] Duties = [0b0000_0001, 0b0000_0011, 0b0000_1111, 0b1111_1100];

    public LengthCounter Length;
    private Envelope _envelope;
    private int _duty;
    private int _step;
    private int _period;
    private int _timer;
    private bool _sweepEnabled;
    private int _sweepPeriod;
    private bool _sweepNegate;
    private int _sweepShift;
    private int _sweepDivider;
    private bool _sweepReload;

    public void Write(int register, byte value)
    {
        switch (register)
        {
            case 0:
                _duty = value >> 6;
                Length.SetHalt((value & 0x20) != 0);
                _envelope.Configure(value);
                break;
            case 1:
                _sweepEnabled = (value & 0x80) != 0;
                _sweepPeriod = (value >> 4) & 7;
                _sweepNegate = (value & 0x08) != 0;
                _sweepShift = value & 7;
                _sweepReload = true;
                break;
            case 2:
                _period = (_period & 0x700) | value;
                break;
            default:
                _period = (_period & 0xFF) | ((value & 7) << 8);
                Length.Load(value >> 3);
                _step = 0;
                _envelope.Restart();
                break;
        }
    }

    /// <summary>Advances the timer by <paramref name="apuCycles"/> APU cycles (two CPU cycles each).</summary>
    public void AdvanceTimer(int apuCycles) => _step = (_step - Divider.Advance(ref _timer, _period, apuCycles)) & 7;

    public void ClockQuarter() => _envelope.Clock();

    public void ClockHalf()
    {
        Length.Clock();
        if (_sweepDivider == 0 && _sweepEnabled && _sweepShift != 0 && !Muted)
        {
            _period = SweepTarget;
        }

        if (_sweepDivider == 0 || _sweepReload)
        {
            _sweepDivider = _sweepPeriod;
            _sweepReload = false;
        }
        else
        {
            _sweepDivider--;
        }
    }

    private int SweepTarget
    {
        get
        {
            int change = _period >> _sweepShift;
            return _sweepNegate ? _period - change - (onesComplementNegate ? 1 : 0) : _period + change;
        }
    }

    private bool Muted => _period < 8 || (!_sweepNegate && SweepTarget > 0x7FF);

    public int Output => Length.Value == 0 || Muted || ((Duties[_duty] >> _step) & 1) == 0 ? 0 : _envelope.Volume;
}
