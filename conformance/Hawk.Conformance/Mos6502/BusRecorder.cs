using Hawk.Mos6502;

namespace Hawk.Conformance.Mos6502;

/// <summary>One bus cycle as SingleStepTests record it.</summary>
public readonly record struct BusCycle(ushort Address, byte Value, bool IsWrite)
{
    public override string ToString() => $"{Address:X4} {Value:X2} {(IsWrite ? "write" : "read")}";
}

/// <summary>Flat 64 KiB RAM that logs every cycle, for comparing bus activity with SingleStepTests.</summary>
public sealed class BusRecorder
{
    private const int MaxCycles = 64;
    private readonly BusCycle[] _log = new BusCycle[MaxCycles];

    public byte[] Memory { get; } = new byte[RamBus.Size];

    public int Count { get; private set; }

    public ReadOnlySpan<BusCycle> Cycles => _log.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Record(ushort address, byte value, bool isWrite)
    {
        // Beyond MaxCycles the instruction is already wrong; keep the count so the length mismatch shows.
        if (Count < MaxCycles)
        {
            _log[Count] = new BusCycle(address, value, isWrite);
        }
        Count++;
    }
}

public readonly struct RecordingBus(BusRecorder recorder) : ICpuBus
{
    public byte Read(ushort address)
    {
        byte value = recorder.Memory[address];
        recorder.Record(address, value, isWrite: false);
        return value;
    }

    public void Write(ushort address, byte value)
    {
        recorder.Memory[address] = value;
        recorder.Record(address, value, isWrite: true);
    }

    public bool NmiLine => false;

    public bool IrqLine => false;
}
