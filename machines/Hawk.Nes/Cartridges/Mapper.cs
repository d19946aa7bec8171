namespace Hawk.Nes.Cartridges;

/// <summary>
/// A cartridge board. Boards only re-point bank tables (8 KiB PRG slots, 1 KiB CHR slots, nametable slots) on
/// register writes; the hot paths of the CPU bus and the PPU index those tables directly, so no virtual call is
/// made per fetch. Only boards that watch the PPU address bus (MMC3) get a call per PPU access.
/// </summary>
public abstract class Mapper
{
    protected Mapper(Cartridge cartridge)
    {
        Cartridge = cartridge;
        Prg = cartridge.PrgRom;
        Chr = cartridge.Chr;
        PrgRam = cartridge.PrgRam;
        ChrWritable = cartridge.ChrIsRam;
        SetMirroring(cartridge.Header.Mirroring);
    }

    public Cartridge Cartridge { get; }

    internal readonly byte[] Prg;
    internal readonly byte[] Chr;
    internal readonly byte[] PrgRam;
    internal readonly bool ChrWritable;

    /// <summary>Offset into <see cref="Prg"/> of each 8 KiB slot at $8000, $A000, $C000, $E000.</summary>
    internal readonly int[] PrgSlots = new int[4];

    /// <summary>Offset into <see cref="Chr"/> of each 1 KiB slot of PPU $0000-$1FFF.</summary>
    internal readonly int[] ChrSlots = new int[8];

    /// <summary>Offset into the 4 KiB nametable RAM of each logical nametable $2000, $2400, $2800, $2C00.</summary>
    internal readonly int[] NametableSlots = new int[4];

    internal bool PrgRamEnabled = true;

    /// <summary>True when the board wants <see cref="OnPpuAddress"/> for every PPU bus access.</summary>
    internal bool WatchesPpuBus { get; init; }

    /// <summary>The board's /IRQ output.</summary>
    public bool IrqLine { get; protected set; }

    public int PrgBankCount8K => Prg.Length / 0x2000;

    /// <summary>A CPU write to $8000-$FFFF. <paramref name="cpuCycle"/> lets boards see consecutive-cycle writes.</summary>
    internal abstract void WriteRegister(ushort address, byte value, long cpuCycle);

    /// <summary>The PPU drove <paramref name="address"/> onto its bus at PPU dot <paramref name="ppuDot"/>.</summary>
    internal virtual void OnPpuAddress(int address, long ppuDot)
    {
    }

    protected void SetPrg8K(int slot, int bank) => PrgSlots[slot] = Wrap(bank, 0x2000, Prg.Length);

    protected void SetPrg16K(int slot16, int bank)
    {
        int offset = Wrap(bank, 0x4000, Prg.Length);
        PrgSlots[slot16 * 2] = offset;
        PrgSlots[slot16 * 2 + 1] = offset + 0x2000 < Prg.Length ? offset + 0x2000 : offset;
    }

    protected void SetPrg32K(int bank)
    {
        for (int i = 0; i < 4; i++)
        {
            PrgSlots[i] = Wrap(bank * 4 + i, 0x2000, Prg.Length);
        }
    }

    protected void SetChr1K(int slot, int bank) => ChrSlots[slot] = Wrap(bank, 0x400, Chr.Length);

    protected void SetChr4K(int slot4, int bank)
    {
        for (int i = 0; i < 4; i++)
        {
            ChrSlots[slot4 * 4 + i] = Wrap(bank * 4 + i, 0x400, Chr.Length);
        }
    }

    protected void SetChr8K(int bank)
    {
        for (int i = 0; i < 8; i++)
        {
            ChrSlots[i] = Wrap(bank * 8 + i, 0x400, Chr.Length);
        }
    }

    protected void SetMirroring(Mirroring mirroring)
    {
        (int a, int b, int c, int d) = mirroring switch
        {
            Mirroring.Horizontal => (0, 0, 1, 1),
            Mirroring.Vertical => (0, 1, 0, 1),
            Mirroring.SingleScreenLower => (0, 0, 0, 0),
            Mirroring.SingleScreenUpper => (1, 1, 1, 1),
            _ => (0, 1, 2, 3),
        };
        NametableSlots[0] = a * 0x400;
        NametableSlots[1] = b * 0x400;
        NametableSlots[2] = c * 0x400;
        NametableSlots[3] = d * 0x400;
    }

    /// <summary>Bank numbers wrap at the chip size (boards ignore the address lines a small chip lacks).</summary>
    private static int Wrap(int bank, int bankSize, int chipSize)
    {
        int banks = Math.Max(1, chipSize / bankSize);
        return (int)((uint)bank % (uint)banks) * bankSize;
    }
}
