using System.Globalization;
using System.Text;
using Hawk.Harness.Results;
using Hawk.Labs.Definition;
using Hawk.Labs.Grading;
using Hawk.Labs.Probe;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Judges;

/// <summary>
/// Judges a ca65 routine by differential runs on HawkNESt: one generated harness calls the routine on every case's
/// inputs and stores its outputs; it is linked once with the student's file and once with the reference's, both
/// cartridges run on the NES, and each case passes when the outputs agree. Outputs start as $A5 so that a routine
/// that does nothing fails; a marker after each case's outputs shows that the routine returned.
/// </summary>
internal sealed class AsmRoutineRunner : IPartJudge
{
    private const int InputsAt = 0x10;
    private const int OutputsAt = 0x20;
    private const ushort ResultsStart = 0x0300;
    private const ushort DoneAddress = 0x0200;
    private const byte DoneValue = 0x5A;

    /// <summary>Stored after each case's outputs once the routine has returned: RAM left over can never pass as a result.</summary>
    private const byte CaseDone = 0xC3;

    private static readonly ResourceLimits AssemblerLimits = new(TimeSpan.FromSeconds(20), 256L * 1024 * 1024);

    public async Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation)
    {
        var judge = (AsmRoutineJudge)part.Judge;
        var random = new Random(context.Seed ^ part.Id.GetHashCode(StringComparison.Ordinal));
        var inputs = Enumerable.Range(0, judge.Cases).Select(index => index switch
        {
            0 => new byte[judge.InputBytes],
            1 => Enumerable.Repeat((byte)0xFF, judge.InputBytes).ToArray(),
            _ => RandomBytes(random, judge.InputBytes),
        }).ToList();

        var folder = context.Scratch.CreateSubdirectory(part.Id);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "harness.s"), Harness(judge, inputs), cancellation).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(folder.FullName, "nrom.cfg"), LinkerConfig, cancellation).ConfigureAwait(false);
        var harness = await Assemble(folder, Path.Combine(folder.FullName, "harness.s"), "harness.o", context, cancellation).ConfigureAwait(false);
        if (harness is not null)
        {
            throw new LabConfigurationException($"the generated test harness does not assemble: {harness}");
        }

        var referenceProblem = await Build(folder, Path.Combine(context.Sources.ReferenceRoot.FullName, judge.File), "reference", context, cancellation).ConfigureAwait(false);
        if (referenceProblem is not null)
        {
            throw new LabConfigurationException($"the reference solution of {judge.File} does not build: {referenceProblem}");
        }

        var studentProblem = await Build(folder, Path.Combine(context.Workspace.FullName, judge.File), "student", context, cancellation).ConfigureAwait(false);
        if (studentProblem is not null)
        {
            var failed = inputs.Select((_, index) => new GroupVerdict(CaseName(index, inputs[index]), false, studentProblem)).ToList();
            return new PreparedPart([], _ => failed, failed);
        }

        int resultBytes = judge.Cases * (judge.OutputBytes + 1);
        ProbeRequest Run(string name, bool record) => new NesRunRequest(File.ReadAllBytes(Path.Combine(folder.FullName, name + ".nes")), judge.Frames, DoneAddress, DoneValue, ResultsStart, resultBytes, record);
        var lines = AssemblyCoverage.LineAddresses(await File.ReadAllTextAsync(Path.Combine(folder.FullName, "student.dbg"), cancellation).ConfigureAwait(false), "student.s");
        return new PreparedPart(
            [Run("student", record: true), Run("reference", record: false)],
            observations => Judge(judge, inputs, observations[0], observations[1]),
            Coverage: observations => Covered(judge.File, lines, observations[0]));
    }

    /// <summary>The student's lines that emitted bytes, each hit when an instruction at its address ran.</summary>
    private static List<LineCoverage> Covered(string file, IReadOnlyDictionary<int, int> lines, ProbeObservation? student)
    {
        var executed = (student?.Executed ?? []).Select(address => (int)address).ToHashSet();
        return [.. lines.Select(pair => new LineCoverage(file, pair.Key, executed.Contains(pair.Value) ? 1 : 0))];
    }

    private static List<GroupVerdict> Judge(AsmRoutineJudge judge, List<byte[]> inputs, ProbeObservation? student, ProbeObservation? reference)
    {
        if (PartJudges.Problem(reference) is { } referenceProblem || reference!.Frames >= judge.Frames)
        {
            throw new LabConfigurationException($"the reference solution of {judge.File} did not finish: {PartJudges.Problem(reference) ?? "out of frames"}");
        }

        var problem = PartJudges.Problem(student);
        var verdicts = new List<GroupVerdict>();
        for (int index = 0; index < inputs.Count; index++)
        {
            var name = CaseName(index, inputs[index]);
            int record = index * (judge.OutputBytes + 1);
            var expected = Convert.ToHexString(reference.Ram!, record, judge.OutputBytes);
            var actual = student?.Ram is { } ram && ram.Length == reference.Ram!.Length ? Convert.ToHexString(ram, record, judge.OutputBytes) : null;
            var finished = student?.Ram?[record + judge.OutputBytes] == CaseDone;
            verdicts.Add(problem is not null ? new GroupVerdict(name, false, problem)
                : actual == expected && finished ? new GroupVerdict(name, true, "outputs match")
                : new GroupVerdict(name, false, finished ? "outputs differ" : $"the routine did not return for this case within {judge.Frames} frames (a loop that never ends, or a broken stack?)",
                    new Divergence($"{judge.Routine} with inputs {Convert.ToHexString(inputs[index])} (zero page ${InputsAt:X2}..)", expected, actual ?? "(none)",
                        $"outputs are {judge.OutputBytes} byte(s) from zero page ${OutputsAt:X2}, lowest address first; $A5 means never written")));
        }

        return verdicts;
    }

    private static string CaseName(int index, byte[] input) => $"case {index + 1}: inputs {Convert.ToHexString(input)}";

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Assembles <paramref name="source"/> and links it with the harness into NAME.nes; null on success, else the tools' messages.</summary>
    private static async Task<string?> Build(DirectoryInfo folder, string source, string name, JudgeContext context, CancellationToken cancellation)
    {
        if (!File.Exists(source))
        {
            return $"{Path.GetFileName(source)} is missing from the submission";
        }

        // The sandbox hides the repository (the reference lives there): assemble a copy in the run folder.
        var copy = Path.Combine(folder.FullName, name + ".s");
        File.Copy(source, copy, overwrite: true);
        return await Assemble(folder, copy, name + ".o", context, cancellation).ConfigureAwait(false)
            ?? await Tool("ld65", ["-C", "nrom.cfg", "-o", name + ".nes", "--dbgfile", name + ".dbg", "harness.o", name + ".o"], folder, context, cancellation).ConfigureAwait(false);
    }

    /// <summary>With debug information (-g): ld65's debug file then maps source lines to addresses for coverage.</summary>
    private static Task<string?> Assemble(DirectoryInfo folder, string source, string output, JudgeContext context, CancellationToken cancellation) =>
        Tool("ca65", ["-g", "-o", output, source], folder, context, cancellation);

    private static async Task<string?> Tool(string program, string[] arguments, DirectoryInfo folder, JudgeContext context, CancellationToken cancellation)
    {
        if (ExecutablePath.Find(program) is null)
        {
            throw new LabConfigurationException($"{program} is not installed; install cc65 (apt-get install cc65)");
        }

        var outcome = await Sandbox.RunAsync(new SandboxRequest(program, arguments, folder, context.Hidden, AssemblerLimits), cancellation).ConfigureAwait(false);
        return outcome.Succeeded ? null
            : outcome.TimedOut ? $"{program} did not finish within {AssemblerLimits.Time.TotalSeconds:F0} s"
            : $"{program} failed: {(outcome.StandardError + outcome.StandardOutput).Trim()}";
    }

    private static string Harness(AsmRoutineJudge judge, List<byte[]> inputs)
    {
        var text = new StringBuilder();
        string Hex(int value) => value.ToString("X2", CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.InvariantCulture, $"""
            ; Generated by hawk lab grade: calls {judge.Routine} on {inputs.Count} cases and stores the outputs at ${ResultsStart:X4}.
            .import {judge.Routine}
            .segment "HEADER"
                .byte "NES", $1A, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
            .segment "CODE"
            src = $F0
            dst = $F2
            count = $F4
            reset:
                sei
                cld
                ldx #$FF
                txs
                lda #0
                sta ${DoneAddress:X4}
                lda #<table
                sta src
                lda #>table
                sta src+1
                lda #<${ResultsStart:X4}
                sta dst
                lda #>${ResultsStart:X4}
                sta dst+1
                lda #{inputs.Count}
                sta count
            next_case:
                ldy #0
            copy_in:
                lda (src),y
                sta ${InputsAt:X4},y
                iny
                cpy #{judge.InputBytes}
                bne copy_in
                ldy #0
                lda #$A5
            clear_out:
                sta ${OutputsAt:X4},y
                iny
                cpy #{judge.OutputBytes}
                bne clear_out
                jsr {judge.Routine}
                ldy #0
            copy_out:
                lda ${OutputsAt:X4},y
                sta (dst),y
                iny
                cpy #{judge.OutputBytes}
                bne copy_out
                lda #${CaseDone:X2}
                sta (dst),y
                clc
                lda src
                adc #{judge.InputBytes}
                sta src
                bcc :+
                inc src+1
            :   clc
                lda dst
                adc #{judge.OutputBytes + 1}
                sta dst
                bcc :+
                inc dst+1
            :   dec count
                bne next_case
                lda #${DoneValue:X2}
                sta ${DoneAddress:X4}
            done:
                jmp done
            interrupt:
                rti
            table:
            """);
        foreach (var input in inputs)
        {
            text.AppendLine("    .byte " + string.Join(", ", input.Select(b => "$" + Hex(b))));
        }

        text.AppendLine("""
            .segment "VECTORS"
                .word interrupt, reset, interrupt
            """);
        return text.ToString();
    }

    private const string LinkerConfig = """
        # NROM-256: 32 KiB PRG at $8000, 8 KiB CHR; generated by hawk lab grade.
        MEMORY {
            ZP:     start = $00,   size = $100,  type = rw;
            RAM:    start = $0400, size = $0400, type = rw;
            HEADER: start = $0,    size = $10,   file = %O, fill = yes;
            PRG:    start = $8000, size = $8000, file = %O, fill = yes, fillval = $FF;
            CHR:    start = $0,    size = $2000, file = %O, fill = yes;
        }
        SEGMENTS {
            HEADER:   load = HEADER, type = ro;
            CODE:     load = PRG,    type = ro;
            RODATA:   load = PRG,    type = ro, optional = yes;
            VECTORS:  load = PRG,    type = ro, start = $FFFA;
            CHARS:    load = CHR,    type = ro, optional = yes;
            ZEROPAGE: load = ZP,     type = zp, optional = yes;
            BSS:      load = RAM,    type = bss, optional = yes;
        }
        """;
}
