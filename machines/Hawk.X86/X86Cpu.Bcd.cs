namespace Hawk.X86;

/// <summary>Decimal and ASCII adjustments.</summary>
public sealed partial class X86Cpu<TBus>
{
    /// <summary>DAA and DAS. The 8086 differs from the documented algorithm (which the 80286 follows): the low-nibble
    /// step never sets CF, and the high-nibble step tests AL against 9F instead of 99 when AF was set.</summary>
    private void DecimalAdjust(bool subtract)
    {
        int al = _r[AX] & 0xFF;
        int oldAl = al;
        bool oldCarry = Flag(CF);
        bool oldAuxiliary = Flag(AF);
        bool carry = false;
        bool auxiliary = false;
        if ((al & 0x0F) > 9 || oldAuxiliary)
        {
            al = subtract ? al - 6 : al + 6;
            carry = _is286 && (oldCarry || al < 0 || al > 0xFF);
            auxiliary = true;
        }

        int threshold = !_is286 && oldAuxiliary ? 0x9F : 0x99;
        if (oldAl > threshold || oldCarry)
        {
            al = subtract ? al - 0x60 : al + 0x60;
            carry = true;
        }

        al &= 0xFF;
        SetReg(AX, false, al);
        SetArithmetic(SignZeroParity(al, false) | (carry ? CF : 0) | (auxiliary ? AF : 0) | (_flags & OF));
    }

    private void AsciiAdjust(bool subtract)
    {
        int ax = _r[AX];
        bool adjust = (ax & 0x0F) > 9 || Flag(AF);
        if (adjust)
        {
            if (_is286)
            {
                ax = subtract ? ax - 6 : ax + 6; // the 80286 lets the low-byte carry reach AH
            }
            else
            {
                ax = (ax & 0xFF00) | ((subtract ? ax - 6 : ax + 6) & 0xFF);
            }

            ax += subtract ? -0x100 : 0x100;
        }

        _r[AX] = (ushort)(ax & 0xFF0F);
        SetArithmetic((_flags & (SF | ZF | PF | OF)) | (adjust ? CF | AF : 0));
    }

    private void AsciiAdjustMultiply(int divisor)
    {
        if (divisor == 0)
        {
            Fault(0);
            return;
        }

        int al = _r[AX] & 0xFF;
        int result = al % divisor;
        _r[AX] = (ushort)(((al / divisor) << 8) | result);
        SetArithmetic(SignZeroParity(result, false));
    }

    private void AsciiAdjustDivide(int multiplier)
    {
        int ax = _r[AX];
        int result = ((ax & 0xFF) + ((ax >> 8) * multiplier)) & 0xFF;
        _r[AX] = (ushort)result;
        SetArithmetic(SignZeroParity(result, false));
    }
}
