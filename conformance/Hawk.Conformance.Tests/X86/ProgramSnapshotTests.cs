using System.Text;
using Hawk.Harness.NUnit.Snapshots;
using Hawk.X86;

namespace Hawk.Conformance.Tests.X86;

/// <summary>
/// Regression snapshots of a small real-mode program on the 8086 and the 80286: a register and flags dump after
/// every instruction, and the bytes it stored.
/// </summary>
[Category("x86")]
public sealed class ProgramSnapshotTests
{
    private const ushort CodeSegment = 0x1000;

    private static readonly byte[] Program =
    [
        0xB8, 0x34, 0x12, //       mov ax, 0x1234
        0xBB, 0x78, 0x56, //       mov bx, 0x5678
        0x01, 0xD8, //             add ax, bx
        0xF7, 0xE3, //             mul bx
        0xB9, 0x03, 0x00, //       mov cx, 3
        0xD1, 0xE0, //       again: shl ax, 1
        0xE2, 0xFC, //             loop again
        0x89, 0x06, 0x00, 0x02, // mov [0x200], ax
        0x50, //                   push ax
        0x27, //                   daa
        0x9F, //                   lahf
        0xF4, //                   hlt
    ];

    [TestCase(X86Model.I8086)]
    [TestCase(X86Model.I80286)]
    public void Register_trace(X86Model model)
    {
        var cpu = new X86Cpu<FlatBus>(model, new FlatBus(model == X86Model.I8086 ? 20 : 24));
        cpu[X86Register.CS] = CodeSegment;
        cpu[X86Register.DS] = 0x3000;
        cpu[X86Register.SS] = 0x2000;
        cpu[X86Register.SP] = 0x1000;
        Program.CopyTo(cpu.Bus.Memory, CodeSegment << 4);
        var trace = new StringBuilder();
        trace.AppendLine(Dump(cpu));
        for (var step = 0; step < 100 && !cpu.Halted; step++)
        {
            cpu.Step();
            trace.AppendLine(Dump(cpu));
        }

        trace.AppendLine($"DS:0200 = {Convert.ToHexString(cpu.Bus.Memory, 0x30200, 2)}, SS:0FFE = {Convert.ToHexString(cpu.Bus.Memory, 0x20FFE, 2)}");
        Assert.That(cpu.Halted, Is.True, "the program reaches its HLT within 100 instructions");
        Snapshot.VerifyText(trace.ToString());
    }

    private static string Dump(X86Cpu<FlatBus> cpu) =>
        $"{cpu[X86Register.CS]:X4}:{cpu[X86Register.IP]:X4}  " +
        string.Join(' ', new[] { X86Register.AX, X86Register.BX, X86Register.CX, X86Register.DX, X86Register.SP, X86Register.BP, X86Register.SI, X86Register.DI }
            .Select(r => $"{r}={cpu[r]:X4}")) +
        $"  FL={cpu[X86Register.Flags]:X4}";
}
