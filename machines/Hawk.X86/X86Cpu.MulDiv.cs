namespace Hawk.X86;

/// <summary>Group 3 multiply and divide. Only CF and OF are defined after a multiply and no flag after a divide.</summary>
public sealed partial class X86Cpu<TBus>
{
    /// <summary>On the 8086 a REP prefix flips the sign of IMUL and IDIV results: the microcode keeps its negate
    /// flag in the same latch the prefix sets.</summary>
    private bool RepeatNegates => !_is286 && _repeat != 0;

    private void Multiply(int source, bool signed, bool word)
    {
        int accumulator = _r[AX] & Mask(word);
        long product;
        bool overflow;
        if (signed)
        {
            product = (long)SignExtend(accumulator, word) * SignExtend(source, word);
            if (RepeatNegates)
            {
                product = -product;
            }

            overflow = product != SignExtend((int)(product & Mask(word)), word);
        }
        else
        {
            product = (long)accumulator * source;
            overflow = (product >> (word ? 16 : 8)) != 0;
        }

        if (word)
        {
            _r[AX] = (ushort)product;
            _r[DX] = (ushort)(product >> 16);
        }
        else
        {
            _r[AX] = (ushort)product;
        }

        _flags = (_flags & ~(CF | OF)) | (overflow ? CF | OF : 0);
    }

    private void Divide(int divisor, bool signed, bool word)
    {
        long dividend = word ? (uint)((_r[DX] << 16) | _r[AX]) : _r[AX];
        if (signed)
        {
            dividend = word ? (int)dividend : (short)dividend;
            divisor = SignExtend(divisor, word);
        }

        if (divisor == 0)
        {
            Fault(0);
            return;
        }

        long quotient = dividend / divisor;
        long remainder = dividend % divisor;
        if (signed && RepeatNegates)
        {
            quotient = -quotient;
        }

        int limit = word ? 0x8000 : 0x80;
        bool fits = signed
            ? quotient < limit && quotient >= (_is286 ? -limit : -limit + 1)
            : quotient < limit * 2;
        if (!fits)
        {
            Fault(0);
            return;
        }

        if (word)
        {
            _r[AX] = (ushort)quotient;
            _r[DX] = (ushort)remainder;
        }
        else
        {
            _r[AX] = (ushort)(((int)quotient & 0xFF) | (((int)remainder & 0xFF) << 8));
        }
    }

    private static int SignExtend(int value, bool word) => word ? (short)value : (sbyte)value;
}
