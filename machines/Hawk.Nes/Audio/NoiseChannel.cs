namespace Hawk.Nes.Audio;

/// <summary>Noise channel ($400C-$400F): 15-bit LFSR with a long or short (mode 1) feedback tap.</summary>
internal sealed class NoiseChannel
{
    private static readonly short[] Periods = [4, 8, 16, 32, 64, 96, 128, 160, 202, 254, 380, 508, 762, 1016, 2034, 4068];

    public LengthCounter Length;
    private Envelope _envelope;
    private bool _shortMode;
    private int _period = Periods[0];
    private int _timer;
    private int _shift = 1;

    public void Write(int register, byte value)
    {
        switch (register)
        {
            case 0:
                Length.SetHalt((value & 0x20) != 0);
                _envelope.Configure(value);
                break;
            case 2:
                _shortMode = (value & 0x80) != 0;
                _period = Periods[value & 0x0F];
                break;
            case 3:
                Length.Load(value >> 3);
                _envelope.Restart();
                break;
        }
    }

    /// <summary>Advances the timer by <paramref name="cpuCycles"/>; the period table is in CPU cycles.</summary>
    public void AdvanceTimer(int cpuCycles)
    {
        for (int steps = Divider.Advance(ref _timer, _period - 1, cpuCycles); steps > 0; steps--)
        {
            int feedback = (_shift ^ (_shift >> (_shortMode ? 6 : 1))) & 1;
            _shift = (_shift >> 1) | (feedback << 14);
        }
    }

    public void ClockQuarter() => _envelope.Clock();

    public void ClockHalf() => Length.Clock();

    public int Output => Length.Value == 0 || (_shift & 1) != 0 ? 0 : _envelope.Volume;
}
