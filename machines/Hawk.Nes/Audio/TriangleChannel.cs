namespace Hawk.Nes.Audio;

/// <summary>Triangle channel ($4008-$400B): 32-step sequencer gated by the linear and length counters.</summary>
internal sealed class TriangleChannel
{
    public LengthCounter Length;
    private bool _control;
    private int _linearReloadValue;
    private int _linearCounter;
    private bool _linearReload;
    private int _period;
    private int _timer;
    private int _step;

    public void Write(int register, byte value)
    {
        switch (register)
        {
            case 0:
                _control = (value & 0x80) != 0;
                Length.SetHalt(_control);
                _linearReloadValue = value & 0x7F;
                break;
            case 2:
                _period = (_period & 0x700) | value;
                break;
            case 3:
                _period = (_period & 0xFF) | ((value & 7) << 8);
                Length.Load(value >> 3);
                _linearReload = true;
                break;
        }
    }

    /// <summary>Advances the timer by <paramref name="cpuCycles"/>; the sequencer moves only while both counters are non-zero.</summary>
    public void AdvanceTimer(int cpuCycles)
    {
        int steps = Divider.Advance(ref _timer, _period, cpuCycles);
        if (Length.Value > 0 && _linearCounter > 0)
        {
            _step = (_step + steps) & 31;
        }
    }

    public void ClockQuarter()
    {
        if (_linearReload)
        {
            _linearCounter = _linearReloadValue;
        }
        else if (_linearCounter > 0)
        {
            _linearCounter--;
        }

        if (!_control)
        {
            _linearReload = false;
        }
    }

    public void ClockHalf() => Length.Clock();

    /// <summary>The sequencer holds its level when stopped; ultrasonic periods are silenced to avoid a DC click.</summary>
    public int Output => _period < 2 ? 7 : _step < 16 ? 15 - _step : _step - 16;
}
