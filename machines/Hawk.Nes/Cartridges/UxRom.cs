namespace Hawk.Nes.Cartridges;

/// <summary>Mapper 2: switchable 16 KiB at $8000, last 16 KiB fixed at $C000, 8 KiB CHR RAM.</summary>
public sealed class UxRom : Mapper
{
    public UxRom(Cartridge cartridge) : base(cartridge)
    {
        SetPrg16K(0, 0);
        SetPrg16K(1, -1 + cartridge.PrgRom.Length / 0x4000);
        SetChr8K(0);
    }

    internal override void WriteRegister(ushort address, byte value, long cpuCycle) => SetPrg16K(0, value);
}
