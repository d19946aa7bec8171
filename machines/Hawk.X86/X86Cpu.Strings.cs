namespace Hawk.X86;

/// <summary>String instructions. With REP/REPNE they repeat to completion within one <see cref="Step"/>.</summary>
public sealed partial class X86Cpu<TBus>
{
    private const int Movs = 0xA4, Cmps = 0xA6, Stos = 0xAA, Lods = 0xAC, Scas = 0xAE, Ins = 0x6C, Outs = 0x6E;

    private void StringInstruction(int opcode)
    {
        bool word = (opcode & 1) != 0;
        int kind = opcode & 0xFE;
        if (_repeat == 0)
        {
            StringIteration(kind, word);
            return;
        }

        bool compares = kind is Cmps or Scas;
        while (_r[CX] != 0)
        {
            StringIteration(kind, word);
            _r[CX]--;
            if (compares && Flag(ZF) != (_repeat == 0xF3))
            {
                break;
            }
        }
    }

    private void StringIteration(int kind, bool word)
    {
        int source = _segmentOverride >= 0 ? _segmentOverride : DS;
        int step = Flag(DF) ? -1 : 1;
        if (word)
        {
            step *= 2;
        }

        switch (kind)
        {
            case Movs:
                StoreDestination(word, LoadSource(source, word));
                _r[SI] = (ushort)(_r[SI] + step);
                _r[DI] = (ushort)(_r[DI] + step);
                break;
            case Cmps:
                Subtract(LoadSource(source, word), LoadDestination(word), 0, word);
                _r[SI] = (ushort)(_r[SI] + step);
                _r[DI] = (ushort)(_r[DI] + step);
                break;
            case Stos:
                StoreDestination(word, _r[AX]);
                _r[DI] = (ushort)(_r[DI] + step);
                break;
            case Lods:
                SetReg(AX, word, LoadSource(source, word));
                _r[SI] = (ushort)(_r[SI] + step);
                break;
            case Scas:
                Subtract(_r[AX] & Mask(word), LoadDestination(word), 0, word);
                _r[DI] = (ushort)(_r[DI] + step);
                break;
            case Ins:
                StoreDestination(word, word ? _bus.In16(_r[DX]) : _bus.In8(_r[DX]));
                _r[DI] = (ushort)(_r[DI] + step);
                break;
            default:
                int value = LoadSource(source, word);
                if (word)
                {
                    _bus.Out16(_r[DX], (ushort)value);
                }
                else
                {
                    _bus.Out8(_r[DX], (byte)value);
                }

                _r[SI] = (ushort)(_r[SI] + step);
                break;
        }
    }

    private int LoadSource(int segment, bool word) => word ? Read16(segment, _r[SI]) : Read8(segment, _r[SI]);

    private int LoadDestination(bool word) => word ? Read16(ES, _r[DI]) : Read8(ES, _r[DI]);

    private void StoreDestination(bool word, int value)
    {
        if (word)
        {
            Write16(ES, _r[DI], value);
        }
        else
        {
            Write8(ES, _r[DI], value);
        }
    }
}
