using Hawk.Mos6502;
using Hawk.Nes.Cartridges;
using Hawk.Nes.Input;
using Hawk.Nes.Video;

namespace Hawk.Nes;

/// <summary>
/// A complete NES for headless use: load a cartridge, run by frame or instruction, press buttons (directly or
/// from an <see cref="InputScript"/>), read memory, the picture and the audio.
/// </summary>
public sealed class NesConsole
{
    private readonly NesSystem _system;
    private readonly Cpu<NesBus> _cpu;

    /// <param name="cartridge">The cartridge to insert.</param>
    /// <param name="ppuPhase">Master clocks (0-3) the PPU's dot clock lags the CPU's at power on: consoles power up in
    /// one of several CPU/PPU alignments and a few timing tests tell them apart.</param>
    /// <param name="ppuLockStep">Runs the PPU every half CPU cycle instead of lazily: slower, and the reference the lazy
    /// scheduling is checked against.</param>
    public NesConsole(Cartridge cartridge, int ppuPhase = 3, bool ppuLockStep = false)
    {
        Cartridge = cartridge;
        _system = new NesSystem(cartridge, ppuPhase, ppuLockStep);
        // Power on: S is 0 and the reset sequence's three phantom pushes leave it at $FD.
        _cpu = new Cpu<NesBus>(new NesBus(_system), CpuVariant.Ricoh2A03) { S = 0 };
        _cpu.Reset();
    }

    public static NesConsole Load(string path) => new(Cartridge.Load(path));

    public Cartridge Cartridge { get; }

    /// <summary>Drives controller 1 at the start of every frame, when set.</summary>
    public InputScript? Input { get; set; }

    public Buttons Controller1
    {
        get => _system.Pad1.Held;
        set => _system.Pad1.Held = value;
    }

    public Buttons Controller2
    {
        get => _system.Pad2.Held;
        set => _system.Pad2.Held = value;
    }

    /// <summary>CPU cycles since power on, DMA stalls included.</summary>
    public long Cycles => _system.CpuCycles;

    public long Instructions => _cpu.Instructions;

    /// <summary>Completed frames since power on.</summary>
    public long Frames => _system.Ppu.FramesCompleted;

    public bool Jammed => _cpu.Jammed;

    public ushort PC => _cpu.PC;

    public Registers Registers => _cpu.Registers;

    /// <summary>The picture (see <see cref="Ppu.Frame"/>): complete after <see cref="RunFrame"/> returns.</summary>
    public ReadOnlySpan<ushort> Frame => Ppu.Frame;

    public Ppu Ppu
    {
        get
        {
            _system.SyncPpu(); // the PPU runs lazily; bring it to the CPU's time before anyone looks
            return _system.Ppu;
        }
    }

    public Audio.Apu Apu => _system.Apu;

    /// <summary>Runs until the PPU finishes the visible part of the next frame.</summary>
    public void RunFrame()
    {
        if (Input is not null)
        {
            _system.Pad1.Held = Input.ButtonsAt(Frames);
        }

        long target = _system.Ppu.FramesCompleted + 1;
        while (_system.Ppu.FramesCompleted < target)
        {
            _cpu.Step();
        }
    }

    /// <summary>One instruction (or interrupt sequence).</summary>
    public void Step() => _cpu.Step();

    /// <summary>Presses RESET: the PPU and APU see the reset line, then the CPU runs its reset sequence.</summary>
    public void Reset()
    {
        _system.SoftReset();
        _cpu.Reset();
    }

    /// <summary>Reads CPU memory without side effects: RAM, cartridge RAM and ROM; I/O registers read as 0.</summary>
    public byte Peek(ushort address) => _system.Peek(address);

    /// <summary>Copies the frame as 0xAARRGGBB pixels.</summary>
    public void RenderArgb(Span<uint> destination) => NtscPalette.Convert(Ppu.Frame, destination);

    /// <summary>Battery-backed PRG RAM contents, for saving; empty when the cartridge has no battery.</summary>
    public ReadOnlySpan<byte> BatteryRam => Cartridge.Header.HasBattery ? Cartridge.PrgRam : [];

    /// <summary>Restores battery-backed RAM saved by an earlier run.</summary>
    public void LoadBatteryRam(ReadOnlySpan<byte> saved)
    {
        if (saved.Length != Cartridge.PrgRam.Length)
        {
            throw new ArgumentException($"save is {saved.Length} bytes; this cartridge has {Cartridge.PrgRam.Length} bytes of PRG RAM", nameof(saved));
        }

        saved.CopyTo(Cartridge.PrgRam);
    }
}
