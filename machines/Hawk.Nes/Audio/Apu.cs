namespace Hawk.Nes.Audio;

/// <summary>
/// The 2A03's APU: two pulses, triangle, noise, DMC, the frame counter with its IRQ, and a mixer that produces
/// 16-bit mono samples at <see cref="SampleRate"/>. Clocked once per CPU cycle by the system bus.
/// </summary>
public sealed class Apu
{
    public const int SampleRate = 44_100;
    private const int CpuClock = 1_789_773;


    private static readonly float[] PulseMix = BuildTable(31, n => n == 0 ? 0 : 95.52 / (8128.0 / n + 100));
    private static readonly float[] TndMix = BuildTable(203, n => n == 0 ? 0 : 163.67 / (24329.0 / n + 100));

    private readonly PulseChannel _pulse1 = new(onesComplementNegate: true);
    private readonly PulseChannel _pulse2 = new(onesComplementNegate: false);
    private readonly TriangleChannel _triangle = new();
    private readonly NoiseChannel _noise = new();
    private readonly DmcChannel _dmc = new();

    private readonly short[] _samples = new short[8192];
    private int _sampleCount;
    private int _sampleClock;
    private long _timersCycle;
    private bool _lengthWritesPending;
    private float _highPass;
    private float _lastRaw;
    private float _lowPass;

    private long _cycle;
    private int _frameCycle;
    private int _nextStepCycle;
    private bool _fiveStep;
    private bool _frameIrqInhibit;
    private int _frameResetDelay;
    private byte _pendingFrameMode;
    private byte _lastFrameWrite;

    /// <summary>Where the frame sequencer stands when the CPU's reset sequence starts: the implicit $4017 write took
    /// effect just before, which with the 7-cycle reset sequence gives the 9-12 cycle delay blargg's 4017_timing
    /// measures.</summary>
    private const int ResetFrameCounterLead = 0;

    private const int DmcParity = 0;

    public Apu()
    {
        // At power the frame counter behaves as if $4017 had been written with 0 just before the reset sequence.
        RestartFrameCounter(0);
    }

    public bool FrameIrqFlag { get; private set; }

    public bool IrqLine => FrameIrqFlag || _dmc.IrqFlag;

    public bool DmcDmaRequested => _dmc.DmaRequested;

    public ushort DmcDmaAddress => _dmc.DmaAddress;

    public void CompleteDmcDma(byte value) => _dmc.CompleteFetch(value);

    /// <summary>Samples produced since the last <see cref="TakeSamples"/>.</summary>
    public ReadOnlySpan<short> PendingSamples => _samples.AsSpan(0, _sampleCount);

    public void TakeSamples() => _sampleCount = 0;

    public void WriteRegister(int address, byte value)
    {
        // Length counter reloads and halt changes settle at the end of the cycle (see LengthCounter).
        _lengthWritesPending = true;
        SyncTimers();
        switch (address)
        {
            case < 0x4004: _pulse1.Write(address & 3, value); break;
            case < 0x4008: _pulse2.Write(address & 3, value); break;
            case < 0x400C: _triangle.Write(address & 3, value); break;
            case < 0x4010: _noise.Write(address & 3, value); break;
            case < 0x4014: _dmc.Write(address & 3, value); break;
            case 0x4015:
                _pulse1.Length.SetEnabled((value & 1) != 0);
                _pulse2.Length.SetEnabled((value & 2) != 0);
                _triangle.Length.SetEnabled((value & 4) != 0);
                _noise.Length.SetEnabled((value & 8) != 0);
                _dmc.SetEnabled((value & 0x10) != 0, (_cycle & 1) != 0);
                break;
            case 0x4017:
                WriteFrameCounter(value);
                break;
        }
    }

    /// <summary>$4015 read: length counter and DMC status, frame and DMC IRQ flags; clears the frame IRQ flag.
    /// Bit 5 is open bus, supplied by the caller.</summary>
    public byte ReadStatus(byte openBus)
    {
        int status = (openBus & 0x20)
            | (_pulse1.Length.Value > 0 ? 0x01 : 0)
            | (_pulse2.Length.Value > 0 ? 0x02 : 0)
            | (_triangle.Length.Value > 0 ? 0x04 : 0)
            | (_noise.Length.Value > 0 ? 0x08 : 0)
            | (_dmc.BytesRemaining > 0 ? 0x10 : 0)
            | (FrameIrqFlag ? 0x40 : 0)
            | (_dmc.IrqFlag ? 0x80 : 0);
        FrameIrqFlag = false;
        return (byte)status;
    }

    /// <summary>One CPU cycle.</summary>
    public void Clock()
    {
        if (_frameResetDelay > 0 || ++_frameCycle >= _nextStepCycle)
        {
            ClockFrameCounter();
        }

        _dmc.Clock(apuCycle: (_cycle & 1) == DmcParity);

        if (_lengthWritesPending)
        {
            _lengthWritesPending = false;
            _pulse1.Length.Commit();
            _pulse2.Length.Commit();
            _triangle.Length.Commit();
            _noise.Length.Commit();
        }

        _cycle++;
        _sampleClock += SampleRate;
        if (_sampleClock >= CpuClock)
        {
            _sampleClock -= CpuClock;
            EmitSample();
        }
    }

