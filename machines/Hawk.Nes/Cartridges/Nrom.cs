namespace Hawk.Nes.Cartridges;

/// <summary>Mapper 0: 16 or 32 KiB PRG (16 KiB mirrored), 8 KiB CHR, no registers.</summary>
public sealed class Nrom : Mapper
{
    public Nrom(Cartridge cartridge) : base(cartridge)
    {
        SetPrg16K(0, 0);
        SetPrg16K(1, 1);
        SetChr8K(0);
    }

    internal override void WriteRegister(ushort address, byte value, long cpuCycle)
    {
    }
}
