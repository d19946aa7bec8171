using System.Runtime.CompilerServices;
using Hawk.Nes.Audio;
using Hawk.Nes.Cartridges;
using Hawk.Nes.Input;
using Hawk.Nes.Video;

namespace Hawk.Nes;

/// <summary>
/// The console's buses and clocks. Every CPU cycle is 12 master clocks and a PPU dot is 4; a CPU read happens 5
/// master clocks into its cycle and a write 7 in, so register accesses land between the right PPU dots. The APU
/// runs once per CPU cycle. OAM DMA and DMC DMA halt the CPU on its next read cycle and are run here, so the CPU
/// core knows nothing about them.
/// The PPU runs lazily: it is brought up to the master clock only before something could observe or change it (a
/// PPU register access, a mapper write, the dots where VBL and the frame boundary change) and so runs thousands of
/// dots per call. Boards that watch the PPU bus raise IRQs from its progress, so for them it runs in lock-step.
/// </summary>
internal sealed class NesSystem
{
    private const int MasterPerCpuCycle = 12;
    private const int MasterPerDot = 4;
    private const int ReadPhase = 5;
    private const int WritePhase = 7;

    private readonly byte[] _ram = new byte[2048];
    private readonly byte[] _prg;
    private readonly int[] _prgSlots;
    private readonly byte[] _prgRam;
    private readonly int _prgRamMask;

    private readonly bool _ppuLockStep;
    private long _masterClock;
    private long _ppuClock;
    private long _ppuSyncAt;
    private byte _dataBus;
    private bool _oamDmaPending;
    private byte _oamDmaPage;

    public NesSystem(Cartridge cartridge, int ppuPhase, bool ppuLockStep)
    {
        Mapper = MapperFactory.Create(cartridge);
        Ppu = new Ppu(Mapper);
        _prg = Mapper.Prg;
        _prgSlots = Mapper.PrgSlots;
        _prgRam = Mapper.PrgRam;
        _prgRamMask = _prgRam.Length >= 0x2000 ? 0x1FFF : _prgRam.Length - 1;
        _ppuClock = -ppuPhase;
        _ppuLockStep = ppuLockStep || Mapper.WatchesPpuBus;
    }

    public Mapper Mapper { get; }

    public Ppu Ppu { get; }

    public Apu Apu { get; } = new();

    public Controller Pad1 { get; } = new();

    public Controller Pad2 { get; } = new();

    /// <summary>CPU cycles including DMA stalls.</summary>
    public long CpuCycles { get; private set; }

    public long DmaCycles { get; private set; }

    public byte[] Ram => _ram;

