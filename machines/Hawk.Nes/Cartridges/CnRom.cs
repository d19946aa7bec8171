namespace Hawk.Nes.Cartridges;

/// <summary>Mapper 3: fixed PRG like NROM, switchable 8 KiB CHR bank.</summary>
public sealed class CnRom : Mapper
{
    public CnRom(Cartridge cartridge) : base(cartridge)
    {
        SetPrg16K(0, 0);
        SetPrg16K(1, 1);
        SetChr8K(0);
    }

    internal override void WriteRegister(ushort address, byte value, long cpuCycle) => SetChr8K(value);
}
