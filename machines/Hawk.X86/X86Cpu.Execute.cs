namespace Hawk.X86;

/// <summary>The opcode dispatch. Regular rows of the opcode map (ALU forms, register rows, Jcc) are decoded from the
/// opcode's bit fields; the rest is one case per opcode.</summary>
public sealed partial class X86Cpu<TBus>
{
    private void Execute(int op)
    {
        if (op < 0x40 && (op & 7) < 6)
        {
            AluForm(op);
            return;
        }

        switch (op)
        {
            case 0x06 or 0x0E or 0x16 or 0x1E: Push(_s[op >> 3]); break;
            case 0x07 or 0x17 or 0x1F: _s[op >> 3] = Pop(); break;
            case 0x0F:
                RequireOn286(false); // protected-mode extensions are not modelled in real mode
                _s[CS] = Pop(); // POP CS: the 8086 really does it
                break;
            case 0x27: DecimalAdjust(subtract: false); break;
            case 0x2F: DecimalAdjust(subtract: true); break;
            case 0x37: AsciiAdjust(subtract: false); break;
            case 0x3F: AsciiAdjust(subtract: true); break;
            case >= 0x40 and <= 0x4F: _r[op & 7] = (ushort)IncDec(_r[op & 7], op >= 0x48, word: true); break;
            case >= 0x50 and <= 0x57: PushRegister(op & 7); break;
            case >= 0x58 and <= 0x5F: _r[op & 7] = Pop(); break;
            case >= 0x60 and <= 0x6F when !_is286: JumpIf(Condition(op & 0xF)); break; // aliases of 70-7F
            case >= 0x60 and <= 0x6F: Execute186(op); break;
            case >= 0x70 and <= 0x7F: JumpIf(Condition(op & 0xF)); break;
            case >= 0x80 and <= 0x83: Group1(op); break;
            case 0x84 or 0x85:
                DecodeModRm();
                Logic(ReadRm(op == 0x85) & ReadGeneral(op == 0x85), op == 0x85);
                break;
            case 0x86 or 0x87: Exchange(op == 0x87); break;
            case >= 0x88 and <= 0x8B: Move(op); break;
            case 0x8C:
                DecodeModRm();
                RequireOn286(ModReg < 4);
                WriteRm(true, _s[ModReg & 3]); // the 8086 decodes two bits of the segment field
                break;
            case 0x8D: LoadEffectiveAddress(); break;
            case 0x8E:
                DecodeModRm();
                RequireOn286(ModReg is < 4 and not CS);
                _s[ModReg & 3] = (ushort)ReadRm(true);
                break;
            case 0x8F:
                DecodeModRm();
                RequireOn286(ModReg == 0); // the 8086 pops for every reg field
                WriteRm(true, Pop());
                break;
            case 0x90: break;
            case >= 0x91 and <= 0x97:
                (_r[AX], _r[op & 7]) = (_r[op & 7], _r[AX]);
                break;
            case 0x98: _r[AX] = (ushort)(sbyte)_r[AX]; break;
            case 0x99: _r[DX] = (ushort)((short)_r[AX] >> 15); break;
            case 0x9A: CallFar(Fetch16(), Fetch16()); break;
            case 0x9B: break; // WAIT: no coprocessor, TEST is never asserted
            case 0x9C: Push(_flags); break;
            case 0x9D: SetFlagsWord(Pop()); break;
            case 0x9E: _flags = (_flags & ~(CF | PF | AF | ZF | SF)) | ((_r[AX] >> 8) & (CF | PF | AF | ZF | SF)); break;
            case 0x9F: SetReg(AX + 4, false, _flags); break;
            case >= 0xA0 and <= 0xA3: MoveAccumulatorMemory(op); break;
            case >= 0xA4 and <= 0xA7 or >= 0xAA and <= 0xAF: StringInstruction(op); break;
            case 0xA8 or 0xA9: Logic(_r[AX] & FetchImmediate(op == 0xA9), op == 0xA9); break;
            case >= 0xB0 and <= 0xB7: SetReg(op & 7, false, Fetch8()); break;
            case >= 0xB8 and <= 0xBF: _r[op & 7] = Fetch16(); break;
            case 0xC0 or 0xC1 when _is286: Group2(op & 1, ShiftCount.Immediate); break;
            case 0xC0 or 0xC2: ReturnNear(Fetch16()); break; // C0 is C2 on the 8086
            case 0xC1 or 0xC3: ReturnNear(0); break;
            case 0xC4: LoadFarPointer(ES); break;
            case 0xC5: LoadFarPointer(DS); break;
            case 0xC6 or 0xC7:
                DecodeModRm();
                RequireOn286(ModReg == 0); // the 8086 ignores the reg field
                WriteRm(op == 0xC7, FetchImmediate(op == 0xC7));
                break;
            case 0xC8 when _is286: Enter(); break;
            case 0xC9 when _is286:
                _r[SP] = _r[BP];
                _r[BP] = Pop();
                break;
            case 0xC8 or 0xCA: ReturnFar(Fetch16()); break; // C8 is CA on the 8086
            case 0xC9 or 0xCB: ReturnFar(0); break;
            case 0xCC: Interrupt(3, _ip); break;
            case 0xCD:
                int vector = Fetch8();
                Interrupt(vector, _ip);
                break;
            case 0xCE:
                if (Flag(OF))
                {
                    Interrupt(4, _ip);
                }

                break;
            case 0xCF: ReturnFromInterrupt(); break;
            case >= 0xD0 and <= 0xD3: Group2(op & 1, (op & 2) != 0 ? ShiftCount.Cl : ShiftCount.One); break;
            case 0xD4: AsciiAdjustMultiply(Fetch8()); break;
            case 0xD5: AsciiAdjustDivide(Fetch8()); break;
            case 0xD6: SetReg(AX, false, Flag(CF) ? 0xFF : 0); break; // SALC
            case 0xD7: SetReg(AX, false, Read8(_segmentOverride >= 0 ? _segmentOverride : DS, _r[BX] + (_r[AX] & 0xFF))); break;
            case >= 0xD8 and <= 0xDF: Escape(op); break;
            case >= 0xE0 and <= 0xE3: Loop(op); break;
            case 0xE4 or 0xE5: PortIn(Fetch8(), op == 0xE5); break;
            case 0xE6 or 0xE7: PortOut(Fetch8(), op == 0xE7); break;
            case 0xE8:
                int call = Fetch16();
                Push(_ip);
                _ip = (ushort)(_ip + call);
                break;
            case 0xE9:
                int jump = Fetch16();
                _ip = (ushort)(_ip + jump);
                break;
            case 0xEA:
                int ip = Fetch16();
                _s[CS] = Fetch16();
                _ip = (ushort)ip;
                break;
            case 0xEB: JumpIf(true); break;
            case 0xEC or 0xED: PortIn(_r[DX], op == 0xED); break;
            case 0xEE or 0xEF: PortOut(_r[DX], op == 0xEF); break;
            case 0xF4: Halted = true; break;
            case 0xF5: _flags ^= CF; break;
            case 0xF6 or 0xF7: Group3(op == 0xF7); break;
            case 0xF8: _flags &= ~CF; break;
            case 0xF9: _flags |= CF; break;
            case 0xFA: _flags &= ~IF; break;
            case 0xFB: _flags |= IF; break;
            case 0xFC: _flags &= ~DF; break;
            case 0xFD: _flags |= DF; break;
            case 0xFE or 0xFF: Group45(op == 0xFF); break;
            default: RequireOn286(false); break; // only the 80286 reaches here: F1 is a prefix on the 8086
        }
    }