    public bool IrqLine => Apu.IrqLine || Mapper.IrqLine;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public byte CpuRead(ushort address)
    {
        if (_oamDmaPending || Apu.DmcDmaRequested)
        {
            RunDma(address);
        }

        return ReadCycle(address);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CpuWrite(ushort address, byte value)
    {
        BeginCycle();
        Advance(WritePhase);
        _dataBus = value;
        WriteDevice(address, value);
        Advance(MasterPerCpuCycle - WritePhase);
        EndCycle();
    }

    /// <summary>The RESET button: the PPU and APU registers the line clears; the CPU's own sequence follows.</summary>
    public void SoftReset()
    {
        SyncPpu();
        Ppu.Reset();
        Apu.Reset();
        _oamDmaPending = false;
    }

    /// <summary>What a read of <paramref name="address"/> would return, without side effects (registers read as 0).</summary>
    public byte Peek(ushort address) => address switch
    {
        < 0x2000 => _ram[address & 0x7FF],
        < 0x6000 => 0,
        < 0x8000 => _prgRam[address & _prgRamMask],
        _ => _prg[_prgSlots[(address >> 13) & 3] + (address & 0x1FFF)],
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ReadCycle(ushort address)
    {
        BeginCycle();
        Advance(ReadPhase);
        byte value = ReadDevice(address);
        Advance(MasterPerCpuCycle - ReadPhase);
        EndCycle();
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Advance(int masterClocks)
    {
        _masterClock += masterClocks;
        if (_masterClock >= _ppuSyncAt)
        {
            SyncPpu();
        }
    }

    /// <summary>Runs the PPU up to the master clock and sets when it must next be brought up to date.</summary>
    public void SyncPpu()
    {
        int dots = (int)((_masterClock - _ppuClock) / MasterPerDot);
        if (dots > 0)
        {
            Ppu.Run(dots);
            _ppuClock += dots * MasterPerDot;
        }

        _ppuSyncAt = _ppuLockStep ? long.MinValue : _ppuClock + (long)Ppu.DotsUntilNextEvent() * MasterPerDot;
    }

    /// <summary>The APU steps at the start of each CPU cycle, so register accesses see this cycle's state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void BeginCycle() => Apu.Clock();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndCycle() => CpuCycles++;

    private byte ReadDevice(ushort address)
    {
        if (address >= 0x8000)
        {
            return _dataBus = _prg[_prgSlots[(address >> 13) & 3] + (address & 0x1FFF)];
        }

        if (address < 0x2000)
        {
            return _dataBus = _ram[address & 0x7FF];
        }

        if (address < 0x4000)
        {
            SyncPpu();
            return _dataBus = Ppu.ReadRegister(address);
        }

        switch (address)
        {
            case 0x4015:
                // $4015 is inside the 2A03: the value does not reach the external data bus.
                return Apu.ReadStatus(_dataBus);
            case 0x4016:
                return _dataBus = (byte)((_dataBus & 0xE0) | Pad1.Read());
            case 0x4017:
                return _dataBus = (byte)((_dataBus & 0xE0) | Pad2.Read());
            case >= 0x6000 when Mapper.PrgRamEnabled:
                return _dataBus = _prgRam[address & _prgRamMask];
            default:
                return _dataBus;
        }
    }

    private void WriteDevice(ushort address, byte value)
    {
        if (address < 0x2000)
        {
            _ram[address & 0x7FF] = value;
        }
        else if (address < 0x4000)
        {
            SyncPpu();
            Ppu.WriteRegister(address, value);
        }
        else if (address >= 0x8000)
        {
            SyncPpu(); // banking and mirroring changes take effect at this dot
            Mapper.WriteRegister(address, value, CpuCycles);
        }
        else if (address >= 0x6000)
        {
            if (Mapper.PrgRamEnabled)
            {
                _prgRam[address & _prgRamMask] = value;
            }
        }
        else if (address == 0x4014)
        {
            _oamDmaPending = true;
            _oamDmaPage = value;
        }
        else if (address == 0x4016)
        {
            Pad1.WriteStrobe(value);
            Pad2.WriteStrobe(value);
        }
        else if (address < 0x4018)
        {
            Apu.WriteRegister(address, value);
        }
    }

    /// <summary>
    /// Runs pending DMA before the CPU's read of <paramref name="address"/>. The first cycle halts the CPU (repeating
    /// its read). DMA reads happen on "get" (even) cycles and OAM writes on "put" (odd) cycles; cycles with nothing
    /// to do repeat the CPU's read. A DMC fetch needs its halt and one dummy cycle behind it, which OAM DMA cycles
    /// also provide, so a DMC fetch inside OAM DMA costs two cycles and alone costs three or four.
    /// </summary>
    private void RunDma(ushort address)
    {
        long start = CpuCycles;
        bool oam = _oamDmaPending;
        _oamDmaPending = false;
        int dmcCycles = 0;
        bool dmcSeen = Apu.DmcDmaRequested;

        ReadCycle(address);
        if (dmcSeen)
        {
            dmcCycles = 1;
        }

        int oamIndex = 0;
        bool latchFull = false;
        byte latch = 0;
        while (oam || Apu.DmcDmaRequested)
        {
            bool dmc = Apu.DmcDmaRequested;
            if (dmc && !dmcSeen)
            {
                dmcSeen = true;
                dmcCycles = 0;
            }

            bool get = (CpuCycles & 1) == 0;
            if (get && dmc && dmcCycles >= 2)
            {
                Apu.CompleteDmcDma(ReadCycle(Apu.DmcDmaAddress));
                dmcSeen = false;
                continue;
            }

            if (get && oam && !latchFull)
            {
                latch = ReadCycle((ushort)((_oamDmaPage << 8) | oamIndex));
                latchFull = true;
            }
            else if (!get && oam && latchFull)
            {
                BeginCycle();
                Advance(WritePhase);
                SyncPpu();
                Ppu.WriteRegister(0x2004, latch);
                Advance(MasterPerCpuCycle - WritePhase);
                EndCycle();
                latchFull = false;
                oam = ++oamIndex < 256;
            }
            else if (address is 0x4016 or 0x4017)
            {
                // The controller port is clocked by the edges of its read strobe: back-to-back reads of the same
                // port while halted look like one. Only the halt cycle and the CPU's own read count, which is the
                // DPCM "deleted bit" conflict games work around.
                BeginCycle();
                Advance(MasterPerCpuCycle);
                EndCycle();
            }
            else
            {
                ReadCycle(address);
            }

            if (dmc)
            {
                dmcCycles++;
            }
        }

        DmaCycles += CpuCycles - start;
    }
}
