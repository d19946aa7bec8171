using BenchmarkDotNet.Attributes;
using Hawk.X86;

namespace Hawk.Benchmarks;

/// <summary>
/// Instructions per second of the x86 interpreter on a loop with a realistic mix: string loads and a REP MOVSB,
/// ALU operations with flags, a shift, memory loads and stores through ModR/M, PUSH/POP, LOOP and a jump.
/// One operation is one instruction, so BenchmarkDotNet's time per operation is the time per instruction.
/// </summary>
[MemoryDiagnoser]
public class X86InterpreterBenchmarks
{
    private const int InstructionsPerInvoke = 1_000_000;

    // Assembled by hand, at 0000:0100 (offsets in the comments are from 0100):
    private static readonly byte[] Program =
    [
        0xB9, 0x00, 0x01,       // 00 mov cx, 0100h
        0xBE, 0x00, 0x00,       // 03 mov si, 0
        0xBF, 0x00, 0x08,       // 06 mov di, 0800h
        0xFC,                   // 09 cld
        0xAD,                   // 0A lodsw
        0x01, 0xD8,             // 0B add ax, bx
        0x31, 0xC2,             // 0D xor dx, ax
        0x89, 0x05,             // 0F mov [di], ax
        0x47,                   // 11 inc di
        0x47,                   // 12 inc di
        0xD1, 0xE0,             // 13 shl ax, 1
        0x11, 0xC3,             // 15 adc bx, ax
        0x39, 0xD0,             // 17 cmp ax, dx
        0x8B, 0x6C, 0x02,       // 19 mov bp, [si+2]
        0x81, 0xE5, 0xFF, 0x0F, // 1C and bp, 0FFFh
        0x55,                   // 20 push bp
        0x5D,                   // 21 pop bp
        0xE2, 0xE6,             // 22 loop 0A
        0xB9, 0x08, 0x00,       // 24 mov cx, 8
        0xBE, 0x00, 0x08,       // 27 mov si, 0800h
        0xBF, 0x00, 0x10,       // 2A mov di, 1000h
        0xF3, 0xA4,             // 2D rep movsb
        0xEB, 0xCF,             // 2F jmp 00
    ];

    private X86Cpu<FlatBus> _cpu = null!;

    [Params(X86Model.I8086, X86Model.I80286)]
    public X86Model Model { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var bus = new FlatBus(Model == X86Model.I8086 ? 20 : 24);
        Program.CopyTo(bus.Memory, 0x0100);
        _cpu = new X86Cpu<FlatBus>(Model, bus)
        {
            [X86Register.IP] = 0x0100,
            [X86Register.DS] = 0x1000,
            [X86Register.ES] = 0x1000,
            [X86Register.SS] = 0x2000,
            [X86Register.SP] = 0xFFFE,
        };
    }

    [Benchmark(OperationsPerInvoke = InstructionsPerInvoke)]
    public long Instructions() => _cpu.Run(InstructionsPerInvoke);
}
