namespace Hawk.X86;

/// <summary>Group 2 rotates and shifts. The count is applied one bit at a time, as the microcode loops, so CF and OF
/// are those of the last step; the 8086 uses CL whole, the 80286 masks every count to five bits.</summary>
public sealed partial class X86Cpu<TBus>
{
    private const int Rol = 0, Ror = 1, Rcl = 2, Rcr = 3, Shl = 4, Shr = 5, SetMo = 6, Sar = 7;

    private int Shift(int operation, int value, int count, bool word)
    {
        if (_is286)
        {
            count &= 0x1F;
            if (operation == SetMo)
            {
                operation = Shl; // the 80186 and later decode /6 as another SHL
            }
        }

        if (count == 0)
        {
            return value;
        }

        if (operation == SetMo)
        {
            // 8086 "SETMO": shifts ones in, so any non-zero count leaves all ones; every flag is undefined.
            return Logic(Mask(word), word);
        }

        int mask = Mask(word);
        int sign = SignBit(word);
        int carry = _flags & CF;
        bool overflow = false;
        for (int i = 0; i < count; i++)
        {
            int msb = (value & sign) != 0 ? 1 : 0;
            switch (operation)
            {
                case Rol:
                    carry = msb;
                    value = ((value << 1) | carry) & mask;
                    break;
                case Ror:
                    carry = value & 1;
                    value = (value >> 1) | (carry != 0 ? sign : 0);
                    break;
                case Rcl:
                    value = ((value << 1) | carry) & mask;
                    carry = msb;
                    break;
                case Rcr:
                    int rcrCarry = value & 1;
                    value = (value >> 1) | (carry != 0 ? sign : 0);
                    carry = rcrCarry;
                    break;
                case Shl:
                    carry = msb;
                    value = (value << 1) & mask;
                    break;
                case Shr:
                    carry = value & 1;
                    value >>= 1;
                    break;
                default:
                    carry = value & 1;
                    value = (value >> 1) | (value & sign);
                    break;
            }

            bool newMsb = (value & sign) != 0;
            overflow = operation switch
            {
                Rol or Rcl or Shl => newMsb != (carry != 0),
                Ror or Rcr => newMsb != ((value & (sign >> 1)) != 0),
                Shr => msb != 0,
                _ => false,
            };
        }

        int flags = carry | (overflow ? OF : 0);
        if (operation >= Shl)
        {
            _flags = (_flags & ~ArithmeticFlags) | flags | SignZeroParity(value, word);
        }
        else
        {
            _flags = (_flags & ~(CF | OF)) | flags;
        }

        return value;
    }
}