    /// <summary>
    /// The pulse, triangle and noise timers only shape the waveform, so they run in arrears: brought up to date
    /// before anything that reads or changes them (register writes, frame-sequencer clocks, a sample).
    /// </summary>
    private void SyncTimers()
    {
        long now = _cycle;
        int cpuCycles = (int)(now - _timersCycle);
        if (cpuCycles == 0)
        {
            return;
        }

        // Pulse timers tick on odd CPU cycles (APU cycles).
        int apuCycles = (int)((now >> 1) - (_timersCycle >> 1));
        _timersCycle = now;
        _pulse1.AdvanceTimer(apuCycles);
        _pulse2.AdvanceTimer(apuCycles);
        _triangle.AdvanceTimer(cpuCycles);
        _noise.AdvanceTimer(cpuCycles);
    }

    /// <summary>The RESET line: channels silenced ($4015 = 0) and the last $4017 value written again.</summary>
    public void Reset()
    {
        WriteRegister(0x4015, 0);
        FrameIrqFlag = false;
        RestartFrameCounter(_lastFrameWrite);
    }

    private void RestartFrameCounter(byte value)
    {
        WriteFrameCounter(value);
        _frameResetDelay = 0;
        _fiveStep = (value & 0x80) != 0;
        _frameCycle = ResetFrameCounterLead;
        UpdateNextStep();
    }

    private void WriteFrameCounter(byte value)
    {
        _lastFrameWrite = value;
        _pendingFrameMode = value;
        _frameIrqInhibit = (value & 0x40) != 0;
        if (_frameIrqInhibit)
        {
            FrameIrqFlag = false;
        }

        // The new mode takes effect 3 CPU cycles after a write made during an APU cycle, 4 otherwise.
        _frameResetDelay = (_cycle & 1) != 0 ? 4 : 3;
    }

    private void ClockFrameCounter()
    {
        if (_frameResetDelay > 0)
        {
            if (--_frameResetDelay == 0)
            {
                _fiveStep = (_pendingFrameMode & 0x80) != 0;
                _frameCycle = -1;
                if (_fiveStep)
                {
                    ClockQuarterFrame();
                    ClockHalfFrame();
                }
            }

            _frameCycle++;
        }

        switch (_frameCycle)
        {
            case 7457:
            case 22371:
                ClockQuarterFrame();
                break;
            case 14913:
                ClockQuarterFrame();
                ClockHalfFrame();
                break;
            case 29828 when !_fiveStep:
                SetFrameIrq();
                break;
            case 29829 when !_fiveStep:
                ClockQuarterFrame();
                ClockHalfFrame();
                SetFrameIrq();
                break;
            case 29830 when !_fiveStep:
                SetFrameIrq();
                _frameCycle = 0;
                break;
            case 37281:
                ClockQuarterFrame();
                ClockHalfFrame();
                break;
            case 37282:
                _frameCycle = 0;
                break;
        }

        UpdateNextStep();
    }

    /// <summary>The next sequencer cycle with work (a step, an IRQ, the wrap), so the cycles between cost nothing.</summary>
    private void UpdateNextStep() => _nextStepCycle = _frameCycle switch
    {
        < 7457 => 7457,
        < 14913 => 14913,
        < 22371 => 22371,
        _ when _fiveStep => _frameCycle < 37281 ? 37281 : 37282,
        < 29828 => 29828,
        _ => _frameCycle + 1,
    };

    private void SetFrameIrq()
    {
        if (!_frameIrqInhibit)
        {
            FrameIrqFlag = true;
        }
    }

    private void ClockQuarterFrame()
    {
        SyncTimers();
        _pulse1.ClockQuarter();
        _pulse2.ClockQuarter();
        _triangle.ClockQuarter();
        _noise.ClockQuarter();
    }

    private void ClockHalfFrame()
    {
        SyncTimers();
        _pulse1.ClockHalf();
        _pulse2.ClockHalf();
        _triangle.ClockHalf();
        _noise.ClockHalf();
    }

    private void EmitSample()
    {
        SyncTimers();
        if (_sampleCount == _samples.Length)
        {
            return;
        }

        float raw = PulseMix[_pulse1.Output + _pulse2.Output] + TndMix[3 * _triangle.Output + 2 * _noise.Output + _dmc.Level];

        // The console's output stage: a ~90 Hz high-pass (removes DC) and a ~14 kHz low-pass.
        _highPass = 0.9872f * (_highPass + raw - _lastRaw);
        _lastRaw = raw;
        _lowPass += 0.815f * (_highPass - _lowPass);
        _samples[_sampleCount++] = (short)Math.Clamp(_lowPass * 32767f, short.MinValue, short.MaxValue);
    }

    private static float[] BuildTable(int size, Func<int, double> value)
    {
        var table = new float[size];
        for (int i = 0; i < size; i++)
        {
            table[i] = (float)value(i);
        }

        return table;
    }
}