    /// <summary>Encodings the 8086 executes (often as aliases) are invalid on the 80286: #UD, vector 6, which
    /// restarts the instruction like any 80286 fault.</summary>
    private void RequireOn286(bool valid)
    {
        if (_is286 && !valid)
        {
            throw FaultException.InvalidOpcode;
        }
    }

    private void AluForm(int op)
    {
        int operation = op >> 3;
        bool word = (op & 1) != 0;
        switch (op & 7)
        {
            case <= 3:
                DecodeModRm();
                bool toRegister = (op & 2) != 0; // the direction bit
                int rm = ReadRm(word);
                int register = ReadGeneral(word);
                int result = toRegister ? Alu(operation, register, rm, word) : Alu(operation, rm, register, word);
                if (operation == AluCmp)
                {
                    break;
                }

                if (toRegister)
                {
                    WriteGeneral(word, result);
                }
                else
                {
                    WriteRm(word, result);
                }

                break;
            default:
                int accResult = Alu(operation, _r[AX] & Mask(word), FetchImmediate(word), word);
                if (operation != AluCmp)
                {
                    SetReg(AX, word, accResult);
                }

                break;
        }
    }

    private void Group1(int op)
    {
        bool word = (op & 1) != 0;
        DecodeModRm();
        int value = ReadRm(word);
        int immediate = op == 0x83 ? (ushort)(sbyte)Fetch8() : FetchImmediate(word);
        int operation = ModReg;
        int result = Alu(operation, value, immediate, word);
        if (operation != AluCmp)
        {
            WriteRm(word, result);
        }
    }

    private enum ShiftCount
    {
        One,
        Cl,
        Immediate,
    }

    private void Group2(int wordBit, ShiftCount countSource)
    {
        bool word = wordBit != 0;
        DecodeModRm();
        int value = ReadRm(word);
        int count = countSource switch
        {
            ShiftCount.One => 1,
            ShiftCount.Cl => _r[CX] & 0xFF,
            _ => Fetch8(),
        };
        WriteRm(word, Shift(ModReg, value, count, word));
    }

    private void Group3(bool word)
    {
        DecodeModRm();
        int value = ReadRm(word);
        switch (ModReg)
        {
            case 0 or 1: Logic(value & FetchImmediate(word), word); break; // /1 is an alias of TEST
            case 2: WriteRm(word, ~value & Mask(word)); break;
            case 3:
                int negated = Subtract(0, value, 0, word);
                WriteRm(word, negated);
                break;
            case 4: Multiply(value, signed: false, word); break;
            case 5: Multiply(value, signed: true, word); break;
            case 6: Divide(value, signed: false, word); break;
            default: Divide(value, signed: true, word); break;
        }
    }

