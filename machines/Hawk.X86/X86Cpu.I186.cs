namespace Hawk.X86;

/// <summary>Instructions the 80186 added and the 80286 keeps (opcodes 60-6F and ENTER; C0/C1 and C9 are dispatched
/// with the main map). On the 8086 the 60-6F row is an alias of the Jcc row and never gets here.</summary>
public sealed partial class X86Cpu<TBus>
{
    private void Execute186(int op)
    {
        switch (op)
        {
            case 0x60: PushAll(); break;
            case 0x61: PopAll(); break;
            case 0x62: Bound(); break;
            case 0x68: Push(Fetch16()); break;
            case 0x6A: Push((ushort)(sbyte)Fetch8()); break;
            case 0x69 or 0x6B: MultiplyImmediate(op == 0x6B); break;
            case >= 0x6C and <= 0x6F: StringInstruction(op); break;
            default: RequireOn286(false); break; // 63 ARPL is protected-mode only; 64-67 are undefined
        }
    }

    private void PushAll()
    {
        ushort originalSp = _r[SP];
        for (int i = AX; i <= DI; i++)
        {
            Push(i == SP ? originalSp : _r[i]);
        }
    }

    private void PopAll()
    {
        for (int i = DI; i >= AX; i--)
        {
            ushort value = Pop();
            if (i != SP)
            {
                _r[i] = value;
            }
        }
    }

    private void Bound()
    {
        DecodeModRm();
        RequireOn286(!_rmIsRegister);

        short index = (short)ReadGeneral(true);
        var (lower, upper) = ReadRmFarPointer();
        if (index < (short)lower || index > (short)upper)
        {
            Interrupt(5, _instructionStart);
        }
    }

    private void MultiplyImmediate(bool byteImmediate)
    {
        DecodeModRm();
        int multiplicand = (short)ReadRm(true);
        int multiplier = byteImmediate ? (sbyte)Fetch8() : (short)Fetch16();
        int product = multiplicand * multiplier;
        WriteGeneral(true, product);
        bool overflow = product != (short)product;
        _flags = (_flags & ~(CF | OF)) | (overflow ? CF | OF : 0);
    }

    private void Enter()
    {
        int size = Fetch16();
        int level = Fetch8() & 0x1F;
        Push(_r[BP]);
        ushort frame = _r[SP];
        for (int i = 1; i < level; i++)
        {
            _r[BP] -= 2;
            Push(Read16(SS, _r[BP]));
        }

        if (level > 0)
        {
            Push(frame);
        }

        _r[BP] = frame;
        _r[SP] = (ushort)(_r[SP] - size);
    }
}
