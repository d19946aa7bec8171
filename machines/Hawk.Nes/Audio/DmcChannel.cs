namespace Hawk.Nes.Audio;

/// <summary>
/// Delta modulation channel ($4010-$4013): plays 1-bit deltas fetched from CPU memory. When its one-byte sample
/// buffer is empty and bytes remain it requests a DMA; the system bus performs the fetch (stalling the CPU) and
/// hands the byte back through <see cref="CompleteFetch"/>.
/// </summary>
internal sealed class DmcChannel
{
    private static readonly short[] Rates = [428, 380, 340, 320, 286, 254, 226, 214, 190, 160, 142, 128, 106, 84, 72, 54];

    private bool _irqEnabled;
    private bool _loop;
    private int _period = Rates[0];
    private int _timer = Rates[0];
    private int _sampleAddress = 0xC000;
    private int _sampleLength = 1;
    private int _currentAddress;
    private int _shift;
    private int _bitsRemaining = 8;
    private bool _silent = true;
    private int _buffer;
    private bool _bufferFull;

    /// <summary>Cycles until a DMA requested by a $4015 write may start (the fetch is not immediate).</summary>
    private int _startDelay;

    public int Level { get; private set; }

    public int BytesRemaining { get; private set; }

    public bool IrqFlag { get; set; }

    public bool DmaRequested { get; private set; }

    public ushort DmaAddress => (ushort)_currentAddress;

    public void Write(int register, byte value)
    {
        switch (register)
        {
            case 0:
                _irqEnabled = (value & 0x80) != 0;
                _loop = (value & 0x40) != 0;
                _period = Rates[value & 0x0F];
                if (!_irqEnabled)
                {
                    IrqFlag = false;
                }

                break;
            case 1:
                Level = value & 0x7F;
                break;
            case 2:
                _sampleAddress = 0xC000 | (value << 6);
                break;
            default:
                _sampleLength = (value << 4) | 1;
                break;
        }
    }

    public void SetEnabled(bool enabled, bool oddCycle)
    {
        IrqFlag = false;
        if (!enabled)
        {
            BytesRemaining = 0;
            DmaRequested = false;
            _startDelay = 0;
            return;
        }

        if (BytesRemaining == 0)
        {
            Restart();
            if (!_bufferFull)
            {
                _startDelay = oddCycle ? 3 : 2;
            }
        }
    }

    /// <summary>Clocked every CPU cycle; the rate timer only moves on APU cycles (<paramref name="apuCycle"/>), so
    /// output clocks, and the DMA requests they cause, always fall on the same CPU cycle parity.</summary>
    public void Clock(bool apuCycle)
    {
        if (_startDelay > 0 && --_startDelay == 0)
        {
            RequestFetch();
        }

        if (!apuCycle || (_timer -= 2) > 0)
        {
            return;
        }

        _timer = _period;
        if (!_silent)
        {
            if ((_shift & 1) != 0)
            {
                if (Level <= 125)
                {
                    Level += 2;
                }
            }
            else if (Level >= 2)
            {
                Level -= 2;
            }
        }

        _shift >>= 1;
        if (--_bitsRemaining > 0)
        {
            return;
        }

        _bitsRemaining = 8;
        _silent = !_bufferFull;
        if (_bufferFull)
        {
            _shift = _buffer;
            _bufferFull = false;
            RequestFetch();
        }
    }

    public void CompleteFetch(byte value)
    {
        DmaRequested = false;
        if (BytesRemaining == 0)
        {
            return;
        }

        _buffer = value;
        _bufferFull = true;
        _currentAddress = _currentAddress == 0xFFFF ? 0x8000 : _currentAddress + 1;
        if (--BytesRemaining == 0)
        {
            if (_loop)
            {
                Restart();
            }
            else if (_irqEnabled)
            {
                IrqFlag = true;
            }
        }
    }

    private void RequestFetch()
    {
        if (!_bufferFull && BytesRemaining > 0)
        {
            DmaRequested = true;
        }
    }

    private void Restart()
    {
        _currentAddress = _sampleAddress;
        BytesRemaining = _sampleLength;
    }
}
