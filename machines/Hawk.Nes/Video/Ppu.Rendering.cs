using System.Runtime.CompilerServices;

namespace Hawk.Nes.Video;

/// <summary>The background and sprite pipelines, run while rendering is enabled on lines 0-239 and 261.</summary>
public sealed partial class Ppu
{
    // Background pipeline.
    private int _fetchedTile;
    private int _fetchedAttribute;
    private int _fetchedLow;
    private int _fetchedHigh;
    private int _patternLow;
    private int _patternHigh;
    private int _attributeLow;
    private int _attributeHigh;

    // Sprite evaluation (dots 1-256) into secondary OAM.
    private readonly byte[] _secondaryOam = new byte[32];
    private byte _oamCopyBuffer;
    private int _evalSprite;
    private int _evalByte;
    private int _secondaryAddress;
    private bool _spriteInRange;
    private bool _evalDone;
    private bool _evalFirst;
    private bool _spriteZeroFound;
    private int _overflowBugCounter;
    private int _evaluatedDot;
    private int _renderedDot;

    // Sprite fetches (dots 257-320) for the next line, and that line's composed sprite pixels.
    private readonly byte[] _spriteLow = new byte[8];
    private readonly byte[] _spriteHigh = new byte[8];
    private readonly byte[] _spriteAttribute = new byte[8];
    private readonly byte[] _spriteX = new byte[8];
    private int _spriteCount;
    private bool _spriteZeroInSlot;

    /// <summary>Per x of the current line: 0 = no sprite, else bit 7 set, bits 0-4 palette index, bit 5 behind
    /// background, bit 6 from sprite 0.</summary>
    private readonly byte[] _spriteLine = new byte[Width];
    private bool _spriteLineDirty;

    private int SpriteHeight => (_ctrl & 0x20) != 0 ? 16 : 8;

    private void RenderDot(bool visible)
    {
        int dot = _dot;
        if (dot == 0)
        {
            return;
        }

        if (dot <= 256)
        {
            if (visible && (dot & 7) == 1 && dot >= 9)
            {
                // The pixels of the last eight dots came from the shifters this reload replaces.
                CatchUpPixels(dot - 1);
            }

            FetchBackground(dot);
            if (dot == 256)
            {
                if (visible)
                {
                    CatchUpSpriteEvaluation(256);
                }

                IncrementY();
            }
        }
        else if (dot <= 320)
        {
            if (dot == 257)
            {
                BeginSpriteFetches(visible);
            }

            _oamAddress = 0;
            FetchSprite(dot - 257);
            if (!visible && dot >= 280 && dot <= 304)
            {
                _v = (ushort)((_v & ~0x7BE0) | (_t & 0x7BE0));
            }

            if (dot == 320)
            {
                ComposeSpriteLine();
            }
        }
        else if (dot <= 336)
        {
            FetchBackground(dot);
        }
        else if (dot == 337)
        {
            ReloadShifters();
            ReadVram(0x2000 | (_v & 0x0FFF));
        }
        else if (dot == 339)
        {
            ReadVram(0x2000 | (_v & 0x0FFF));
        }
    }

    /// <summary>
    /// A whole visible line with rendering on, for boards that do not watch the PPU bus: the steps <see cref="RenderDot"/>
    /// takes dot by dot, in the same order, without the per-dot dispatch. Reads whose only effect is on the bus (the
    /// dummy nametable fetches) are left out, as nothing sees them.
    /// </summary>
    private void RenderVisibleLine()
    {
        for (int dot = 1; dot <= 256; dot += 2)
        {
            if ((dot & 7) == 1 && dot >= 9)
            {
                CatchUpPixels(dot - 1);
            }

            FetchBackground(dot);
            if ((dot & 7) == 7)
            {
                FetchBackground(dot + 1);
            }
        }

        CatchUpSpriteEvaluation(256);
        IncrementY();

        BeginSpriteFetches(visible: true);
        _oamAddress = 0;
        for (int slot = 0; slot < 8; slot++)
        {
            FetchSprite(slot * 8 + 4);
            FetchSprite(slot * 8 + 6);
        }

        ComposeSpriteLine();

        for (int dot = 321; dot <= 336; dot += 2)
        {
            FetchBackground(dot);
            if ((dot & 7) == 7)
            {
                FetchBackground(dot + 1);
            }
        }

        ReloadShifters();
    }

