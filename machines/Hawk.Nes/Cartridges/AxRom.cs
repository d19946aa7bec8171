namespace Hawk.Nes.Cartridges;

/// <summary>Mapper 7: switchable 32 KiB PRG, one-screen mirroring selected by bit 4, 8 KiB CHR RAM.</summary>
public sealed class AxRom : Mapper
{
    public AxRom(Cartridge cartridge) : base(cartridge)
    {
        SetPrg32K(0);
        SetChr8K(0);
        SetMirroring(Mirroring.SingleScreenLower);
    }

    internal override void WriteRegister(ushort address, byte value, long cpuCycle)
    {
        SetPrg32K(value & 0x07);
        SetMirroring((value & 0x10) != 0 ? Mirroring.SingleScreenUpper : Mirroring.SingleScreenLower);
    }
}
