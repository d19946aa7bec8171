namespace Hawk.X86;

/// <summary>
/// An 8086 / 80286 (real mode) interpreter. <see cref="Step"/> executes one whole instruction, prefixes included,
/// and a repeated string instruction runs to completion. There is no cycle model and no prefetch queue: the CPU is
/// observable through its registers and the bus only, which is what the conformance vectors judge.
/// </summary>
public sealed partial class X86Cpu<TBus>
    where TBus : struct, IX86Bus
{
    private const int ES = 0, CS = 1, SS = 2, DS = 3;
    private const int AX = 0, CX = 1, DX = 2, BX = 3, SP = 4, BP = 5, SI = 6, DI = 7;
    private const int CF = 0x0001, PF = 0x0004, AF = 0x0010, ZF = 0x0040, SF = 0x0080;
    private const int TF = 0x0100, IF = 0x0200, DF = 0x0400, OF = 0x0800;
    private const int ArithmeticFlags = CF | PF | AF | ZF | SF | OF;

    private GeneralRegisters _r;
    private SegmentRegisters _s;
    private readonly bool _is286;
    private readonly uint _addressMask;
    private readonly int _flagsFixed;
    private TBus _bus;
    private ushort _ip;
    private int _flags;
    private ushort _instructionStart;
    private int _segmentOverride;
    private int _repeat;
    private bool _deliveringInterrupt;

    public X86Cpu(X86Model model, TBus bus)
    {
        Model = model;
        _bus = bus;
        _is286 = model == X86Model.I80286;
        _addressMask = _is286 ? 0xFF_FFFFu : 0xF_FFFFu;
        // Bit 1 always reads 1; the 8086 also reads bits 12-15 as 1, the 80286 in real mode reads them as 0.
        _flagsFixed = _is286 ? 0x0002 : 0xF002;
        _flags = _flagsFixed;
    }

    public X86Model Model { get; }

    public ref TBus Bus => ref _bus;

    /// <summary>Set by HLT; <see cref="Step"/> does nothing while halted (there are no interrupt inputs yet).</summary>
    public bool Halted { get; set; }

    public ushort this[X86Register register]
    {
        get => register switch
        {
            <= X86Register.DI => _r[(int)register],
            <= X86Register.DS => _s[register - X86Register.ES],
            X86Register.IP => _ip,
            X86Register.Flags => (ushort)_flags,
            _ => throw new ArgumentOutOfRangeException(nameof(register)),
        };
        set
        {
            switch (register)
            {
                case <= X86Register.DI: _r[(int)register] = value; break;
                case <= X86Register.DS: _s[register - X86Register.ES] = value; break;
                case X86Register.IP: _ip = value; break;
                case X86Register.Flags: SetFlagsWord(value); break;
                default: throw new ArgumentOutOfRangeException(nameof(register));
            }
        }
    }

    /// <summary>Executes one instruction (with its prefixes; a repeated string instruction to completion).</summary>
    public void Step()
    {
        if (Halted)
        {
            return;
        }

        _instructionStart = _ip;
        _segmentOverride = -1;
        _repeat = 0;
        ushort stackPointer = _r[SP];
        try
        {
            int op = Fetch8();
            while (IsPrefix(op))
            {
                op = Fetch8();
            }

            Execute(op);
        }
        catch (FaultException fault)
        {
            // An 80286 fault restarts the instruction. The only register an instruction changes before it can fault
            // is SP (string instructions advance their index register, as the silicon does), so SP is restored.
            _r[SP] = stackPointer;
            Interrupt(fault.Vector, _instructionStart);
        }
    }

    private bool IsPrefix(int op)
    {
        switch (op)
        {
            case 0x26: _segmentOverride = ES; return true;
            case 0x2E: _segmentOverride = CS; return true;
            case 0x36: _segmentOverride = SS; return true;
            case 0x3E: _segmentOverride = DS; return true;
            case 0xF0: return true;
            case 0xF1 when !_is286: return true; // an undocumented alias of LOCK on the 8086
            case 0xF2 or 0xF3: _repeat = op; return true;
            default: return false;
        }
    }

    /// <summary>Steps until halted or <paramref name="maxInstructions"/> have run; returns how many ran.</summary>
    public long Run(long maxInstructions)
    {
        long count = 0;
        while (count < maxInstructions && !Halted)
        {
            Step();
            count++;
        }

        return count;
    }

    /// <summary>AX CX DX BX SP BP SI DI, held inline in the CPU object (no array indirection in the hot loop).</summary>
    [System.Runtime.CompilerServices.InlineArray(8)]
    private struct GeneralRegisters
    {
        private ushort _element;
    }

    /// <summary>ES CS SS DS.</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct SegmentRegisters
    {
        private ushort _element;
    }

    private void SetFlagsWord(int value) => _flags = (value & 0x0FD5) | _flagsFixed;

    private bool Flag(int flag) => (_flags & flag) != 0;

    private void SetFlag(int flag, bool on) => _flags = on ? _flags | flag : _flags & ~flag;

    private uint Physical(int segment, int offset) => (uint)((_s[segment] << 4) + (offset & 0xFFFF)) & _addressMask;

    private byte Read8(int segment, int offset) => _bus.ReadByte(Physical(segment, offset));

    /// <summary>On the 8086 a word access wraps within its segment (the high byte of offset FFFF comes from offset
    /// 0000); on the 80286 an access that runs past offset FFFF is a general protection fault, even in real mode.</summary>
    private ushort Read16(int segment, int offset)
    {
        CheckLimit(offset, 2);
        return (ushort)(Read8(segment, offset) | (Read8(segment, offset + 1) << 8));
    }

    private void CheckLimit(int offset, int size)
    {
        if (_is286 && (offset & 0xFFFF) > 0x10000 - size && !_deliveringInterrupt)
        {
            throw FaultException.GeneralProtection;
        }
    }

    private void Write8(int segment, int offset, int value) => _bus.WriteByte(Physical(segment, offset), (byte)value);

    private void Write16(int segment, int offset, int value)
    {
        CheckLimit(offset, 2);
        Write8(segment, offset, value);
        Write8(segment, offset + 1, value >> 8);
    }

    /// <summary>The 80286 faults on an instruction longer than 10 bytes (redundant prefixes count).</summary>
    private byte Fetch8()
    {
        if (_is286 && (ushort)(_ip - _instructionStart) >= 10)
        {
            throw FaultException.GeneralProtection;
        }

        return Read8(CS, _ip++);
    }

    private ushort Fetch16() => (ushort)(Fetch8() | (Fetch8() << 8));

    private int FetchImmediate(bool word) => word ? Fetch16() : Fetch8();

    private int GetReg(int index, bool word) =>
        word ? _r[index] : index < 4 ? _r[index] & 0xFF : _r[index - 4] >> 8;

    private void SetReg(int index, bool word, int value)
    {
        if (word)
        {
            _r[index] = (ushort)value;
        }
        else if (index < 4)
        {
            _r[index] = (ushort)((_r[index] & 0xFF00) | (value & 0xFF));
        }
        else
        {
            _r[index - 4] = (ushort)((_r[index - 4] & 0x00FF) | ((value & 0xFF) << 8));
        }
    }

    private void Push(int value)
    {
        _r[SP] -= 2;
        Write16(SS, _r[SP], value);
    }

    private ushort Pop()
    {
        ushort value = Read16(SS, _r[SP]);
        _r[SP] += 2;
        return value;
    }

    /// <summary>Pushes FLAGS, CS and <paramref name="returnIp"/>, clears IF and TF and enters the handler.</summary>
    private void Interrupt(int vector, int returnIp)
    {
        // A fault while pushing would be a double fault (a shutdown in real mode); it is not modelled.
        _deliveringInterrupt = true;
        Push(_flags);
        _flags &= ~(IF | TF);
        Push(_s[CS]);
        Push(returnIp);
        _deliveringInterrupt = false;
        uint entry = (uint)vector * 4;
        _ip = (ushort)(_bus.ReadByte(entry) | (_bus.ReadByte(entry + 1) << 8));
        _s[CS] = (ushort)(_bus.ReadByte(entry + 2) | (_bus.ReadByte(entry + 3) << 8));
    }

    /// <summary>A fault: the 80286 returns to the faulting instruction (prefixes included), the 8086 past it.</summary>
    private void Fault(int vector) => Interrupt(vector, _is286 ? _instructionStart : _ip);
}
