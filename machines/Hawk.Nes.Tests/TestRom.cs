namespace Hawk.Nes.Tests;

/// <summary>Builds small iNES images in memory: a PRG image whose reset vector points at a program at $8000.</summary>
internal static class TestRom
{
    public static byte[] Header(int prg16K, int chr8K, int mapper = 0, byte flags6 = 0, byte flags7 = 0) =>
        [(byte)'N', (byte)'E', (byte)'S', 0x1A, (byte)prg16K, (byte)chr8K, (byte)(flags6 | (mapper & 0x0F) << 4), (byte)(flags7 | (mapper & 0xF0)),
            0, 0, 0, 0, 0, 0, 0, 0];

    /// <summary>An image with <paramref name="program"/> at $8000 (reset, NMI and IRQ vectors all point there).</summary>
    public static byte[] WithProgram(byte[] program, int mapper = 0, int prg16K = 2, int chr8K = 1)
    {
        var prg = new byte[prg16K * 16384];
        program.CopyTo(prg, 0);
        foreach (int vector in new[] { 0x7FFA, 0x7FFC, 0x7FFE })
        {
            int offset = prg.Length - 0x8000 + vector;
            prg[offset] = 0x00;
            prg[offset + 1] = 0x80;
        }

        return [.. Header(prg16K, chr8K, mapper), .. prg, .. new byte[chr8K * 8192]];
    }

    /// <summary>PRG banks whose every byte is the bank number (8 KiB banks), CHR banks likewise (1 KiB banks).</summary>
    /// <param name="submapper">When given, the header is NES 2.0 and carries this submapper.</param>
    public static Cartridges.Cartridge Banked(int mapper, int prg16K, int chr8K, byte flags6 = 0, int? submapper = null)
    {
        var prg = new byte[prg16K * 16384];
        for (int i = 0; i < prg.Length; i++)
        {
            prg[i] = (byte)(i / 0x2000);
        }

        var chr = new byte[chr8K * 8192];
        for (int i = 0; i < chr.Length; i++)
        {
            chr[i] = (byte)(i / 0x400);
        }

        byte[] header = Header(prg16K, chr8K, mapper, flags6, flags7: (byte)(submapper is null ? 0 : 0x08));
        header[8] = (byte)((submapper ?? 0) << 4);
        return Cartridges.Cartridge.Parse([.. header, .. prg, .. chr], "banked.nes");
    }
}