    /// <summary>Dot 257: the line's last pixels, the horizontal scroll copied from t, and the evaluated sprites
    /// handed to the fetch phase.</summary>
    private void BeginSpriteFetches(bool visible)
    {
        if (visible)
        {
            CatchUpPixels(256);
        }

        ReloadShifters();
        _v = (ushort)((_v & ~0x041F) | (_t & 0x041F));
        _spriteCount = visible ? Math.Min(8, _secondaryAddress >> 2) : 0;
        _spriteZeroInSlot = visible && _spriteZeroFound;
    }

    /// <summary>
    /// Loads the next tile into the shifters. The hardware shifts them once per dot between reloads; here the eight
    /// shifts are applied at the reload and a pixel reads the bit for its position in the 8-dot group instead.
    /// </summary>
    private void ReloadShifters()
    {
        _patternLow = ((_patternLow << 8) | _fetchedLow) & 0xFFFF;
        _patternHigh = ((_patternHigh << 8) | _fetchedHigh) & 0xFFFF;
        _attributeLow = ((_attributeLow << 8) | ((_fetchedAttribute & 1) != 0 ? 0xFF : 0)) & 0xFFFF;
        _attributeHigh = ((_attributeHigh << 8) | ((_fetchedAttribute & 2) != 0 ? 0xFF : 0)) & 0xFFFF;
    }

