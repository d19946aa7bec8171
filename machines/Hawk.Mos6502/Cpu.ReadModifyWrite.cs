using System.Runtime.CompilerServices;

namespace Hawk.Mos6502;

// Read-modify-write instructions. The operation is a struct type argument so that the JIT emits one
// specialised copy per operation: the bus pattern is written once, the operations once each.
public sealed partial class Cpu<TBus>
{
    private interface IModify
    {
        static abstract byte Apply(Cpu<TBus> cpu, byte value);
    }

    /// <summary>The NMOS read-modify-write bus pattern: read, write the old value back, write the new one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Modify<TOperation>(ushort address) where TOperation : struct, IModify
    {
        byte value = Read(address);
        Write(address, value);
        Write(address, TOperation.Apply(this, value));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ModifyAccumulator<TOperation>() where TOperation : struct, IModify
    {
        Read(PC);
        A = TOperation.Apply(this, A);
    }

    private struct Asl : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            cpu._c = value >> 7;
            return cpu.SetNZ((byte)(value << 1));
        }
    }

    private struct Lsr : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            cpu._c = value & 1;
            return cpu.SetNZ((byte)(value >> 1));
        }
    }

    private struct Rol : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            int carryIn = cpu._c;
            cpu._c = value >> 7;
            return cpu.SetNZ((byte)((value << 1) | carryIn));
        }
    }

    private struct Ror : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            int carryIn = cpu._c;
            cpu._c = value & 1;
            return cpu.SetNZ((byte)((value >> 1) | (carryIn << 7)));
        }
    }

    private struct Inc : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value) => cpu.SetNZ((byte)(value + 1));
    }

    private struct Dec : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value) => cpu.SetNZ((byte)(value - 1));
    }

    // Undocumented combinations: a shift or step on memory, then an ALU operation with the result.

    private struct Slo : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            byte result = Asl.Apply(cpu, value);
            cpu.A = cpu.SetNZ((byte)(cpu.A | result));
            return result;
        }
    }

    private struct Rla : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            byte result = Rol.Apply(cpu, value);
            cpu.A = cpu.SetNZ((byte)(cpu.A & result));
            return result;
        }
    }

    private struct Sre : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            byte result = Lsr.Apply(cpu, value);
            cpu.A = cpu.SetNZ((byte)(cpu.A ^ result));
            return result;
        }
    }

    private struct Rra : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            byte result = Ror.Apply(cpu, value);
            cpu.Adc(result);
            return result;
        }
    }

    private struct Dcp : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            byte result = (byte)(value - 1);
            cpu.Compare(cpu.A, result);
            return result;
        }
    }

    private struct Isb : IModify
    {
        public static byte Apply(Cpu<TBus> cpu, byte value)
        {
            byte result = (byte)(value + 1);
            cpu.Sbc(result);
            return result;
        }
    }
}
