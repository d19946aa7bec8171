namespace Hawk.Nes.Cartridges;

/// <summary>Creates the board for an iNES mapper number.</summary>
public static class MapperFactory
{
    public static IReadOnlyList<int> Supported { get; } = [0, 1, 2, 3, 4, 7];

    public static bool IsSupported(int mapper) => Supported.Contains(mapper);

    public static Mapper Create(Cartridge cartridge) => cartridge.Header.Mapper switch
    {
        0 => new Nrom(cartridge),
        1 => new Mmc1(cartridge),
        2 => new UxRom(cartridge),
        3 => new CnRom(cartridge),
        4 => new Mmc3(cartridge),
        7 => new AxRom(cartridge),
        _ => throw new RomFormatException(cartridge.Source, 6, $"mapper {cartridge.Header.Mapper} is not supported"),
    };
}
