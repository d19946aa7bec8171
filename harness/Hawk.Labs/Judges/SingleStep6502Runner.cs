using Hawk.Conformance.Mos6502;
using Hawk.Harness.Results;
using Hawk.Harness.Suites;
using Hawk.Labs.Definition;
using Hawk.Labs.Probe;
using Hawk.Mos6502;
using Hawk.Mos6502.Disassembly;

namespace Hawk.Labs.Judges;

/// <summary>Judges SingleStepTests 6502 vectors: the probe steps each initial state; registers, RAM and bus cycles must match the final state.</summary>
internal sealed class SingleStep6502Runner : IPartJudge
{
    public Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation)
    {
        var judge = (SingleStep6502Judge)part.Judge;
        var data = LabSuites.Locate(context.Settings, judge.Suite);
        var groups = judge.Opcodes
            .Select(opcode => (Opcode: opcode, Vectors: Sample(SingleStepVector.Load(data.PathOf($"6502/v1/{opcode:x2}.json")), judge.Vectors)))
            .ToList();
        var requests = groups.SelectMany(group => group.Vectors).Select(ToRequest).ToList<ProbeRequest>();
        return Task.FromResult(new PreparedPart(requests, observations =>
        {
            var verdicts = new List<GroupVerdict>();
            int next = 0;
            foreach (var (opcode, vectors) in groups)
            {
                var name = Describe(opcode);
                var failure = vectors
                    .Select((vector, index) => (Vector: vector, Divergence: Compare(vector, observations[next + index])))
                    .FirstOrDefault(result => result.Divergence is not null);
                next += vectors.Count;
                verdicts.Add(failure.Divergence is null
                    ? new GroupVerdict(name, true, $"{vectors.Count} vectors matched (registers, RAM, bus cycles)")
                    : new GroupVerdict(name, false, $"vector '{failure.Vector.Name}' diverges: {failure.Divergence.Where}", failure.Divergence));
            }

            return verdicts;
        }));
    }

    private static List<SingleStepVector> Sample(IReadOnlyList<SingleStepVector> vectors, int count) =>
        count >= vectors.Count ? [.. vectors] : [.. Enumerable.Range(0, count).Select(i => vectors[(int)((long)i * vectors.Count / count)])];

    private static Step6502Request ToRequest(SingleStepVector vector)
    {
        var r = vector.Initial;
        return new Step6502Request(
            [r.PC, r.A, r.X, r.Y, r.S, r.P],
            [.. vector.InitialRam.Select(pair => new[] { pair.Address, (ushort)pair.Value })],
            [.. vector.FinalRam.Select(pair => pair.Address)]);
    }

    private static Divergence? Compare(SingleStepVector vector, ProbeObservation? observation)
    {
        if (PartJudges.Problem(observation) is { } problem)
        {
            return new Divergence("the instruction did not complete", vector.Final.ToString(), problem);
        }

        var o = observation!;
        if (o.Registers is not { Length: 6 } r || o.Ram is null || o.Ram.Length != vector.FinalRam.Count || o.Cycles is null)
        {
            return new Divergence("malformed observation", vector.Final.ToString(), "an observation without registers, RAM or cycles");
        }

        var actual = new Registers(r[0], (byte)r[1], (byte)r[2], (byte)r[3], (byte)r[4], (byte)r[5]);
        if (actual != vector.Final)
        {
            return new Divergence("registers after the instruction", vector.Final.ToString(), actual.ToString(), Initial(vector));
        }

        for (int i = 0; i < vector.FinalRam.Count; i++)
        {
            var (address, value) = vector.FinalRam[i];
            if (o.Ram[i] != value)
            {
                return new Divergence($"RAM ${address:X4} after the instruction", $"{value:X2}", $"{o.Ram[i]:X2}", Initial(vector));
            }
        }

        var expected = SingleStepErrata.ExpectedCycles(vector);
        var cycles = o.Cycles.Select(c => c.Length == 3 ? new BusCycle((ushort)c[0], (byte)c[1], c[2] != 0) : default).ToList();
        int common = Math.Min(expected.Count, cycles.Count);
        int bad = Enumerable.Range(0, common).FirstOrDefault(i => expected[i] != cycles[i], expected.Count == cycles.Count ? -1 : common);
        return bad < 0
            ? null
            : new Divergence($"bus cycle {bad + 1} ({expected.Count} expected, {cycles.Count} made)",
                bad < expected.Count ? expected[bad].ToString() : "(none)",
                bad < cycles.Count ? cycles[bad].ToString() : "(none)",
                Initial(vector) + "\nexpected: " + string.Join(" | ", expected) + "\nactual:   " + string.Join(" | ", cycles));
    }

    private static string Initial(SingleStepVector vector) =>
        $"initial {vector.Initial}; RAM {string.Join(' ', vector.InitialRam.Select(p => $"{p.Address:X4}={p.Value:X2}"))}";

    private static string Describe(byte opcode)
    {
        var info = OpcodeTable.Get(opcode);
        return $"{opcode:X2} {info.Mnemonic} {info.Mode}";
    }
}
