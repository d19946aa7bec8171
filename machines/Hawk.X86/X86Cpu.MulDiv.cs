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

    /// <summary>
    /// DIV and IDIV. Both parts divide magnitudes and fault (#DE, vector 0) when the high half of the dividend is not
    /// below the divisor, or when a signed quotient is out of range (on the 8086 a magnitude above 7F/7FFF, so -80h
    /// faults too; on the 80286 the full two's complement range). The FLAGS the 8086 pushes are those its division
    /// microcode left behind: of the overflow pre-check (high half minus divisor), or of the loop's last trial
    /// subtraction with CF clear.
    /// </summary>
    private void Divide(int divisor, bool signed, bool word)
    {
        int bits = word ? 16 : 8;
        long dividend = word ? (uint)((_r[DX] << 16) | _r[AX]) : _r[AX];
        bool negativeDividend = false;
        bool negativeDivisor = false;
        if (signed)
        {
            long signedDividend = word ? (int)dividend : (short)dividend;
            negativeDividend = signedDividend < 0;
            dividend = Math.Abs(signedDividend);
            int signedDivisor = SignExtend(divisor, word);
            negativeDivisor = signedDivisor < 0;
            divisor = Math.Abs(signedDivisor);
        }

        int high = (int)(dividend >> bits);
        if (high >= divisor)
        {
            if (!_is286)
            {
                Subtract(high, divisor, 0, word);
            }
            else if (!signed)
            {
                LeaveDividerFlags286(dividend, divisor, word);
            }

            Fault(0);
            return;
        }

        long quotient = dividend / divisor;
        long remainder = dividend % divisor;
        bool negativeQuotient = negativeDividend != negativeDivisor != RepeatNegates;
        long limit = 1L << (bits - 1);
        if (signed && (quotient > limit || (quotient == limit && (!negativeQuotient || !_is286))))
        {
            if (!_is286)
            {
                long lastTrial = (quotient & 1) != 0 ? (remainder + divisor) & Mask(word) : remainder;
                Subtract((int)lastTrial, divisor, 0, word);
                _flags &= ~CF;
            }

            Fault(0);
            return;
        }

        if (negativeQuotient)
        {
            quotient = -quotient;
        }

        if (negativeDividend)
        {
            remainder = -remainder;
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

    /// <summary>
    /// The 80286 divider runs its restoring shift-and-subtract loop before it reports an overflowing quotient, and
    /// the FLAGS it pushes with #DE are those of the trial subtraction at the last-but-one quotient bit (found
    /// against every faulting DIV vector; IDIV leaves other flags, not modelled).
    /// </summary>
    private void LeaveDividerFlags286(long dividend, int divisor, bool word)
    {
        int bits = word ? 16 : 8;
        int mask = Mask(word);
        int remainder = (int)(dividend >> bits) - divisor; // the overflowing top quotient bit
        for (int step = 1; step < bits; step++)
        {
            bool carry = (remainder >> (bits - 1)) != 0;
            remainder = ((remainder << 1) | (int)((dividend >> (bits - step)) & 1)) & mask;
            if (step == bits - 1)
            {
                break;
            }

            if (carry || remainder >= divisor)
            {
                remainder = (remainder - divisor) & mask;
            }
        }

        Subtract(remainder, divisor, 0, word);
    }

    private static int SignExtend(int value, bool word) => word ? (short)value : (sbyte)value;
}
