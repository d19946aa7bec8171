using Iced.Intel;

namespace Hawk.X86.Tests;

/// <summary>Instruction lengths (prefixes, ModR/M, displacements, immediates) agree with Iced's 16-bit decoder for
/// every one-byte opcode that falls through, across all 256 ModR/M bytes.</summary>
public sealed class DecoderTests
{
    private static readonly byte[] Tail = [0x12, 0x34, 0x05, 0x06, 0x07, 0x08];

    public static IEnumerable<int> Opcodes() => Enumerable.Range(0, 256).Where(op => !IsBeyond286(op));

    [TestCaseSource(nameof(Opcodes))]
    public void Length_matches_iced_for_every_modrm(int opcode)
    {
        var mismatches = new List<string>();
        var machine = new TestMachine(X86Model.I80286);
        for (int modRm = 0; modRm < 256; modRm++)
        {
            if (IsPrefix(opcode) && IsBeyond286(modRm))
            {
                continue;
            }

            byte[] code = [(byte)opcode, (byte)modRm, .. Tail];
            var decoder = Decoder.Create(16, new ByteArrayCodeReader(code));
            decoder.Decode(out var instruction);
            if (instruction.IsInvalid || instruction.FlowControl != FlowControl.Next || MayFault(instruction)
                || !Is286(instruction) || instruction.Length == 1 && IsPrefix(opcode))
            {
                continue;
            }

            machine.Load(TestMachine.CodeSegment, TestMachine.CodeOffset, code);
            machine[X86Register.IP] = TestMachine.CodeOffset;
            foreach (var register in new[] { X86Register.AX, X86Register.CX, X86Register.DX, X86Register.BX, X86Register.BP, X86Register.SI, X86Register.DI })
            {
                machine[register] = 0x0202;
            }

            machine.Cpu.Step();
            int length = machine[X86Register.IP] - TestMachine.CodeOffset;
            if (length != instruction.Length)
            {
                mismatches.Add($"{opcode:X2} {modRm:X2} ({instruction}): Iced {instruction.Length}, Hawk {length}");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    private static bool IsPrefix(int opcode) => opcode is 0x26 or 0x2E or 0x36 or 0x3E or 0xF0 or 0xF2 or 0xF3;

    /// <summary>Iced decodes for the 80386 and later: 0F and the FS/GS/operand/address size prefixes are not 80286.</summary>
    private static bool IsBeyond286(int opcode) => opcode is 0x0F or (>= 0x64 and <= 0x67);

    private static bool Is286(Instruction instruction) =>
        instruction.CpuidFeatures.All(f => f is CpuidFeature.INTEL8086 or CpuidFeature.INTEL8086_ONLY or CpuidFeature.INTEL186 or CpuidFeature.INTEL286)
        && Enumerable.Range(0, instruction.OpCount).All(i =>
            instruction.GetOpKind(i) != OpKind.Register || instruction.GetOpRegister(i) is not (Register.FS or Register.GS));

    /// <summary>Divides, BOUND and string I/O depend on operand values; HLT stops the CPU before anything else.</summary>
    private static bool MayFault(Instruction instruction) => instruction.Mnemonic is Mnemonic.Div or Mnemonic.Idiv
        or Mnemonic.Aam or Mnemonic.Bound or Mnemonic.Hlt or Mnemonic.Arpl or Mnemonic.Lds or Mnemonic.Les;
}
