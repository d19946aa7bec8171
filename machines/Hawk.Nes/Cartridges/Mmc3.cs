namespace Hawk.Nes.Cartridges;

/// <summary>
/// Mapper 4 (MMC3, TxROM): 8 KiB PRG and 1/2 KiB CHR banking and a scanline counter clocked by rising edges of PPU
/// A12 that follow a low period (the chip filters the short lows between sprite fetches). The IRQ follows Sharp's
/// MMC3B/C unless the NES 2.0 submapper names a chip with the alternate counter (MMC6, MMC3A).
/// </summary>
public sealed class Mmc3 : Mapper
{
    /// <summary>NES 2.0 submappers of mapper 4 whose IRQ counter uses the alternate behaviour.</summary>
    public const int Mmc6Submapper = 1;

    /// <inheritdoc cref="Mmc6Submapper"/>
    public const int Mmc3ASubmapper = 4;

    /// <summary>PPU dots A12 must have been seen low before a rise counts (the chip's filter spans ~3 CPU cycles).</summary>
    private const int A12LowDots = 10;

    private readonly int[] _registers = [0, 2, 4, 5, 6, 7, 0, 1];
    private readonly bool _alternateIrq;
    private int _bankSelect;
    private int _irqLatch;
    private int _irqCounter;
    private bool _irqReload;
    private bool _irqEnabled;
    private long _a12LowSince = -1;
    private long _a12LastLow;

    public Mmc3(Cartridge cartridge) : base(cartridge)
    {
        WatchesPpuBus = true;
        _alternateIrq = cartridge.Header.Submapper is Mmc6Submapper or Mmc3ASubmapper;
        Apply();
    }

    internal override void WriteRegister(ushort address, byte value, long cpuCycle)
    {
        bool odd = (address & 1) != 0;
        switch ((address >> 13) & 3)
        {
            case 0 when !odd: _bankSelect = value; break;
            case 0: _registers[_bankSelect & 7] = value; break;
            case 1 when !odd:
                if (Cartridge.Header.Mirroring != Mirroring.FourScreen)
                {
                    SetMirroring((value & 1) != 0 ? Mirroring.Horizontal : Mirroring.Vertical);
                }

                return;
            case 1: return; // PRG RAM protect: left open, as most boards and emulators do (MMC6 differs).
            case 2 when !odd: _irqLatch = value; return;
            case 2: _irqCounter = 0; _irqReload = true; return;
            case 3 when !odd: _irqEnabled = false; IrqLine = false; return;
            default: _irqEnabled = true; return;
        }

        Apply();
    }

    internal override void OnPpuAddress(int address, long ppuDot)
    {
        if ((address & 0x1000) == 0)
        {
            if (_a12LowSince < 0)
            {
                _a12LowSince = ppuDot;
            }

            _a12LastLow = ppuDot;
            return;
        }

        if (_a12LowSince >= 0 && _a12LastLow - _a12LowSince + 1 > A12LowDots)
        {
            ClockCounter();
        }

        _a12LowSince = -1;
    }

    /// <summary>
    /// Sharp's chips raise the IRQ whenever the counter is 0 after a clock; the alternate counter only when a
    /// decrement reached 0 or a $C001 reload loaded 0, so a latch of 0 fires once rather than on every clock.
    /// </summary>
    private void ClockCounter()
    {
        bool reachedZeroByChange = _irqCounter == 1 || _irqReload;
        if (_irqCounter == 0 || _irqReload)
        {
            _irqCounter = _irqLatch;
            _irqReload = false;
        }
        else
        {
            _irqCounter--;
        }

        if (_irqCounter == 0 && _irqEnabled && (!_alternateIrq || reachedZeroByChange))
        {
            IrqLine = true;
        }
    }

    private void Apply()
    {
        int last = PrgBankCount8K - 1;
        bool prgSwap = (_bankSelect & 0x40) != 0;
        SetPrg8K(prgSwap ? 2 : 0, _registers[6]);
        SetPrg8K(1, _registers[7]);
        SetPrg8K(prgSwap ? 0 : 2, last - 1);
        SetPrg8K(3, last);

        int invert = (_bankSelect & 0x80) != 0 ? 4 : 0;
        SetChr1K(0 ^ invert, _registers[0] & ~1);
        SetChr1K(1 ^ invert, _registers[0] | 1);
        SetChr1K(2 ^ invert, _registers[1] & ~1);
        SetChr1K(3 ^ invert, _registers[1] | 1);
        SetChr1K(4 ^ invert, _registers[2]);
        SetChr1K(5 ^ invert, _registers[3]);
        SetChr1K(6 ^ invert, _registers[4]);
        SetChr1K(7 ^ invert, _registers[5]);
    }
}
