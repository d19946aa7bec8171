namespace Hawk.Conformance.Mos6502;

/// <summary>
/// The PRG ROM of an iNES file, all that a CPU-only run of nestest needs. Errors name the file and offset.
/// </summary>
public static class InesImage
{
    private const int HeaderSize = 16;
    private const int TrainerSize = 512;
    private const int PrgBankSize = 16 * 1024;

    public static byte[] ReadPrg(string path)
    {
        byte[] file = File.ReadAllBytes(path);
        if (file.Length < HeaderSize || file[0] != 'N' || file[1] != 'E' || file[2] != 'S' || file[3] != 0x1A)
        {
            throw new InvalidDataException($"{path}: offset 0: expected the iNES magic \"NES\\x1A\" in a 16-byte header");
        }
        int prgSize = file[4] * PrgBankSize;
        int prgOffset = HeaderSize + ((file[6] & 0x04) != 0 ? TrainerSize : 0);
        if (prgSize == 0)
        {
            throw new InvalidDataException($"{path}: offset 4: the header declares no PRG ROM");
        }
        if (file.Length < prgOffset + prgSize)
        {
            throw new InvalidDataException($"{path}: offset {file.Length}: file ends inside PRG ROM ({prgSize} bytes expected from offset {prgOffset})");
        }
        return file.AsSpan(prgOffset, prgSize).ToArray();
    }
}
