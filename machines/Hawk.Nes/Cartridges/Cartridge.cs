namespace Hawk.Nes.Cartridges;

/// <summary>A loaded cartridge image: header plus PRG ROM, CHR ROM and the RAM the board provides.</summary>
public sealed class Cartridge
{
    private Cartridge(RomHeader header, byte[] prgRom, byte[] chr, bool chrIsRam, byte[] prgRam, string source)
    {
        Header = header;
        PrgRom = prgRom;
        Chr = chr;
        ChrIsRam = chrIsRam;
        PrgRam = prgRam;
        Source = source;
    }

    public RomHeader Header { get; }

    public byte[] PrgRom { get; }

    /// <summary>CHR ROM, or CHR RAM when the cartridge has none.</summary>
    public byte[] Chr { get; }

    public bool ChrIsRam { get; }

    /// <summary>RAM at $6000-$7FFF (battery-backed when <see cref="RomHeader.HasBattery"/>).</summary>
    public byte[] PrgRam { get; }

    public string Source { get; }

    public static Cartridge Load(string path) => Parse(File.ReadAllBytes(path), path);

    /// <summary>Parses an iNES / NES 2.0 image; throws <see cref="RomFormatException"/> naming the problem and its offset.</summary>
    public static Cartridge Parse(ReadOnlySpan<byte> image, string source)
    {
        var header = RomHeader.Parse(image, source);
        if (!MapperFactory.IsSupported(header.Mapper))
        {
            throw new RomFormatException(source, 6,
                $"mapper {header.Mapper} is not supported (supported: {string.Join(", ", MapperFactory.Supported)})");
        }

        if (header.PrgRomBytes == 0)
        {
            throw new RomFormatException(source, 4, "header declares no PRG ROM");
        }

        int offset = RomHeader.Size + (header.HasTrainer ? RomHeader.TrainerSize : 0);
        long needed = (long)offset + header.PrgRomBytes + header.ChrRomBytes;
        if (image.Length < needed)
        {
            throw new RomFormatException(source, image.Length,
                $"file is truncated: header declares {header.PrgRomBytes / 1024} KiB PRG ROM and {header.ChrRomBytes / 1024} KiB CHR ROM " +
                $"({needed} bytes with header{(header.HasTrainer ? " and trainer" : "")}) but the file has {image.Length} bytes");
        }

        header = KnownImages.Refine(header, image.Slice(offset, header.PrgRomBytes + header.ChrRomBytes));
        byte[] prg = image.Slice(offset, header.PrgRomBytes).ToArray();
        bool chrIsRam = header.ChrRomBytes == 0;
        byte[] chr = chrIsRam
            ? new byte[Math.Max(8192, header.ChrRamBytes)]
            : image.Slice(offset + header.PrgRomBytes, header.ChrRomBytes).ToArray();

        // blargg's test framework and most boards expect 8 KiB at $6000 even when a NES 2.0 header says less.
        int prgRamBytes = Math.Max(8192, header.PrgRamBytes + header.PrgNvramBytes);
        byte[] prgRam = new byte[prgRamBytes];
        if (header.HasTrainer)
        {
            image.Slice(RomHeader.Size, RomHeader.TrainerSize).CopyTo(prgRam.AsSpan(0x1000));
        }

        return new Cartridge(header, prg, chr, chrIsRam, prgRam, source);
    }
}
