using System.Runtime.CompilerServices;

namespace Hawk.Mos6502;

/// <summary>
/// An NMOS 6502, cycle-exact at the bus: every cycle is one <see cref="ICpuBus.Read"/> or
/// <see cref="ICpuBus.Write"/>, in the order the chip makes them. The same core serves a flat-RAM test bench
/// and the NES's per-cycle bus; the JIT specialises it for each struct bus.
/// </summary>
/// <typeparam name="TBus">The bus; a struct so that bus calls are direct and inlinable.</typeparam>
public sealed partial class Cpu<TBus> where TBus : struct, ICpuBus
{
    private TBus _bus;
    private readonly bool _decimalMode;
    private readonly byte _unstableMagic;

    public byte A;
    public byte X;
    public byte Y;
    /// <summary>Stack pointer; the stack lives at $0100 + S.</summary>
    public byte S;
    public ushort PC;

    // The status register is kept in pieces so that the common updates are single stores:
    // N is bit 7 of _n, Z is set when _z is zero (both usually hold the last result), C is 0 or 1.
    private byte _n;
    private byte _z;
    private int _c;
    private bool _v;
    private bool _d;
    private bool _i;

    // Interrupt sampling, updated at the end of every cycle. The CPU acts on what it sampled at the end of an
    // instruction's second-to-last cycle, so each "run" flag has a one-cycle-old copy.
    private bool _nmiLineWas;
    private bool _nmiPending;
    private bool _nmiPendingBefore;
    private bool _irqRun;
    private bool _irqRunBefore;
    private bool _interruptNext;

    /// <param name="bus">The bus the CPU drives.</param>
    /// <param name="variant">The chip to behave as: an NMOS 6502 or the NES's 2A03.</param>
    public Cpu(TBus bus, CpuVariant variant)
    {
        _bus = bus;
        Variant = variant;
        _decimalMode = variant == CpuVariant.Nmos6502;
        _unstableMagic = variant == CpuVariant.Nmos6502 ? (byte)0xEE : (byte)0xFF;
        _z = 1;
        _i = true;
    }

    /// <summary>The bus, by reference, so that a test bench can inspect or change its memory.</summary>
    public ref TBus Bus => ref _bus;

    public CpuVariant Variant { get; }

    /// <summary>Bus cycles since the CPU was created.</summary>
    public long Cycles { get; set; }

    /// <summary>Instructions completed since the CPU was created (interrupt sequences not counted).</summary>
    public long Instructions { get; set; }

    /// <summary>A JAM opcode stopped the CPU; only <see cref="Reset"/> restarts it.</summary>
    public bool Jammed { get; private set; }

    /// <summary>The status register as PHP would push it, without the B bit.</summary>
    public byte P
    {
        get => (byte)((_n & 0x80) | (_v ? 0x40 : 0) | 0x20 | (_d ? 0x08 : 0) | (_i ? 0x04 : 0) | (_z == 0 ? 0x02 : 0) | _c);
        set
        {
            _n = value;
            _v = (value & 0x40) != 0;
            _d = (value & 0x08) != 0;
            _i = (value & 0x04) != 0;
            _z = (byte)(~value & 0x02);
            _c = value & 0x01;
        }
    }

    /// <summary>All programmer-visible registers at once.</summary>
    public Registers Registers
    {
        get => new(PC, A, X, Y, S, P);
        set => (PC, A, X, Y, S, P) = (value.PC, value.A, value.X, value.Y, value.S, value.P);
    }

    /// <summary>Whether the CPU will run an interrupt sequence instead of the next instruction.</summary>
    public bool InterruptPending => _interruptNext;

    /// <summary>
    /// The RESET sequence: seven cycles in which the stack pointer drops by three with reads in place of the
    /// pushes, then PC is loaded from $FFFC.
    /// </summary>
    public void Reset()
    {
        Jammed = false;
        _interruptNext = false;
        _nmiPending = false;
        Read(PC);
        Read(PC);
        Read((ushort)(0x100 | S--));
        Read((ushort)(0x100 | S--));
        Read((ushort)(0x100 | S--));
        _i = true;
        byte lo = Read(Vectors.Reset);
        PC = (ushort)(lo | (Read(Vectors.Reset + 1) << 8));
    }

    /// <summary>
    /// Runs one instruction, or the interrupt sequence the previous instruction left pending. The first
    /// instruction of a handler always runs before the next interrupt is considered.
    /// </summary>
    public void Step()
    {
        if (_interruptNext)
        {
            _interruptNext = false;
            Interrupt();
            return;
        }
        if (Jammed)
        {
            // A jammed 6502 keeps the bus busy reading $FFFF; time goes on for the rest of the machine.
            Read(0xFFFF);
            return;
        }
        Execute(Read(PC++));
        Instructions++;
        _interruptNext = _nmiPendingBefore | _irqRunBefore;
    }

    /// <summary>
    /// Makes the CPU act on its interrupt inputs as they are now, after the instruction just run, instead of as
    /// they were on its second-to-last cycle. For test benches whose protocol samples interrupts between
    /// instructions (Klaus Dormann's interrupt test); the chip itself never does this.
    /// </summary>
    public void PollInterruptsBetweenInstructions() => _interruptNext |= _nmiPending || (_bus.IrqLine && !_i);

    /// <summary>Runs instructions until <see cref="Cycles"/> reaches <paramref name="cycleLimit"/> or the CPU jams.</summary>
    public void RunUntil(long cycleLimit)
    {
        while (Cycles < cycleLimit && !Jammed)
        {
            Step();
        }
    }

    /// <summary>The hardware interrupt sequence: two dummy reads, three pushes, the vector.</summary>
    private void Interrupt()
    {
        Read(PC);
        Read(PC);
        PushVectorAndJump(StatusFlags.None);
    }

    /// <summary>
    /// Shared tail of BRK, IRQ and NMI. An NMI detected up to here takes over the vector of a BRK or IRQ in progress
    /// (the "hijack" the silicon shows).
    /// </summary>
    private void PushVectorAndJump(StatusFlags pushedBreak)
    {
        Push((byte)(PC >> 8));
        Push((byte)PC);
        ushort vector = Vectors.IrqBrk;
        if (_nmiPending)
        {
            _nmiPending = false;
            vector = Vectors.Nmi;
        }
        Push((byte)(P | (byte)pushedBreak));
        _i = true;
        byte lo = Read(vector);
        PC = (ushort)(lo | (Read((ushort)(vector + 1)) << 8));
        // An NMI detected on the vector fetch is not taken at the end of BRK: the handler's first instruction runs.
        _nmiPendingBefore = false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Read(ushort address)
    {
        byte value = _bus.Read(address);
        EndCycle();
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Write(ushort address, byte value)
    {
        _bus.Write(address, value);
        EndCycle();
    }

    /// <summary>Samples the interrupt inputs as the chip does in the second half of every cycle.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EndCycle()
    {
        Cycles++;
        _nmiPendingBefore = _nmiPending;
        bool nmi = _bus.NmiLine;
        if (nmi && !_nmiLineWas)
        {
            _nmiPending = true;
        }
        _nmiLineWas = nmi;
        _irqRunBefore = _irqRun;
        _irqRun = _bus.IrqLine && !_i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(byte value) => Write((ushort)(0x100 | S--), value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Pull()
    {
        S++;
        return Read((ushort)(0x100 | S));
    }
}
