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

    /// <summary>One iteration. Each access advances its index register as it completes, so a fault part-way keeps
    /// the advance of the accesses before it.</summary>
    private void StringIteration(int kind, bool word)
    {
        int source = _segmentOverride >= 0 ? _segmentOverride : DS;
        switch (kind)
        {
            case Movs:
                StoreDestination(word, LoadSource(source, word, 1));
                break;
            case Cmps:
                int destination = LoadDestination(word, 0); // the 80286 reads ES:DI first
                Subtract(LoadSource(source, word, 1), destination, 0, word);
                break;
            case Stos:
                StoreDestination(word, _r[AX]);
                break;
            case Lods:
                SetReg(AX, word, LoadSource(source, word, 1));
                break;
            case Scas:
                Subtract(_r[AX] & Mask(word), LoadDestination(word, 1), 0, word);
                break;
            case Ins:
                StoreDestination(word, word ? _bus.In16(_r[DX]) : _bus.In8(_r[DX]));
                break;
            default:
                int value = LoadSource(source, word, 1);
                if (word)
                {
                    _bus.Out16(_r[DX], (ushort)value);
                }
                else
                {
                    _bus.Out8(_r[DX], (byte)value);
                }

                break;
        }
    }

    private void Advance(int index, bool word) => _r[index] = (ushort)(_r[index] + ((Flag(DF) ? -1 : 1) << (word ? 1 : 0)));

    private int LoadSource(int segment, bool word, int faultCountDown)
    {
        CheckStringLimit(SI, word, faultCountDown);
        int value = word ? Read16(segment, _r[SI]) : Read8(segment, _r[SI]);
        Advance(SI, word);
        return value;
    }

    private int LoadDestination(bool word, int faultCountDown)
    {
        CheckStringLimit(DI, word, faultCountDown);
        int value = word ? Read16(ES, _r[DI]) : Read8(ES, _r[DI]);
        Advance(DI, word);
        return value;
    }

    /// <summary>
    /// A word string access at offset FFFF faults on the 80286, and the vectors show the pipeline's footprint: the
    /// index register of the faulting access has already advanced and, under REP, CX has already counted down
    /// <paramref name="faultCountDown"/> times in the faulting iteration (twice for a store, once for a load, not
    /// at all for the first load of CMPS).
    /// </summary>
    private void CheckStringLimit(int index, bool word, int faultCountDown)
    {
        if (_is286 && word && _r[index] == 0xFFFF)
        {
            Advance(index, word);
            if (_repeat != 0)
            {
                _r[CX] = (ushort)(_r[CX] - faultCountDown);
            }

            throw FaultException.GeneralProtection;
        }
    }

    private void StoreDestination(bool word, int value)
    {
        CheckStringLimit(DI, word, 2);
        if (word)
        {
            Write16(ES, _r[DI], value);
        }
        else
        {
            Write8(ES, _r[DI], value);
        }

        Advance(DI, word);
    }
}