    /// <summary>
    /// Pixels are produced lazily, up to <paramref name="lastDot"/>: at every shifter reload and before any register
    /// access (which is all that can observe or change them: mask, scroll, palette, the sprite 0 hit flag).
    /// </summary>
    private void CatchUpPixels(int lastDot)
    {
        int first = _renderedDot;
        if (lastDot <= first)
        {
            return;
        }

        _renderedDot = lastDot;

        // Locals, so the loop keeps its state in registers rather than re-reading fields after every store.
        int patternLow = _patternLow, patternHigh = _patternHigh, attributeLow = _attributeLow, attributeHigh = _attributeHigh;
        int top = 15 - _fineX, backgroundFrom = _backgroundFromX, spritesFrom = _spritesFromX;
        int colorMask = _colorMask, emphasis = _emphasis;
        byte[] palette = _palette;
        byte[] spriteLine = _spriteLine;
        bool spritesOnLine = _spriteLineDirty;
        Span<ushort> row = _frame.AsSpan(_scanline * Width, Width);
        bool hit = false;
        for (int x = first; x < lastDot; x++)
        {
            int background = 0;
            if (x >= backgroundFrom)
            {
                int bit = top - (x & 7);
                background = ((patternLow >> bit) & 1) | (((patternHigh >> bit) & 1) << 1);
                if (background != 0)
                {
                    background |= (((attributeLow >> bit) & 1) | (((attributeHigh >> bit) & 1) << 1)) << 2;
                }
            }

            int sprite = spritesOnLine ? spriteLine[x] : 0;
            int color;
            if (sprite == 0 || x < spritesFrom)
            {
                color = palette[background];
            }
            else
            {
                hit |= background != 0 && (sprite & 0x40) != 0 && x != 255;
                color = background != 0 && (sprite & 0x20) != 0 ? palette[background] : palette[0x10 | (sprite & 0x0F)];
            }

            row[x] = (ushort)((color & colorMask) | emphasis);
        }

        if (hit)
        {
            _spriteZeroHit = true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FetchBackground(int dot)
    {
        switch (dot & 7)
        {
            case 1:
                if (dot >= 9 && dot != 321)
                {
                    ReloadShifters();
                }

                _fetchedTile = ReadVram(0x2000 | (_v & 0x0FFF));
                break;
            case 3:
                int attribute = ReadVram(0x23C0 | (_v & 0x0C00) | ((_v >> 4) & 0x38) | ((_v >> 2) & 0x07));
                _fetchedAttribute = attribute >> (((_v >> 4) & 4) | (_v & 2));
                break;
            case 5:
                _fetchedLow = ReadVram(BackgroundPatternAddress);
                break;
            case 7:
                _fetchedHigh = ReadVram(BackgroundPatternAddress + 8);
                break;
            case 0:
                IncrementX();
                break;
        }
    }

    private int BackgroundPatternAddress => ((_ctrl & 0x10) << 8) | (_fetchedTile << 4) | ((_v >> 12) & 7);

    private void IncrementX()
    {
        if ((_v & 0x001F) == 31)
        {
            _v = (ushort)((_v & ~0x001F) ^ 0x0400);
        }
        else
        {
            _v++;
        }
    }

    private void IncrementY()
    {
        if ((_v & 0x7000) != 0x7000)
        {
            _v += 0x1000;
            return;
        }

        _v &= 0x0FFF;
        int coarseY = (_v & 0x03E0) >> 5;
        if (coarseY == 29)
        {
            coarseY = 0;
            _v ^= 0x0800;
        }
        else if (coarseY == 31)
        {
            coarseY = 0;
        }
        else
        {
            coarseY++;
        }

        _v = (ushort)((_v & ~0x03E0) | (coarseY << 5));
    }

    /// <summary>
    /// Pixels and sprite evaluation run lazily: the dots since the last catch-up are done in one loop when something
    /// could observe the state (any PPU register access, OAM DMA, a shifter reload, the end of the line). Register
    /// writes catch up first, so each batch of dots runs under the settings that applied to it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SyncRendering()
    {
        if (_scanline >= 240)
        {
            return;
        }

        int lastDot = Math.Min(_dot - 1, 256);
        if (lastDot > _renderedDot && RenderingEnabled)
        {
            CatchUpPixels(lastDot);
        }

        if (lastDot > _evaluatedDot)
        {
            CatchUpSpriteEvaluation(lastDot);
        }
    }

    private void CatchUpSpriteEvaluation(int lastDot)
    {
        if (RenderingEnabled)
        {
            for (int dot = _evaluatedDot + 1; dot <= lastDot; dot++)
            {
                EvaluateSprites(dot);
            }
        }

        _evaluatedDot = Math.Max(_evaluatedDot, lastDot);
    }

    /// <summary>One dot of sprite evaluation for the next line: dots 1-64 clear secondary OAM, 65-256 copy in-range
    /// sprites (odd dots read OAM, even dots write secondary OAM), including the overflow search's diagonal bug.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EvaluateSprites(int dot)
    {
        if (dot <= 64)
        {
            // Dots 1-64 fill secondary OAM with $FF (one byte per two dots); nothing can observe the order.
            if (dot == 64)
            {
                _secondaryOam.AsSpan().Fill(0xFF);
            }

            _oamCopyBuffer = 0xFF;
            return;
        }

        if (dot == 65)
        {
            _evalSprite = _oamAddress >> 2;
            _evalByte = _oamAddress & 3;
            _secondaryAddress = 0;
            _spriteInRange = false;
            _evalDone = false;
            _evalFirst = true;
            _spriteZeroFound = false;
            _overflowBugCounter = 0;
        }

        if ((dot & 1) != 0)
        {
            _oamCopyBuffer = Oam[(_evalSprite << 2) | _evalByte];
            return;
        }

        if (_evalDone)
        {
            _evalSprite = (_evalSprite + 1) & 0x3F;
            if (_secondaryAddress >= 0x20)
            {
                _oamCopyBuffer = _secondaryOam[_secondaryAddress & 0x1F];
            }
        }
        else
        {
            int row = _scanline - _oamCopyBuffer;
            if (!_spriteInRange && row >= 0 && row < SpriteHeight)
            {
                _spriteInRange = true;
            }

            if (_secondaryAddress < 0x20)
            {
                _secondaryOam[_secondaryAddress] = _oamCopyBuffer;
                if (_spriteInRange)
                {
                    if (_evalFirst)
                    {
                        _spriteZeroFound = true;
                    }

                    _secondaryAddress++;
                    if (++_evalByte == 4)
                    {
                        _spriteInRange = false;
                        NextSprite(resetByte: true);
                    }
                }
                else
                {
                    NextSprite(resetByte: true);
                }
            }
            else
            {
                _oamCopyBuffer = _secondaryOam[_secondaryAddress & 0x1F];
                if (_spriteInRange)
                {
                    _spriteOverflow = true;
                    if (++_evalByte == 4)
                    {
                        _evalByte = 0;
                        _evalSprite = (_evalSprite + 1) & 0x3F;
                    }

                    if (_overflowBugCounter == 0)
                    {
                        _overflowBugCounter = 3;
                    }
                    else if (--_overflowBugCounter == 0)
                    {
                        _evalDone = true;
                        _evalByte = 0;
                    }
                }
                else
                {
                    // The hardware bug: with secondary OAM full, a miss advances the byte index along with the sprite.
                    _evalSprite = (_evalSprite + 1) & 0x3F;
                    _evalByte = (_evalByte + 1) & 3;
                    if (_evalSprite == 0)
                    {
                        _evalDone = true;
                    }
                }
            }
        }

        _oamAddress = (byte)((_evalSprite << 2) | (_evalByte & 3));
    }

    private void NextSprite(bool resetByte)
    {
        _evalFirst = false;
        if (resetByte)
        {
            _evalByte = 0;
        }

        _evalSprite = (_evalSprite + 1) & 0x3F;
        if (_evalSprite == 0)
        {
            _evalDone = true;
        }
    }

    /// <summary>Dots 257-320: eight 8-dot slots (two dummy nametable reads, pattern low, pattern high).</summary>
    private void FetchSprite(int offset)
    {
        int slot = offset >> 3;
        switch (offset & 7)
        {
            case 0:
                ReadVram(0x2000 | (_v & 0x0FFF));
                break;
            case 2:
                ReadVram(0x2000 | (_v & 0x0FFF));
                break;
            case 4:
                _spriteLow[slot] = ReadVram(SpritePatternAddress(slot));
                break;
            case 6:
                _spriteHigh[slot] = ReadVram(SpritePatternAddress(slot) + 8);
                _spriteAttribute[slot] = _secondaryOam[slot * 4 + 2];
                _spriteX[slot] = _secondaryOam[slot * 4 + 3];
                break;
        }
    }

    private int SpritePatternAddress(int slot)
    {
        int height = SpriteHeight;
        int tile;
        int row;
        if (slot < _spriteCount)
        {
            tile = _secondaryOam[slot * 4 + 1];
            row = _scanline - _secondaryOam[slot * 4];
            if ((_secondaryOam[slot * 4 + 2] & 0x80) != 0)
            {
                row = height - 1 - row;
            }

            row &= height - 1;
        }
        else
        {
            // Empty slots still fetch tile $FF, which MMC3's A12 counter can see.
            tile = 0xFF;
            row = 0;
        }

        if (height == 8)
        {
            return ((_ctrl & 0x08) << 9) | (tile << 4) | row;
        }

        return ((tile & 1) << 12) | ((tile & 0xFE) << 4) | ((row & 8) << 1) | (row & 7);
    }

    /// <summary>Combines the fetched sprites into per-pixel entries for the next line; lower OAM index wins.</summary>
    private void ComposeSpriteLine()
    {
        if (_spriteLineDirty)
        {
            Array.Clear(_spriteLine);
            _spriteLineDirty = false;
        }

        for (int slot = _spriteCount - 1; slot >= 0; slot--)
        {
            int attribute = _spriteAttribute[slot];
            int low = _spriteLow[slot];
            int high = _spriteHigh[slot];
            bool flipX = (attribute & 0x40) != 0;
            int tag = 0x80 | ((attribute & 3) << 2) | ((attribute & 0x20) != 0 ? 0x20 : 0) | (slot == 0 && _spriteZeroInSlot ? 0x40 : 0);
            int x0 = _spriteX[slot];
            for (int i = 0; i < 8 && x0 + i < Width; i++)
            {
                int bit = flipX ? i : 7 - i;
                int pixel = ((low >> bit) & 1) | (((high >> bit) & 1) << 1);
                if (pixel != 0)
                {
                    _spriteLine[x0 + i] = (byte)(tag | pixel);
                    _spriteLineDirty = true;
                }
            }
        }
    }
}
