using System.Runtime.CompilerServices;
using Hawk.Nes.Cartridges;

namespace Hawk.Nes.Video;

/// <summary>
/// The 2C02 PPU, one dot per <see cref="Tick"/>: 341 dots x 262 lines (line 261 is the pre-render line), background
/// fetch/shift pipeline, cycle-by-cycle sprite evaluation (with the overflow flag's diagonal-read bug), sprite
/// fetches at dots 257-320, sprite 0 hit, VBL/NMI, the odd-frame dot skip and the CPU-visible register quirks
/// (read buffer, open-bus latch with decay, OAM reads during rendering).
/// </summary>
public sealed partial class Ppu
{
    public const int Width = 256;
    public const int Height = 240;
    public const int DotsPerLine = 341;
    public const int LinesPerFrame = 262;
    private const int PreRenderLine = 261;
    private const int VblankLine = 241;

    /// <summary>Palette RAM contents at power on, as read back from a real console (blargg's power_up_palette).</summary>
    private static readonly byte[] PowerUpPalette =
    [
        0x09, 0x01, 0x00, 0x01, 0x00, 0x02, 0x02, 0x0D, 0x08, 0x10, 0x08, 0x24, 0x00, 0x00, 0x04, 0x2C,
        0x09, 0x01, 0x34, 0x03, 0x00, 0x04, 0x00, 0x14, 0x08, 0x3A, 0x00, 0x02, 0x00, 0x20, 0x2C, 0x08,
    ];

    private bool _skipDot;
    private readonly Mapper _mapper;
    private readonly byte[] _chr;
    private readonly int[] _chrSlots;
    private readonly int[] _nametableSlots;
    private readonly bool _watchBus;
    private readonly byte[] _nametableRam = new byte[4096];
    private readonly byte[] _palette = new byte[32];
    private readonly ushort[] _frame = new ushort[Width * Height];

    public Ppu(Mapper mapper)
    {
        _mapper = mapper;
        _chr = mapper.Chr;
        _chrSlots = mapper.ChrSlots;
        _nametableSlots = mapper.NametableSlots;
        _watchBus = mapper.WatchesPpuBus;
        PowerUpPalette.CopyTo(_palette, 0);
        _scanline = 0;
        _dot = 0;
    }

    /// <summary>256 bytes of sprite attribute memory.</summary>
    public byte[] Oam { get; } = new byte[256];

    /// <summary>The picture, drawn as the dots pass (complete from line 240 on): per pixel the 6-bit colour index plus the
    /// three emphasis bits in bits 6-8.</summary>
    public ReadOnlySpan<ushort> Frame => _frame;

    public int Scanline => _scanline;

    public int Dot => _dot;

    /// <summary>Frames started since power on (increments when line 0 begins).</summary>
    public long FrameNumber => _frameNumber;

    /// <summary>Frames whose 240 visible lines are complete (increments when line 240 begins).</summary>
    public long FramesCompleted { get; private set; }

    /// <summary>Dots since power on.</summary>
    public long DotCount => _dotCount;

    /// <summary>The /NMI output: asserted while the VBL flag and the NMI enable bit ($2000 bit 7) are both set.</summary>
    public bool NmiLine => _vblank && (_ctrl & 0x80) != 0;

    private bool RenderingEnabled => (_mask & 0x18) != 0;

    /// <summary>Reads nametable RAM as the PPU sees it at $2000-$2FFF (for tests and screen-text readers).</summary>
    public byte PeekNametable(int address) => _nametableRam[_nametableSlots[(address >> 10) & 3] + (address & 0x3FF)];

    public byte PeekPalette(int index) => _palette[PaletteIndex(index)];

    /// <summary>The RESET line: control, mask, scroll latch and read buffer cleared; OAM and palette kept.</summary>
    public void Reset()
    {
        _ctrl = 0;
        SetMask(0);
        _writeToggle = false;
        _t = 0;
        _fineX = 0;
        _readBuffer = 0;
        _oddFrame = false;
    }

    /// <summary>
    /// Advances <paramref name="dots"/> dots. Between the end of line 239 and the pre-render line nothing happens but
    /// the VBL flag rising at line 241 dot 1, so those stretches are skipped arithmetically.
    /// </summary>
    public void Run(int dots)
    {
        while (dots > 0)
        {
            // Background fetches and pixels happen on odd dots and every eighth dot; with the shifters applied per
            // reload, dots 2, 4 and 6 of each group of eight do nothing on a rendered line.
            // In the sprite fetch phase only the pattern reads (dots with low bits 5 and 7) matter, unless the board
            // watches the address bus (MMC3 counts the A12 edges of every fetch).
            int dot = _dot;
            if (dot == 0 && dots >= DotsPerLine && _scanline < Height && RenderingEnabled && !_watchBus)
            {
                RenderVisibleLine();
                _dotCount += DotsPerLine;
                dots -= DotsPerLine;
                EndLine();
                continue;
            }

            bool idleBackgroundDot = (dot & 1) == 0 && (dot & 7) != 0 && dot <= 256;
            bool idleSpriteDot = dot > 257 && dot < 320 && (dot & 7) is not (5 or 7) && !_watchBus;
            if ((idleBackgroundDot || idleSpriteDot) && (_scanline < Height || _scanline == PreRenderLine) && RenderingEnabled)
            {
                _dot = dot + 1;
                _dotCount++;
                dots--;
                continue;
            }

            int idle = _scanline >= Height && _scanline != PreRenderLine ? IdleDotsAhead() : 0;
            if (idle > 0)
            {
                int step = Math.Min(dots, idle);
                _dotCount += step;
                int position = _dot + step;
                _scanline += position / DotsPerLine;
                _dot = position % DotsPerLine;
                dots -= step;
                continue;
            }

            Tick();
            dots--;
        }
    }

