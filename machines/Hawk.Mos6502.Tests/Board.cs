using Hawk.Mos6502;

namespace Hawk.Mos6502.Tests;

/// <summary>A test bench: flat RAM and interrupt lines that switch on at chosen cycles (1-based, counted by the bus).</summary>
public sealed class Board
{
    public byte[] Memory { get; } = new byte[RamBus.Size];

    public long Cycle { get; private set; }

    public long IrqFrom { get; set; } = long.MaxValue;

    public long IrqUntil { get; set; } = long.MaxValue;

    public long NmiFrom { get; set; } = long.MaxValue;

    public List<(ushort Address, bool IsWrite)> Accesses { get; } = [];

    public void Load(ushort address, params byte[] bytes) => bytes.CopyTo(Memory, address);

    public void SetVector(ushort vector, ushort target)
    {
        Memory[vector] = (byte)target;
        Memory[vector + 1] = (byte)(target >> 8);
    }

    internal void Access(ushort address, bool isWrite)
    {
        Cycle++;
        Accesses.Add((address, isWrite));
    }

    public Cpu<BoardBus> NewCpu(ushort pc, CpuVariant variant = CpuVariant.Nmos6502) =>
        new(new BoardBus(this), variant) { Registers = new Registers(pc, 0, 0, 0, 0xFD, 0x24) };
}

public readonly struct BoardBus(Board board) : ICpuBus
{
    public byte Read(ushort address)
    {
        board.Access(address, isWrite: false);
        return board.Memory[address];
    }

    public void Write(ushort address, byte value)
    {
        board.Access(address, isWrite: true);
        board.Memory[address] = value;
    }

    public bool IrqLine => board.Cycle >= board.IrqFrom && board.Cycle < board.IrqUntil;

    public bool NmiLine => board.Cycle >= board.NmiFrom;
}
