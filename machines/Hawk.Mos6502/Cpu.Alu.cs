using System.Runtime.CompilerServices;

namespace Hawk.Mos6502;

// Arithmetic and logic on values already fetched from the bus.
public sealed partial class Cpu<TBus>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte SetNZ(byte value)
    {
        _n = value;
        _z = value;
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Compare(byte register, byte value)
    {
        _c = register >= value ? 1 : 0;
        SetNZ((byte)(register - value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Bit(byte value)
    {
        _n = value;
        _v = (value & 0x40) != 0;
        _z = (byte)(A & value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Adc(byte value)
    {
        // BEGIN LAB adc-sbc
        if (_d && _decimalMode)
        {
            AdcDecimal(value);
            return;
        }
        int sum = A + value + _c;
        _v = (~(A ^ value) & (A ^ sum) & 0x80) != 0;
        _c = sum >> 8;
        A = SetNZ((byte)sum);
        // END LAB adc-sbc
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Sbc(byte value)
    {
        // BEGIN LAB adc-sbc
        if (_d && _decimalMode)
        {
            SbcDecimal(value);
            return;
        }
        int difference = A - value - (1 - _c);
        _v = ((A ^ value) & (A ^ difference) & 0x80) != 0;
        _c = difference >= 0 ? 1 : 0;
        A = SetNZ((byte)difference);
        // END LAB adc-sbc
    }

    /// <summary>
    /// NMOS decimal ADC: the result and carry are BCD-corrected per nibble; Z comes from the binary sum, N and V
    /// from the sum after the low-nibble correction but before the high one.
    /// </summary>
    private void AdcDecimal(byte value)
    {
        // BEGIN LAB adc-sbc
        int low = (A & 0x0F) + (value & 0x0F) + _c;
        if (low >= 0x0A)
        {
            low = ((low + 0x06) & 0x0F) + 0x10;
        }
        int sum = (A & 0xF0) + (value & 0xF0) + low;
        int signedSum = (sbyte)(A & 0xF0) + (sbyte)(value & 0xF0) + low;
        _z = (byte)(A + value + _c);
        _n = (byte)sum;
        _v = signedSum is < -128 or > 127;
        if (sum >= 0xA0)
        {
            sum += 0x60;
        }
        _c = sum >= 0x100 ? 1 : 0;
        A = (byte)sum;
        // END LAB adc-sbc
    }

    /// <summary>NMOS decimal SBC: every flag comes from the binary subtraction; only A is BCD-corrected.</summary>
    private void SbcDecimal(byte value)
    {
        // BEGIN LAB adc-sbc
        int borrow = 1 - _c;
        int low = (A & 0x0F) - (value & 0x0F) - borrow;
        if (low < 0)
        {
            low = ((low - 0x06) & 0x0F) - 0x10;
        }
        int result = (A & 0xF0) - (value & 0xF0) + low;
        if (result < 0)
        {
            result -= 0x60;
        }
        byte binaryA = A;
        int difference = binaryA - value - borrow;
        _v = ((binaryA ^ value) & (binaryA ^ difference) & 0x80) != 0;
        _c = difference >= 0 ? 1 : 0;
        SetNZ((byte)difference);
        A = (byte)result;
        // END LAB adc-sbc
    }

    /// <summary>ARR (undocumented): AND then ROR, with C and V taken from the adder's view of the result.</summary>
    private void Arr(byte value)
    {
        byte anded = (byte)(A & value);
        byte rotated = (byte)((anded >> 1) | (_c << 7));
        if (!(_d && _decimalMode))
        {
            A = SetNZ(rotated);
            _c = (rotated >> 6) & 1;
            _v = (((rotated >> 6) ^ (rotated >> 5)) & 1) != 0;
            return;
        }
        // Decimal mode: N, Z and V from the rotated value; each nibble is then BCD-fixed and the high fix sets C.
        SetNZ(rotated);
        _v = ((anded ^ rotated) & 0x40) != 0;
        if ((anded & 0x0F) + (anded & 0x01) > 0x05)
        {
            rotated = (byte)((rotated & 0xF0) | ((rotated + 0x06) & 0x0F));
        }
        _c = (anded & 0xF0) + (anded & 0x10) > 0x50 ? 1 : 0;
        if (_c != 0)
        {
            rotated += 0x60;
        }
        A = rotated;
    }

    /// <summary>SBX/AXS (undocumented): X = (A AND X) - value, a compare-like subtraction without borrow in.</summary>
    private void Sbx(byte value)
    {
        int anded = A & X;
        _c = anded >= value ? 1 : 0;
        X = SetNZ((byte)(anded - value));
    }
}