    /// <summary>
    /// Dots to run until the PPU has changed what the CPU can see without accessing it: entering line 240 (the frame
    /// is complete), ticking line 241 dot 1 (VBL set) or line 261 dot 1 (VBL cleared). Across the pre-render line's
    /// end it counts one dot short, as the odd-frame skip may shorten it; stopping early is harmless.
    /// </summary>
    internal int DotsUntilNextEvent()
    {
        int line = _scanline, dot = _dot;
        return line switch
        {
            < Height => (Height - line) * DotsPerLine - dot,
            Height => DotsPerLine - dot + 2,
            VblankLine when dot < 2 => 2 - dot,
            < PreRenderLine => (PreRenderLine - line) * DotsPerLine + 2 - dot,
            _ when dot < 2 => 2 - dot,
            _ => DotsPerLine - dot - 1 + Height * DotsPerLine,
        };
    }

    /// <summary>Dots from here that have no effect besides advancing the position.</summary>
    private int IdleDotsAhead()
    {
        if (_scanline == Height || (_scanline == VblankLine && _dot < 2))
        {
            // Up to (not including) line 241 dot 1, where VBL is set.
            return _scanline == Height ? DotsPerLine - _dot + 1 : 1 - _dot;
        }

        return (PreRenderLine - _scanline) * DotsPerLine - _dot;
    }

    /// <summary>Advances one dot.</summary>
    public void Tick()
    {
        if (_scanline < 240)
        {
            if (RenderingEnabled)
            {
                RenderDot(visible: true);
            }
            else if (_dot is >= 1 and <= 256)
            {
                OutputBackdrop();
            }
        }
        else if (_scanline == PreRenderLine)
        {
            if (_dot == 1)
            {
                _vblank = false;
                _spriteZeroHit = false;
                _spriteOverflow = false;
            }

            if (RenderingEnabled)
            {
                RenderDot(visible: false);
            }

            // Odd frames skip the last dot of the pre-render line when rendering is on; the PPU decides a dot early.
            if (_dot == 338)
            {
                _skipDot = _oddFrame && RenderingEnabled;
            }
            else if (_dot == 339 && _skipDot)
            {
                _dot = 340;
            }
        }
        else if (_scanline == VblankLine && _dot == 1)
        {
            if (!_suppressVblank)
            {
                _vblank = true;
            }

            _suppressVblank = false;
        }

        _dotCount++;
        if (++_dot == DotsPerLine)
        {
            EndLine();
        }
    }

    private void EndLine()
    {
        _dot = 0;
        _evaluatedDot = 0;
        _renderedDot = 0;
        if (++_scanline == Height)
        {
            FramesCompleted++;
        }
        else if (_scanline == LinesPerFrame)
        {
            _scanline = 0;
            _frameNumber++;
            _oddFrame = !_oddFrame;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ReadVram(int address)
    {
        if (_watchBus)
        {
            _mapper.OnPpuAddress(address, _dotCount);
        }

        return address < 0x2000
            ? _chr[_chrSlots[address >> 10] + (address & 0x3FF)]
            : _nametableRam[_nametableSlots[(address >> 10) & 3] + (address & 0x3FF)];
    }

    private void WriteVram(int address, byte value)
    {
        if (address < 0x2000)
        {
            if (_mapper.ChrWritable)
            {
                _chr[_chrSlots[address >> 10] + (address & 0x3FF)] = value;
            }
        }
        else
        {
            _nametableRam[_nametableSlots[(address >> 10) & 3] + (address & 0x3FF)] = value;
        }
    }

    /// <summary>$3F10/$3F14/$3F18/$3F1C are mirrors of $3F00/$3F04/$3F08/$3F0C.</summary>
    private static int PaletteIndex(int address)
    {
        int index = address & 0x1F;
        return (index & 0x13) == 0x10 ? index & 0x0F : index;
    }

    private void OutputBackdrop()
    {
        _renderedDot = _dot;
        // With rendering off the PPU shows the backdrop, or the palette entry v points at (the "palette hack").
        int color = (_v & 0x3F00) == 0x3F00 ? _palette[PaletteIndex(_v)] : _palette[0];
        Emit(_dot - 1, color);
    }

    private void Emit(int x, int color) => _frame[_scanline * Width + x] = (ushort)((color & _colorMask) | _emphasis);
}
