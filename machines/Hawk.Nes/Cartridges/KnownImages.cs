using System.Security.Cryptography;

namespace Hawk.Nes.Cartridges;

/// <summary>
/// Board variants that an iNES 1.0 header cannot express, keyed by the SHA-256 of the PRG+CHR ROM data, as emulators
/// tell chip revisions apart for headers without a NES 2.0 submapper. Each entry gives the NES 2.0 submapper the image
/// would carry.
/// </summary>
public static class KnownImages
{
    private static readonly Dictionary<string, (int Mapper, int Submapper, string Board)> Entries = new(StringComparer.Ordinal)
    {
        // blargg's mmc3_test/6-MMC6 and mmc3_test_2/6-MMC3_alt were written for chips with the alternate IRQ counter.
        ["6c1c987f14dc25c7632f5f905b7609faa238d953a6cff0fac38b5993c47d4253"] = (4, Mmc3.Mmc6Submapper, "MMC6 (blargg mmc3_test 6-MMC6)"),
        ["90db132dfaa26f4823076d5f732643919865fc5da1b75ba3f943536ec96b696c"] = (4, Mmc3.Mmc3ASubmapper, "MMC3A (blargg mmc3_test_2 6-MMC3_alt)"),
    };

    /// <summary>The header with the submapper a known image needs; <paramref name="header"/> itself otherwise.</summary>
    public static RomHeader Refine(RomHeader header, ReadOnlySpan<byte> romData)
    {
        if (header.IsNes20 || header.Submapper != 0)
        {
            return header;
        }

        string key = Convert.ToHexStringLower(SHA256.HashData(romData));
        return Entries.TryGetValue(key, out var entry) && entry.Mapper == header.Mapper
            ? header with { Submapper = entry.Submapper }
            : header;
    }
}
