namespace Hawk.X86;

/// <summary>The arithmetic-logic unit: results and the flags each operation defines.</summary>
public sealed partial class X86Cpu<TBus>
{
    private const int AluAdd = 0, AluOr = 1, AluAdc = 2, AluSbb = 3, AluAnd = 4, AluSub = 5, AluXor = 6, AluCmp = 7;

    private static int Mask(bool word) => word ? 0xFFFF : 0xFF;

    private static int SignBit(bool word) => word ? 0x8000 : 0x80;

    /// <summary>SF, ZF and PF of a result.</summary>
    private static int SignZeroParity(int result, bool word)
    {
        result &= Mask(word);
        int parity = (System.Numerics.BitOperations.PopCount((uint)result & 0xFF) & 1) == 0 ? PF : 0; // of the low byte only
        return parity | (result == 0 ? ZF : 0) | ((result & SignBit(word)) != 0 ? SF : 0);
    }

    private void SetArithmetic(int flags) => _flags = (_flags & ~ArithmeticFlags) | flags;

    /// <summary>One of the eight ALU operations of opcodes 00-3F and group 1; returns the (masked) result.</summary>
    private int Alu(int operation, int a, int b, bool word)
    {
        switch (operation)
        {
            case AluAdd: return Add(a, b, 0, word);
            case AluAdc: return Add(a, b, _flags & CF, word);
            case AluSbb: return Subtract(a, b, _flags & CF, word);
            case AluSub:
            case AluCmp: return Subtract(a, b, 0, word);
            case AluOr: return Logic(a | b, word);
            case AluAnd: return Logic(a & b, word);
            default: return Logic(a ^ b, word);
        }
    }

    private int Add(int a, int b, int carry, bool word) => Arithmetic(a, b, carry, subtract: false, word);

    private int Subtract(int a, int b, int borrow, bool word) => Arithmetic(a, b, borrow, subtract: true, word);

    /// <summary>ADD/ADC and SUB/SBB/CMP: CF is the bit above the operand (a borrow shows as a negative result),
    /// AF the carry out of bit 3, OF a sign change that the operands' signs do not explain.</summary>
    private int Arithmetic(int a, int b, int carry, bool subtract, bool word)
    {
        int result = subtract ? a - b - carry : a + b + carry;
        int signChange = subtract ? (a ^ b) & (a ^ result) : (a ^ result) & (b ^ result);
        SetArithmetic(SignZeroParity(result, word)
            | ((result >> (word ? 16 : 8)) & 1)
            | ((a ^ b ^ result) & AF)
            | ((signChange & SignBit(word)) != 0 ? OF : 0));
        return result & Mask(word);
    }

    /// <summary>AND, OR, XOR, TEST: CF and OF clear; AF is undefined and the 8086 and 80286 both leave it clear.</summary>
    private int Logic(int result, bool word)
    {
        SetArithmetic(SignZeroParity(result, word));
        return result & Mask(word);
    }

    /// <summary>INC and DEC leave CF alone.</summary>
    private int IncDec(int value, bool decrement, bool word)
    {
        int carry = _flags & CF;
        int result = decrement ? Subtract(value, 1, 0, word) : Add(value, 1, 0, word);
        _flags = (_flags & ~CF) | carry;
        return result;
    }

    private bool Condition(int code)
    {
        bool result = (code >> 1) switch
        {
            0 => Flag(OF),
            1 => Flag(CF),
            2 => Flag(ZF),
            3 => Flag(CF) || Flag(ZF),
            4 => Flag(SF),
            5 => Flag(PF),
            6 => Flag(SF) != Flag(OF),
            _ => Flag(ZF) || Flag(SF) != Flag(OF),
        };
        return (code & 1) != 0 ? !result : result;
    }
}