    /// <summary>FE (byte) and FF (word). FE only defines INC and DEC; its other rows and FF /7 behave as the FF row
    /// on the 8086 and are invalid on the 80286.</summary>
    private void Group45(bool word)
    {
        DecodeModRm();
        int operation = ModReg;
        RequireOn286(operation != 7 && (word || operation < 2));

        switch (operation)
        {
            case 0 or 1: WriteRm(word, IncDec(ReadRm(word), operation == 1, word)); break;
            case 2:
                int target = ReadRm(word);
                Push(_ip);
                _ip = (ushort)target;
                break;
            case 3:
                RequireOn286(!_rmIsRegister);
                var (callOffset, callSegment) = ReadRmFarPointer();
                CallFar(callOffset, callSegment);
                break;
            case 4: _ip = (ushort)ReadRm(word); break;
            case 5:
                RequireOn286(!_rmIsRegister);
                (_ip, _s[CS]) = ReadRmFarPointer();
                break;
            default: PushOperand(word); break;
        }
    }

    /// <summary>PUSH r/m. PUSH SP (in either form) pushes the decremented SP on the 8086 and the old one on the 80286.</summary>
    private void PushOperand(bool word)
    {
        if (_rmIsRegister && ModRmLow == SP && word)
        {
            PushRegister(SP);
            return;
        }

        Push(ReadRm(word));
    }

    private void PushRegister(int index)
    {
        if (index == SP && !_is286)
        {
            _r[SP] -= 2;
            Write16(SS, _r[SP], _r[SP]);
            return;
        }

        Push(_r[index]);
    }

    private void JumpIf(bool condition)
    {
        int displacement = (sbyte)Fetch8();
        if (condition)
        {
            _ip = (ushort)(_ip + displacement);
        }
    }

    private void Loop(int op)
    {
        int displacement = (sbyte)Fetch8();
        bool jump;
        if (op == 0xE3)
        {
            jump = _r[CX] == 0;
        }
        else
        {
            _r[CX]--;
            jump = _r[CX] != 0 && op switch
            {
                0xE0 => !Flag(ZF),
                0xE1 => Flag(ZF),
                _ => true,
            };
        }

        if (jump)
        {
            _ip = (ushort)(_ip + displacement);
        }
    }

    private void Exchange(bool word)
    {
        DecodeModRm();
        int memory = ReadRm(word);
        int register = ReadGeneral(word);
        WriteRm(word, register);
        WriteGeneral(word, memory);
    }

    private void Move(int op)
    {
        bool word = (op & 1) != 0;
        DecodeModRm();
        if ((op & 2) == 0)
        {
            WriteRm(word, ReadGeneral(word));
        }
        else
        {
            WriteGeneral(word, ReadRm(word));
        }
    }

    private void MoveAccumulatorMemory(int op)
    {
        bool word = (op & 1) != 0;
        int offset = Fetch16();
        int segment = _segmentOverride >= 0 ? _segmentOverride : DS;
        if (op < 0xA2)
        {
            SetReg(AX, word, word ? Read16(segment, offset) : Read8(segment, offset));
        }
        else if (word)
        {
            Write16(segment, offset, _r[AX]);
        }
        else
        {
            Write8(segment, offset, _r[AX]);
        }
    }

    private void LoadEffectiveAddress()
    {
        DecodeModRm();
        RequireOn286(!_rmIsRegister); // the 8086 uses whatever its address latch holds

        WriteGeneral(true, _eaOffset);
    }

    private void LoadFarPointer(int segment)
    {
        DecodeModRm();
        RequireOn286(!_rmIsRegister);
        var (offset, segmentValue) = ReadRmFarPointer();
        WriteGeneral(true, offset);
        _s[segment] = segmentValue;
    }

    private void CallFar(int offset, int segment)
    {
        Push(_s[CS]);
        Push(_ip);
        _s[CS] = (ushort)segment;
        _ip = (ushort)offset;
    }

    private void ReturnNear(int release)
    {
        _ip = Pop();
        _r[SP] = (ushort)(_r[SP] + release);
    }

    private void ReturnFar(int release)
    {
        _ip = Pop();
        _s[CS] = Pop();
        _r[SP] = (ushort)(_r[SP] + release);
    }

    private void ReturnFromInterrupt()
    {
        _ip = Pop();
        _s[CS] = Pop();
        SetFlagsWord(Pop());
    }

    private void PortIn(int port, bool word)
    {
        if (word)
        {
            _r[AX] = _bus.In16((ushort)port);
        }
        else
        {
            SetReg(AX, false, _bus.In8((ushort)port));
        }
    }

    private void PortOut(int port, bool word)
    {
        if (word)
        {
            _bus.Out16((ushort)port, _r[AX]);
        }
        else
        {
            _bus.Out8((ushort)port, (byte)_r[AX]);
        }
    }
}
