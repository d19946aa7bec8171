namespace Hawk.X86;

/// <summary>ModR/M decoding. The 16-bit addressing forms come from two small tables (base and index register per r/m
/// value) plus the rule that BP-based forms default to SS.</summary>
public sealed partial class X86Cpu<TBus>
{
    private const int NoRegister = -1;

    private static readonly int[] EaBase = [BX, BX, BP, BP, NoRegister, NoRegister, BP, BX];
    private static readonly int[] EaIndex = [SI, DI, SI, DI, SI, DI, NoRegister, NoRegister];
    private static readonly int[] EaSegment = [DS, DS, SS, SS, DS, DS, SS, DS];

    private int _modRm;
    private bool _rmIsRegister;
    private int _eaSegment;
    private ushort _eaOffset;

    private int ModReg => (_modRm >> 3) & 7;

    private int ModRmLow => _modRm & 7;

    private void DecodeModRm()
    {
        _modRm = Fetch8();
        int mod = _modRm >> 6;
        int rm = _modRm & 7;
        if (mod == 3)
        {
            _rmIsRegister = true;
            return;
        }

        _rmIsRegister = false;
        int offset;
        int segment;
        if (mod == 0 && rm == 6)
        {
            offset = Fetch16();
            segment = DS;
        }
        else
        {
            offset = 0;
            if (EaBase[rm] != NoRegister)
            {
                offset += _r[EaBase[rm]];
            }

            if (EaIndex[rm] != NoRegister)
            {
                offset += _r[EaIndex[rm]];
            }

            offset += mod switch
            {
                1 => (sbyte)Fetch8(),
                2 => Fetch16(),
                _ => 0,
            };
            segment = EaSegment[rm];
        }

        _eaOffset = (ushort)offset;
        _eaSegment = _segmentOverride >= 0 ? _segmentOverride : segment;
    }

    private int ReadRm(bool word)
    {
        if (_rmIsRegister)
        {
            return GetReg(ModRmLow, word);
        }

        return word ? Read16(_eaSegment, _eaOffset) : Read8(_eaSegment, _eaOffset);
    }

    private void WriteRm(bool word, int value)
    {
        if (_rmIsRegister)
        {
            SetReg(ModRmLow, word, value);
        }
        else if (word)
        {
            Write16(_eaSegment, _eaOffset, value);
        }
        else
        {
            Write8(_eaSegment, _eaOffset, value);
        }
    }

    /// <summary>A two-word memory operand (far pointers, BOUND limits); the 80286 checks all four bytes against the
    /// segment limit. With a register operand (the 8086 only gets here) the second word comes from the last
    /// effective address, which the 8086 still holds in its address latch.</summary>
    private (ushort Low, ushort High) ReadRmFarPointer()
    {
        CheckLimit(_eaOffset, 4);
        return ((ushort)ReadRm(true), Read16(_eaSegment, _eaOffset + 2));
    }

    private int ReadGeneral(bool word) => GetReg(ModReg, word);

    private void WriteGeneral(bool word, int value) => SetReg(ModReg, word, value);
}
