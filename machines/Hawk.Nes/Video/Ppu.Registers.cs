namespace Hawk.Nes.Video;

/// <summary>The CPU-visible registers $2000-$2007 and the PPU's I/O latch ("open bus").</summary>
public sealed partial class Ppu
{
    /// <summary>Frames after which an undriven latch bit has decayed to 0 (about 600 ms on hardware).</summary>
    private const int OpenBusDecayFrames = 36;

    private byte _ctrl;
    private byte _mask;
    private int _backgroundFromX = Width;
    private int _spritesFromX = Width;
    private int _colorMask = 0x3F;
    private int _emphasis;
    private bool _vblank;
    private bool _spriteZeroHit;
    private bool _spriteOverflow;
    private bool _suppressVblank;
    private byte _oamAddress;
    private ushort _v;
    private ushort _t;
    private int _fineX;
    private bool _writeToggle;
    private byte _readBuffer;
    private byte _openBus;
    private readonly long[] _openBusRefreshed = new long[8];

    private int _scanline;
    private int _dot;
    private long _frameNumber;
    private long _dotCount;
    private bool _oddFrame;

    /// <summary>A CPU read of $2000-$3FFF (mirrored every 8 bytes).</summary>
    public byte ReadRegister(int address)
    {
        SyncRendering();
        switch (address & 7)
        {
            case 2:
                int status = (_vblank ? 0x80 : 0) | (_spriteZeroHit ? 0x40 : 0) | (_spriteOverflow ? 0x20 : 0);
                _vblank = false;
                _writeToggle = false;
                if (_scanline == VblankLine && _dot == 1)
                {
                    // Read in the dot before VBL is set (dot 0 has run, dot 1 has not): the flag reads clear and is
                    // not set this frame.
                    _suppressVblank = true;
                }

                return Latch(status, 0xE0);
            case 4:
                return Latch(ReadOam(), 0xFF);
            case 7:
                // Palette reads drive only the low six bits; the top two come from the latch.
                int driven = (_v & 0x3F00) == 0x3F00 ? 0x3F : 0xFF;
                return Latch(ReadData(), driven);
            default:
                return DecayedOpenBus();
        }
    }

    /// <summary>A CPU write of $2000-$3FFF (mirrored every 8 bytes).</summary>
    public void WriteRegister(int address, byte value)
    {
        SyncRendering();
        Latch(value, 0xFF);
        switch (address & 7)
        {
            case 0:
                _ctrl = value;
                _t = (ushort)((_t & ~0x0C00) | ((value & 3) << 10));
                break;
            case 1:
                SetMask(value);
                break;
            case 3:
                _oamAddress = value;
                break;
            case 4:
                WriteOam(value);
                break;
            case 5:
                if (!_writeToggle)
                {
                    _t = (ushort)((_t & ~0x001F) | (value >> 3));
                    _fineX = value & 7;
                }
                else
                {
                    _t = (ushort)((_t & ~0x73E0) | ((value & 7) << 12) | ((value & 0xF8) << 2));
                }

                _writeToggle = !_writeToggle;
                break;
            case 6:
                if (!_writeToggle)
                {
                    _t = (ushort)((_t & 0x00FF) | ((value & 0x3F) << 8));
                }
                else
                {
                    _t = (ushort)((_t & 0xFF00) | value);
                    _v = _t;
                    NotifyBus(_v);
                }

                _writeToggle = !_writeToggle;
                break;
            case 7:
                WriteData(value);
                break;
        }
    }

    /// <summary>$2001, with the per-pixel consequences precomputed: first visible x of background and sprites
    /// (the left-column masks), the greyscale colour mask and the emphasis bits.</summary>
    private void SetMask(byte value)
    {
        _mask = value;
        _backgroundFromX = (value & 0x08) == 0 ? Width : (value & 0x02) != 0 ? 0 : 8;
        _spritesFromX = (value & 0x10) == 0 ? Width : (value & 0x04) != 0 ? 0 : 8;
        _colorMask = (value & 0x01) != 0 ? 0x30 : 0x3F;
        _emphasis = (value & 0xE0) << 1;
    }

    private bool InRenderingLine => RenderingEnabled && (_scanline < 240 || _scanline == PreRenderLine);

    private byte ReadOam()
    {
        if (!InRenderingLine)
        {
            return Oam[_oamAddress];
        }

        if (_dot is >= 257 and <= 320)
        {
            // During sprite fetches the OAM data bus carries secondary OAM (Y, tile, attribute, X, X, X, X, X).
            int step = Math.Min((_dot - 257) & 7, 3);
            _oamCopyBuffer = _secondaryOam[((_dot - 257) >> 3) * 4 + step];
        }

        return _oamCopyBuffer;
    }

    private void WriteOam(byte value)
    {
        if (InRenderingLine)
        {
            // Writes during rendering do not reach OAM but bump the high six bits of the address.
            _oamAddress = (byte)(_oamAddress + 4);
            return;
        }

        // Attribute bytes have no storage for bits 2-4.
        Oam[_oamAddress] = (_oamAddress & 3) == 2 ? (byte)(value & 0xE3) : value;
        _oamAddress++;
    }

    private byte ReadData()
    {
        int address = _v & 0x3FFF;
        byte result;
        if (address >= 0x3F00)
        {
            result = (byte)(_palette[PaletteIndex(address)] & ((_mask & 1) != 0 ? 0x30 : 0x3F));
            _readBuffer = ReadVram(address - 0x1000);
        }
        else
        {
            result = _readBuffer;
            _readBuffer = ReadVram(address);
        }

        IncrementAfterData();
        return result;
    }

    private void WriteData(byte value)
    {
        int address = _v & 0x3FFF;
        if (address >= 0x3F00)
        {
            _palette[PaletteIndex(address)] = (byte)(value & 0x3F);
        }
        else
        {
            NotifyBus(address);
            WriteVram(address, value);
        }

        IncrementAfterData();
    }

    private void IncrementAfterData()
    {
        if (InRenderingLine)
        {
            // $2007 during rendering bumps coarse X and Y together, as the fetch logic does.
            IncrementX();
            IncrementY();
        }
        else
        {
            _v = (ushort)((_v + ((_ctrl & 0x04) != 0 ? 32 : 1)) & 0x7FFF);
            NotifyBus(_v);
        }
    }

    private void NotifyBus(int address)
    {
        if (_watchBus)
        {
            _mapper.OnPpuAddress(address & 0x3FFF, _dotCount);
        }
    }

    /// <summary>Drives <paramref name="mask"/> bits of the latch from <paramref name="value"/>, keeping the rest.</summary>
    private byte Latch(int value, int mask)
    {
        int result = (value & mask) | (DecayedOpenBus() & ~mask);
        for (int bit = 0; bit < 8; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                _openBusRefreshed[bit] = _frameNumber;
            }
        }

        _openBus = (byte)result;
        return _openBus;
    }

    private byte DecayedOpenBus()
    {
        for (int bit = 0; bit < 8; bit++)
        {
            if (_frameNumber - _openBusRefreshed[bit] > OpenBusDecayFrames)
            {
                _openBus &= (byte)~(1 << bit);
            }
        }

        return _openBus;
    }
}
