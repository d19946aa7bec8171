using Hawk.X86;

namespace Hawk.X86.Tests;

/// <summary>A CPU on flat RAM with code placed at CS:IP = 1000:0100 and a stack at 2000:1000.</summary>
internal sealed class TestMachine
{
    public const ushort CodeSegment = 0x1000;
    public const ushort CodeOffset = 0x0100;

    public TestMachine(X86Model model, params byte[] code)
    {
        Cpu = new X86Cpu<FlatBus>(model, new FlatBus(model == X86Model.I8086 ? 20 : 24));
        Cpu[X86Register.CS] = CodeSegment;
        Cpu[X86Register.IP] = CodeOffset;
        Cpu[X86Register.SS] = 0x2000;
        Cpu[X86Register.SP] = 0x1000;
        Cpu[X86Register.DS] = 0x3000;
        Cpu[X86Register.ES] = 0x4000;
        Load(CodeSegment, CodeOffset, code);
    }

    public X86Cpu<FlatBus> Cpu { get; }

    public byte[] Memory => Cpu.Bus.Memory;

    public ushort this[X86Register register]
    {
        get => Cpu[register];
        set => Cpu[register] = value;
    }

    public static uint Physical(ushort segment, ushort offset) => (uint)((segment << 4) + offset);

    public void Load(ushort segment, ushort offset, params byte[] bytes) =>
        bytes.CopyTo(Memory, Physical(segment, offset));

    public ushort Word(ushort segment, ushort offset) =>
        (ushort)(Memory[Physical(segment, offset)] | (Memory[Physical(segment, (ushort)(offset + 1))] << 8));

    public void SetVector(int vector, ushort segment, ushort offset)
    {
        Memory[vector * 4] = (byte)offset;
        Memory[(vector * 4) + 1] = (byte)(offset >> 8);
        Memory[(vector * 4) + 2] = (byte)segment;
        Memory[(vector * 4) + 3] = (byte)(segment >> 8);
    }

    public bool Flag(X86Flags flag) => (Cpu[X86Register.Flags] & (ushort)flag) != 0;
}
