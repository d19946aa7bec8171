using System.Buffers.Binary;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Seccomp;

/// <summary>
/// Compiles linux.seccomp into a classic BPF program for SECCOMP_SET_MODE_FILTER (x86_64), as libseccomp would:
/// check the architecture, then one block per (rule, syscall) that returns the rule's action when the number and
/// all argument conditions match; otherwise the default action. Unknown syscall names are skipped, as runc does.
/// </summary>
public static class SeccompCompiler
{
    private const uint AuditArchX86_64 = 0xC000_003E;
    private const int OffsetNr = 0, OffsetArch = 4, OffsetArgs = 16;
    private const ushort LoadAbsolute = 0x20, JumpEqual = 0x15, JumpGreater = 0x25, JumpGreaterEqual = 0x35, Return = 0x06, AndConstant = 0x54;
    private const int Next = -1;

    /// <returns>The program as bytes: 8-byte sock_filter entries, little-endian.</returns>
    public static byte[] Compile(SeccompSpec spec)
    {
        var program = new Program();
        int kill = program.NewLabel();
        program.Emit(LoadAbsolute, OffsetArch);
        program.Emit(JumpEqual, AuditArchX86_64, Next, kill);
        foreach (var rule in spec.Syscalls)
        {
            uint action = Action(rule.Action, rule.ErrnoRet);
            foreach (var name in rule.Names)
            {
                if (SyscallTable.X86_64.TryGetValue(name, out int number))
                {
                    EmitRule(program, (uint)number, rule.Args, action);
                }
            }
        }

        program.Emit(Return, Action(spec.DefaultAction, spec.DefaultErrnoRet));
        program.Mark(kill);
        program.Emit(Return, Action("SCMP_ACT_KILL_PROCESS", null));
        return program.Assemble();
    }

    private static void EmitRule(Program program, uint number, IReadOnlyList<SeccompArg> args, uint action)
    {
        int skip = program.NewLabel();
        program.Emit(LoadAbsolute, OffsetNr);
        program.Emit(JumpEqual, number, Next, skip);
        foreach (var arg in args)
        {
            EmitArgument(program, arg, skip);
        }

        program.Emit(Return, action);
        program.Mark(skip);
    }

    /// <summary>Falls through when the 64-bit argument satisfies the condition, jumps to <paramref name="fail"/> otherwise.</summary>
    private static void EmitArgument(Program program, SeccompArg arg, int fail)
    {
        uint high = OffsetArgs + (8 * arg.Index) + 4, low = OffsetArgs + (8 * arg.Index);
        uint valueHigh = (uint)(arg.Value >> 32), valueLow = (uint)arg.Value;
        int pass = program.NewLabel();
        switch (arg.Op)
        {
            case "SCMP_CMP_EQ":
                program.Emit(LoadAbsolute, high);
                program.Emit(JumpEqual, valueHigh, Next, fail);
                program.Emit(LoadAbsolute, low);
                program.Emit(JumpEqual, valueLow, Next, fail);
                break;
            case "SCMP_CMP_NE":
                program.Emit(LoadAbsolute, high);
                program.Emit(JumpEqual, valueHigh, Next, pass);
                program.Emit(LoadAbsolute, low);
                program.Emit(JumpEqual, valueLow, fail, Next);
                break;
            case "SCMP_CMP_MASKED_EQ":
                program.Emit(LoadAbsolute, high);
                program.Emit(AndConstant, valueHigh);
                program.Emit(JumpEqual, (uint)(arg.ValueTwo >> 32), Next, fail);
                program.Emit(LoadAbsolute, low);
                program.Emit(AndConstant, valueLow);
                program.Emit(JumpEqual, (uint)arg.ValueTwo, Next, fail);
                break;
            default:
                // GT/GE hold when the high word is greater, or equal with the low word greater (or equal); LT/LE are their negations.
                bool negate = arg.Op is "SCMP_CMP_LT" or "SCMP_CMP_LE";
                ushort lowJump = arg.Op is "SCMP_CMP_GE" or "SCMP_CMP_LT" ? JumpGreaterEqual : JumpGreater;
                int yes = negate ? fail : pass, no = negate ? pass : fail;
                program.Emit(LoadAbsolute, high);
                program.Emit(JumpGreater, valueHigh, yes, Next);
                program.Emit(JumpEqual, valueHigh, Next, no);
                program.Emit(LoadAbsolute, low);
                program.Emit(lowJump, valueLow, yes, no);
                break;
        }

        program.Mark(pass);
    }

    private static uint Action(string action, uint? errnoRet) => action switch
    {
        "SCMP_ACT_KILL" or "SCMP_ACT_KILL_THREAD" => 0x0000_0000,
        "SCMP_ACT_KILL_PROCESS" => 0x8000_0000,
        "SCMP_ACT_TRAP" => 0x0003_0000,
        "SCMP_ACT_ERRNO" => 0x0005_0000 | ((errnoRet ?? 1) & 0xFFFF),
        "SCMP_ACT_TRACE" => 0x7FF0_0000 | ((errnoRet ?? 1) & 0xFFFF),
        "SCMP_ACT_LOG" => 0x7FFC_0000,
        _ => 0x7FFF_0000,
    };

    /// <summary>Instructions with symbolic jump targets (labels), resolved to 8-bit offsets when assembled.</summary>
    private sealed class Program
    {
        private readonly List<(ushort Code, int True, int False, uint K)> _code = [];
        private readonly List<int> _labels = [];

        public int NewLabel()
        {
            _labels.Add(-1);
            return _labels.Count - 1;
        }

        public void Mark(int label) => _labels[label] = _code.Count;

        public void Emit(ushort code, uint k, int whenTrue = Next, int whenFalse = Next) => _code.Add((code, whenTrue, whenFalse, k));

        public byte[] Assemble()
        {
            var bytes = new byte[_code.Count * 8];
            for (int i = 0; i < _code.Count; i++)
            {
                var (code, whenTrue, whenFalse, k) = _code[i];
                var span = bytes.AsSpan(i * 8, 8);
                BinaryPrimitives.WriteUInt16LittleEndian(span, code);
                span[2] = Offset(i, whenTrue);
                span[3] = Offset(i, whenFalse);
                BinaryPrimitives.WriteUInt32LittleEndian(span[4..], k);
            }

            return bytes;
        }

        private byte Offset(int from, int label)
        {
            if (label == Next)
            {
                return 0;
            }

            int distance = _labels[label] - from - 1;
            return distance is >= 0 and <= byte.MaxValue ? (byte)distance : throw new InvalidOperationException($"seccomp jump of {distance} does not fit BPF's 8-bit offset");
        }
    }
}
