namespace Hawk.Nes.Cartridges;

/// <summary>
/// Mapper 1 (MMC1, SxROM): registers loaded serially through a 5-bit shift register. Writes on consecutive CPU
/// cycles (the two writes of a read-modify-write instruction) only count the first, as on the chip.
/// </summary>
public sealed class Mmc1 : Mapper
{
    private int _shift = 0x10;
    private int _control = 0x0C;
    private int _chrBank0;
    private int _chrBank1;
    private int _prgBank;
    private long _lastWriteCycle = -2;

    public Mmc1(Cartridge cartridge) : base(cartridge) => Apply();

    internal override void WriteRegister(ushort address, byte value, long cpuCycle)
    {
        // BEGIN LAB mmc1
        bool consecutive = cpuCycle == _lastWriteCycle + 1;
        _lastWriteCycle = cpuCycle;
        if (consecutive)
        {
            return;
        }

        if ((value & 0x80) != 0)
        {
            _shift = 0x10;
            _control |= 0x0C;
            Apply();
            return;
        }

        bool full = (_shift & 1) != 0;
        _shift = (_shift >> 1) | ((value & 1) << 4);
        if (!full)
        {
            return;
        }

        switch ((address >> 13) & 3)
        {
            case 0: _control = _shift; break;
            case 1: _chrBank0 = _shift; break;
            case 2: _chrBank1 = _shift; break;
            default: _prgBank = _shift; break;
        }

        _shift = 0x10;
        Apply();
        // END LAB mmc1
    }

    private void Apply()
    {
        SetMirroring((_control & 3) switch
        {
            0 => Mirroring.SingleScreenLower,
            1 => Mirroring.SingleScreenUpper,
            2 => Mirroring.Vertical,
            _ => Mirroring.Horizontal,
        });

        // SUROM/SXROM: 512 KiB PRG boards take PRG A18 from CHR bank register bit 4.
        int outer = Prg.Length > 0x40000 ? (_chrBank0 & 0x10) : 0;
        int bank = (_prgBank & 0x0F) | outer;
        switch ((_control >> 2) & 3)
        {
            case 0:
            case 1:
                SetPrg16K(0, bank & ~1);
                SetPrg16K(1, bank | 1);
                break;
            case 2:
                SetPrg16K(0, outer);
                SetPrg16K(1, bank);
                break;
            default:
                SetPrg16K(0, bank);
                SetPrg16K(1, outer | 0x0F);
                break;
        }

        if ((_control & 0x10) == 0)
        {
            SetChr4K(0, _chrBank0 & ~1);
            SetChr4K(1, _chrBank0 | 1);
        }
        else
        {
            SetChr4K(0, _chrBank0);
            SetChr4K(1, _chrBank1);
        }

        PrgRamEnabled = (_prgBank & 0x10) == 0;
    }
}
