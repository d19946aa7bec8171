using System.Diagnostics;
using System.Text;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Mos6502;
using Hawk.Mos6502.Disassembly;
using Hawk.Nes.Cartridges;

namespace Hawk.Conformance.Mos6502;

/// <summary>
/// nestest in automation mode: from PC=$C000 every line of Nintendulator's nestest.log must be reproduced
/// exactly (PC, bytes, disassembly with effective addresses and values, registers, PPU position, cycle count),
/// and afterwards the result bytes $02 and $03 must both be zero.
/// </summary>
public sealed class NestestAdapter : ISuiteAdapter
{
    private const string RomFile = "nestest.nes";
    private const string LogFile = "nestest.log";
    private static readonly Registers Start = new(PC: 0xC000, A: 0, X: 0, Y: 0, S: 0xFD, P: 0x24);
    private const long StartCycles = 7;
    private const int ContextLines = 6;

    public string SuiteId => "nestest";

    public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) => [new SuiteCase(SuiteId, "nestest", LogFile)];

    public CaseResult Run(SuiteCase testCase, CaseContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        var memory = new NestestMemory(Cartridge.Load(context.Data.PathOf(RomFile)).PrgRom);
        string[] log = File.ReadAllLines(context.Data.PathOf(LogFile));
        var cpu = new Cpu<NestestBus>(new NestestBus(memory), CpuVariant.Ricoh2A03) { Registers = Start, Cycles = StartCycles };
        Measurements Measured(int lines) => new(cpu.Cycles, lines, stopwatch.Elapsed);

        for (int line = 0; line < log.Length; line++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            string actual = NestestTrace.FormatLine(cpu.Registers, cpu.Cycles, memory.Read);
            if (actual != log[line])
            {
                var divergence = new Divergence($"{LogFile} line {line + 1}", log[line], actual, Context(log, line, actual, cpu, memory));
                return CaseResult.Fail(testCase.Key, $"line {line + 1} of {log.Length} differs: {NestestLine.Differences(log[line], actual).First()}",
                    Measured(line), divergence);
            }
            if (line + 1 < log.Length)
            {
                cpu.Step();
            }
            if (cpu.Cycles > context.Budget.Cycles)
            {
                return CaseResult.Error(testCase.Key, $"cycle budget of {context.Budget.Cycles:N0} exhausted at line {line + 1}", Measured(line + 1));
            }
        }

        byte documented = memory.Read(0x02), undocumented = memory.Read(0x03);
        if (documented != 0 || undocumented != 0)
        {
            return CaseResult.Fail(testCase.Key,
                $"all {log.Length} lines matched but the result bytes report failures: $02=${documented:X2} (documented opcodes), $03=${undocumented:X2} (undocumented); codes are listed in nestest.txt",
                Measured(log.Length));
        }
        return CaseResult.Pass(testCase.Key, $"{log.Length} of {log.Length} lines matched; $02=$00, $03=$00", Measured(log.Length));
    }

    private static string Context(string[] log, int line, string actual, Cpu<NestestBus> cpu, NestestMemory memory)
    {
        var text = new StringBuilder();
        foreach (string difference in NestestLine.Differences(log[line], actual))
        {
            text.AppendLine(difference);
        }
        text.AppendLine().AppendLine("log before the divergence:");
        for (int i = Math.Max(0, line - ContextLines); i < line; i++)
        {
            text.AppendLine($"  {i + 1,5} {log[i]}");
        }
        text.AppendLine($"- {line + 1,5} {log[line]}");
        text.AppendLine($"+ {line + 1,5} {actual}");
        text.AppendLine().AppendLine("code from the actual PC:");
        foreach (Instruction instruction in Disassembler.DecodeRange(cpu.PC, ContextLines, memory.Read))
        {
            text.AppendLine($"  {instruction.Address:X4}  {instruction.HexBytes,-8}  {instruction}");
        }
        return text.ToString();
    }
}
