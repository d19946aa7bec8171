namespace Hawk.Nes.Cartridges;

/// <summary>The 16-byte iNES / NES 2.0 header, decoded.</summary>
public sealed record RomHeader(
    bool IsNes20,
    int Mapper,
    int Submapper,
    int PrgRomBytes,
    int ChrRomBytes,
    int PrgRamBytes,
    int PrgNvramBytes,
    int ChrRamBytes,
    Mirroring Mirroring,
    bool HasBattery,
    bool HasTrainer)
{
    public const int Size = 16;
    public const int TrainerSize = 512;

    /// <summary>Decodes a header; <paramref name="source"/> names the file in error messages.</summary>
    public static RomHeader Parse(ReadOnlySpan<byte> image, string source)
    {
        if (image.Length < Size)
        {
            throw new RomFormatException(source, image.Length, $"file is {image.Length} bytes, shorter than the 16-byte iNES header");
        }

        if (image[0] != (byte)'N' || image[1] != (byte)'E' || image[2] != (byte)'S' || image[3] != 0x1A)
        {
            throw new RomFormatException(source, 0, $"expected the iNES magic \"NES\\x1A\", found {Convert.ToHexString(image[..4])}");
        }

        byte flags6 = image[6];
        byte flags7 = image[7];
        bool nes20 = (flags7 & 0x0C) == 0x08;
        bool fourScreen = (flags6 & 0x08) != 0;
        var mirroring = fourScreen ? Mirroring.FourScreen : (flags6 & 1) != 0 ? Mirroring.Vertical : Mirroring.Horizontal;
        bool battery = (flags6 & 0x02) != 0;
        bool trainer = (flags6 & 0x04) != 0;

        if (!nes20)
        {
            // "DiskDude!" and other rippers' tags in bytes 7-15 make the upper mapper nibble garbage.
            bool archaic = image[12] != 0 || image[13] != 0 || image[14] != 0 || image[15] != 0;
            int mapper = (flags6 >> 4) | (archaic ? 0 : flags7 & 0xF0);
            int prgRam = Math.Max(1, (int)image[8]) * 8192;
            return new RomHeader(false, mapper, 0, image[4] * 16384, image[5] * 8192, prgRam, 0, image[5] == 0 ? 8192 : 0,
                mirroring, battery, trainer);
        }

        int mapper20 = (flags6 >> 4) | (flags7 & 0xF0) | ((image[8] & 0x0F) << 8);
        int prg = RomSize(image[4], image[9] & 0x0F, 16384, source, 4);
        int chr = RomSize(image[5], image[9] >> 4, 8192, source, 5);
        return new RomHeader(true, mapper20, image[8] >> 4, prg, chr,
            ShiftSize(image[10] & 0x0F), ShiftSize(image[10] >> 4), ShiftSize(image[11] & 0x0F) + ShiftSize(image[11] >> 4),
            mirroring, battery, trainer);
    }

    /// <summary>NES 2.0 sizes: a 12-bit unit count, or (MSB nibble $F) the exponent-multiplier form 2^E * (2M+1).</summary>
    private static int RomSize(byte lsb, int msbNibble, int unit, string source, int offset)
    {
        if (msbNibble != 0x0F)
        {
            return ((msbNibble << 8) | lsb) * unit;
        }

        int exponent = lsb >> 2;
        long bytes = (1L << exponent) * ((lsb & 3) * 2 + 1);
        if (bytes > 64 * 1024 * 1024)
        {
            throw new RomFormatException(source, offset, $"NES 2.0 exponent size 2^{exponent} x {(lsb & 3) * 2 + 1} is implausibly large");
        }

        return (int)bytes;
    }

    private static int ShiftSize(int shift) => shift == 0 ? 0 : 64 << shift;
}
