using System.Diagnostics;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Mos6502;

namespace Hawk.Conformance.Mos6502;

/// <summary>
/// Klaus Dormann's functional and interrupt tests and Bruce Clark's decimal test, run on flat RAM with decimal
/// mode on, each judged by the protocol in its SUITE.yaml. The 65C02 test runs on the NMOS core too.
/// </summary>
public sealed class DormannAdapter : ISuiteAdapter
{
    public string SuiteId => "6502-functional";

    public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) =>
        [.. DormannProgram.All.Select(program => new SuiteCase(SuiteId, program.Id, program.Image))];

    public CaseResult Run(SuiteCase testCase, CaseContext context)
    {
        DormannProgram program = DormannProgram.All.Single(p => p.Id == testCase.CaseId);
        byte[] memory = Load(program, context.Data);
        return program.FeedbackPort >= 0
            ? Run(new Cpu<FeedbackBus>(new FeedbackBus(memory, (ushort)program.FeedbackPort), CpuVariant.Nmos6502), memory, program, testCase, context)
            : Run(new Cpu<RamBus>(new RamBus(memory), CpuVariant.Nmos6502), memory, program, testCase, context);
    }

    private static byte[] Load(DormannProgram program, SuiteData data)
    {
        string path = data.PathOf(program.Image);
        byte[] image = File.ReadAllBytes(path);
        if (image.Length == 0 || program.LoadAddress + image.Length > RamBus.Size)
        {
            throw new InvalidDataException($"{path}: {image.Length} bytes do not fit in 64 KiB at load address ${program.LoadAddress:X4}");
        }
        var memory = new byte[RamBus.Size];
        image.CopyTo(memory, program.LoadAddress);
        if (program.FeedbackPort >= 0)
        {
            // The image covers the port's address; the protocol starts with no interrupt requested.
            memory[program.FeedbackPort] = 0;
        }
        return memory;
    }

    private static CaseResult Run<TBus>(Cpu<TBus> cpu, byte[] memory, DormannProgram program, SuiteCase testCase, CaseContext context)
        where TBus : struct, ICpuBus
    {
        var stopwatch = Stopwatch.StartNew();
        cpu.PC = program.StartAddress;
        TrapOutcome outcome = TrapRunner.Run(cpu, program.StopAddress, program.FeedbackPort >= 0, context.Budget.Cycles, context.Cancellation);
        var measured = new Measurements(cpu.Cycles, cpu.Instructions, stopwatch.Elapsed);
        string listing = context.Data.PathOf(program.Listing);

        return outcome.Kind switch
        {
            TrapKind.Trapped when outcome.PC == program.SuccessTrap =>
                CaseResult.Pass(testCase.Key, $"reached the success trap at ${outcome.PC:X4}", measured),
            TrapKind.ReachedStop when memory[program.ErrorFlag] == 0 =>
                CaseResult.Pass(testCase.Key, $"reached ${outcome.PC:X4} with ERROR (${program.ErrorFlag:X4}) = 0", measured),
            TrapKind.ReachedStop =>
                CaseResult.Fail(testCase.Key, $"reached ${outcome.PC:X4} with ERROR (${program.ErrorFlag:X4}) = {memory[program.ErrorFlag]}", measured,
                    new Divergence($"${program.ErrorFlag:X4} (ERROR)", "0", memory[program.ErrorFlag].ToString(System.Globalization.CultureInfo.InvariantCulture),
                        $"registers: {cpu.Registers}")),
            TrapKind.Trapped =>
                CaseResult.Fail(testCase.Key,
                    $"trapped at ${outcome.PC:X4} (test case ${memory[DormannProgram.TestCaseAddress]:X2}), not at the success trap ${program.SuccessTrap:X4}",
                    measured,
                    new Divergence("trap address", $"${program.SuccessTrap:X4}", $"${outcome.PC:X4}",
                        $"registers: {cpu.Registers}\n{AssemblerListing.Around(listing, outcome.PC)}")),
            TrapKind.Jammed =>
                CaseResult.Fail(testCase.Key, $"the CPU jammed at ${outcome.PC:X4} (opcode ${memory[outcome.PC]:X2})", measured,
                    new Divergence("jam", "no JAM opcode executed", $"${outcome.PC:X4}", AssemblerListing.Around(listing, outcome.PC))),
            _ =>
                CaseResult.Error(testCase.Key, $"cycle budget of {context.Budget.Cycles:N0} exhausted at ${outcome.PC:X4} without reaching the end", measured),
        };
    }
}
