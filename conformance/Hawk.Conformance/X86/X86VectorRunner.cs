using System.Globalization;
using System.Text;
using Hawk.Harness.Results;
using Hawk.X86;

namespace Hawk.Conformance.X86;

/// <summary>Runs vectors on one CPU and flat bus, reused across the vectors of a file.</summary>
internal sealed class X86VectorRunner(X86Model model)
{
    private readonly X86Cpu<FlatBus> _cpu = new(model, new FlatBus(model == X86Model.I8086 ? 20 : 24));

    /// <summary>Runs one vector and returns where it diverges, or null when registers and RAM match.</summary>
    public Divergence? Run(X86Vector vector, int index, ushort definedFlags)
    {
        byte[] memory = _cpu.Bus.Memory;
        for (int i = 0; i < X86VectorState.RegisterCount; i++)
        {
            _cpu[(X86Register)i] = vector.Initial.Registers[i] ?? 0;
        }

        foreach (var (address, value) in vector.Initial.Ram)
        {
            memory[address] = value;
        }

        _cpu.Halted = false;
        _cpu.Step();
        // The 80286 vectors were captured up to a HLT placed after the instruction (or at its target).
        if (model == X86Model.I80286 && !_cpu.Halted
            && memory[(((uint)_cpu[X86Register.CS] << 4) + _cpu[X86Register.IP]) & 0xFF_FFFF] == 0xF4)
        {
            _cpu.Step();
        }

        var divergence = Compare(vector, index, definedFlags, memory);
        foreach (var (address, _) in vector.Initial.Ram.Concat(vector.Final.Ram))
        {
            memory[address] = 0;
        }

        return divergence;
    }

    private Divergence? Compare(X86Vector vector, int index, ushort definedFlags, byte[] memory)
    {
        var expected = new StringBuilder();
        var actual = new StringBuilder();
        var context = new StringBuilder();
        for (int i = 0; i < X86VectorState.RegisterCount; i++)
        {
            var register = (X86Register)i;
            ushort want = vector.Final.Registers[i] ?? vector.Initial.Registers[i] ?? 0;
            ushort got = _cpu[register];
            ushort judged = register == X86Register.Flags ? definedFlags : (ushort)0xFFFF;
            bool differs = ((want ^ got) & judged) != 0;
            context.Append(CultureInfo.InvariantCulture, $"{register,-5} expected {want:X4} actual {got:X4}{(differs ? "  <-- differs" : "")}")
                .AppendLine(register == X86Register.Flags ? $" (judged bits {judged:X4})" : "");
            if (differs)
            {
                expected.Append(CultureInfo.InvariantCulture, $"{register}={want:X4} ");
                actual.Append(CultureInfo.InvariantCulture, $"{register}={got:X4} ");
            }
        }

        foreach (var (address, want) in vector.Final.Ram)
        {
            byte got = memory[address];
            if (got != want)
            {
                expected.Append(CultureInfo.InvariantCulture, $"[{address:X6}]={want:X2} ");
                actual.Append(CultureInfo.InvariantCulture, $"[{address:X6}]={got:X2} ");
                context.AppendLine(CultureInfo.InvariantCulture, $"RAM {address:X6} expected {want:X2} actual {got:X2}");
            }
        }

        if (expected.Length == 0)
        {
            return null;
        }

        string bytes = string.Join(' ', vector.Bytes.Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
        return new Divergence($"test {index} '{vector.Name}' ({bytes})", expected.ToString().TrimEnd(), actual.ToString().TrimEnd(), context.ToString());
    }
}
