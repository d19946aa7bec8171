using System.Diagnostics;
using System.Globalization;
using System.Text;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Mos6502;
using Hawk.Mos6502.Disassembly;

namespace Hawk.Conformance.Mos6502;

/// <summary>
/// SingleStepTests NMOS 6502: one case per opcode file. Each vector runs one instruction from a given state on
/// flat RAM; registers, every listed RAM byte and the cycle-by-cycle bus activity must match.
/// </summary>
/// <param name="variant">The core to run; the vectors record an NMOS 6502, so another variant is a deliberately broken machine (used to test regression reporting).</param>
public sealed class SingleStepAdapter(CpuVariant variant) : ISuiteAdapter
{
    private const string VectorFolder = "6502/v1";

    public SingleStepAdapter()
        : this(CpuVariant.Nmos6502)
    {
    }

    public string SuiteId => "6502-singlestep";

    public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) =>
        [.. data.Manifest.Files
            .Where(file => file.Path.StartsWith(VectorFolder + "/", StringComparison.Ordinal) && file.Path.EndsWith(".json", StringComparison.Ordinal))
            .Select(file => new SuiteCase(SuiteId, Path.GetFileNameWithoutExtension(file.Path), file.Path))
            .OrderBy(testCase => testCase.CaseId, StringComparer.Ordinal)];

    public CaseResult Run(SuiteCase testCase, CaseContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<SingleStepVector> vectors = SingleStepVector.Load(context.Data.PathOf(testCase.Source));
        var recorder = new BusRecorder();
        long cycles = 0;
        for (int index = 0; index < vectors.Count; index++)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            SingleStepVector vector = vectors[index];
            Divergence? divergence = RunVector(vector, recorder, variant);
            cycles += recorder.Count;
            if (divergence is not null)
            {
                var failed = new Measurements(cycles, index + 1, stopwatch.Elapsed);
                return CaseResult.Fail(testCase.Key,
                    $"{Describe(testCase)}: vector {index + 1} of {vectors.Count} diverges ({divergence.Where})",
                    failed, divergence);
            }
        }
        byte opcode = byte.Parse(testCase.CaseId, NumberStyles.HexNumber);
        string erratum = SingleStepErrata.Applies(opcode) ? $"; {SingleStepErrata.NopFinalRead}" : "";
        return CaseResult.Pass(testCase.Key, $"{vectors.Count} vectors matched, bus cycles included{erratum}",
            new Measurements(cycles, vectors.Count, stopwatch.Elapsed));
    }

    private static Divergence? RunVector(SingleStepVector vector, BusRecorder recorder, CpuVariant variant)
    {
        byte[] memory = recorder.Memory;
        Array.Clear(memory);
        foreach ((ushort address, byte value) in vector.InitialRam)
        {
            memory[address] = value;
        }
        recorder.Clear();
        var cpu = new Cpu<RecordingBus>(new RecordingBus(recorder), variant) { Registers = vector.Initial };
        cpu.Step();

        var problems = new List<string>();
        if (cpu.Registers != vector.Final)
        {
            problems.Add($"registers: expected {vector.Final}, actual {cpu.Registers}");
        }
        foreach ((ushort address, byte value) in vector.FinalRam.Where(pair => memory[pair.Address] != pair.Value))
        {
            problems.Add($"RAM ${address:X4}: expected {value:X2}, actual {memory[address]:X2}");
        }
        IReadOnlyList<BusCycle> expectedCycles = SingleStepErrata.ExpectedCycles(vector);
        int firstBadCycle = FirstCycleMismatch(expectedCycles, recorder.Cycles, recorder.Count);
        if (firstBadCycle >= 0)
        {
            problems.Add($"bus cycle {firstBadCycle + 1}: expected {Describe(expectedCycles, firstBadCycle)}, actual {Describe(recorder.Cycles.ToArray(), firstBadCycle)}" +
                         $" ({expectedCycles.Count} cycles expected, {recorder.Count} made)");
        }
        if (problems.Count == 0)
        {
            return null;
        }
        return new Divergence($"vector '{vector.Name}'", vector.Final.ToString(), cpu.Registers.ToString(),
            Context(vector, expectedCycles, recorder, problems));
    }

    private static int FirstCycleMismatch(IReadOnlyList<BusCycle> expected, ReadOnlySpan<BusCycle> actual, int actualCount)
    {
        int common = Math.Min(expected.Count, actual.Length);
        for (int i = 0; i < common; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }
        return expected.Count == actualCount ? -1 : common;
    }

    private static string Describe(SuiteCase testCase)
    {
        OpcodeInfo info = OpcodeTable.Get(byte.Parse(testCase.CaseId, NumberStyles.HexNumber));
        return $"opcode {testCase.CaseId} ({(info.Undocumented ? "undocumented " : "")}{info.Mnemonic} {info.Mode})";
    }

    private static string Describe(IReadOnlyList<BusCycle> cycles, int index) =>
        index < cycles.Count ? cycles[index].ToString() : "(none)";

    private static string Context(SingleStepVector vector, IReadOnlyList<BusCycle> expectedCycles, BusRecorder recorder, List<string> problems)
    {
        var text = new StringBuilder();
        text.AppendLine($"initial: {vector.Initial}  ram: {string.Join(' ', vector.InitialRam.Select(p => $"{p.Address:X4}={p.Value:X2}"))}");
        foreach (string problem in problems)
        {
            text.AppendLine(problem);
        }
        text.AppendLine("cycle  expected            actual");
        BusCycle[] actual = recorder.Cycles.ToArray();
        for (int i = 0; i < Math.Max(expectedCycles.Count, actual.Length); i++)
        {
            string mark = Describe(expectedCycles, i) == Describe(actual, i) ? " " : "!";
            text.AppendLine($"{mark}{i + 1,5}  {Describe(expectedCycles, i),-18}  {Describe(actual, i)}");
        }
        return text.ToString();
    }
}
