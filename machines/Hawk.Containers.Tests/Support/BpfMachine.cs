using System.Buffers.Binary;

namespace Hawk.Containers.Tests.Support;

/// <summary>
/// A classic-BPF interpreter for the instructions seccomp filters use (ld abs, alu and, jeq/jgt/jge/jset, ja, ret),
/// so compiled filters can be checked against system calls without loading them into the kernel.
/// </summary>
internal static class BpfMachine
{
    public static uint Run(byte[] program, uint arch, int number, params ulong[] args)
    {
        var data = new byte[64];
        BinaryPrimitives.WriteInt32LittleEndian(data, number);
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(4), arch);
        for (int i = 0; i < args.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(data.AsSpan(16 + (8 * i)), args[i]);
        }

        uint accumulator = 0;
        for (int pc = 0, steps = 0; steps < 10_000; steps++)
        {
            var instruction = program.AsSpan(pc * 8, 8);
            ushort code = BinaryPrimitives.ReadUInt16LittleEndian(instruction);
            byte jt = instruction[2], jf = instruction[3];
            uint k = BinaryPrimitives.ReadUInt32LittleEndian(instruction[4..]);
            pc++;
            switch (code)
            {
                case 0x20: accumulator = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan((int)k)); break;
                case 0x54: accumulator &= k; break;
                case 0x05: pc += (int)k; break;
                case 0x15: pc += accumulator == k ? jt : jf; break;
                case 0x25: pc += accumulator > k ? jt : jf; break;
                case 0x35: pc += accumulator >= k ? jt : jf; break;
                case 0x45: pc += (accumulator & k) != 0 ? jt : jf; break;
                case 0x06: return k;
                default: throw new InvalidOperationException($"unexpected BPF opcode 0x{code:x} at {pc - 1}");
            }
        }

        throw new InvalidOperationException("BPF program did not return");
    }
}
