using Hawk.Harness.Results;
using Hawk.Labs.Definition;
using Hawk.Labs.Probe;

namespace Hawk.Labs.Judges;

/// <summary>
/// Judges a mapper's PRG banking with a cartridge only the grader knows: random 16 KiB banks and, in the bank fixed at
/// $C000, a program that selects banks in a random order and copies bytes at random offsets of $8000-$BFFF to RAM.
/// Each selection is a group; it passes when the copied bytes are those of the selected bank.
/// </summary>
internal sealed class MapperBanking : IPartJudge
{
    public static readonly int[] Supported = [1, 2];

    private const ushort ResultsStart = 0x0300;
    private const ushort DoneAddress = 0x0200;
    private const byte DoneValue = 0x5A;
    private const int BankSize = 0x4000;

    public static bool Supports(int mapper) => Supported.Contains(mapper);

    public Task<PreparedPart> PrepareAsync(GradedPart part, JudgeContext context, CancellationToken cancellation)
    {
        var judge = (MapperBankingJudge)part.Judge;
        var random = new Random(context.Seed ^ part.Id.GetHashCode(StringComparison.Ordinal));
        int banks = Math.Clamp((int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)judge.PrgBanks), 2, 16);
        int samples = Math.Clamp(judge.Samples, 1, 32);
        var selections = Enumerable.Range(0, banks - 1).Concat(Enumerable.Range(0, banks - 1).Select(_ => random.Next(banks - 1))).ToList();
        var offsets = selections.Select(_ => Enumerable.Range(0, samples).Select(_ => random.Next(BankSize)).ToArray()).ToList();
        while (selections.Count * samples > 0x400)
        {
            selections.RemoveAt(selections.Count - 1);
        }

        var prg = new byte[banks * BankSize];
        random.NextBytes(prg);
        int fixedBank = (banks - 1) * BankSize;
        var program = Program(judge.Mapper, selections, offsets, prg, fixedBank);
        program.CopyTo(prg, fixedBank);
        WriteVectors(prg, rti: (ushort)(0xC000 + program.Length - 1));
        var rom = new byte[16 + prg.Length];
        byte[] header = [(byte)'N', (byte)'E', (byte)'S', 0x1A, (byte)banks, 0, (byte)((judge.Mapper & 0x0F) << 4), (byte)(judge.Mapper & 0xF0)];
        header.CopyTo(rom, 0);
        prg.CopyTo(rom, 16);
        var request = new NesRunRequest(rom, 5, DoneAddress, DoneValue, ResultsStart, selections.Count * samples);
        return Task.FromResult(new PreparedPart([request], observations => Judge(observations[0], selections, offsets, prg, samples)));
    }

    private static List<GroupVerdict> Judge(ProbeObservation? observation, List<int> selections, List<int[]> offsets, byte[] prg, int samples)
    {
        var problem = PartJudges.Problem(observation) ?? (observation!.Ram?.Length != selections.Count * samples ? "the run reported no RAM" : null);
        var verdicts = new List<GroupVerdict>();
        for (int s = 0; s < selections.Count; s++)
        {
            var name = $"selection {s + 1}: bank {selections[s]} at $8000";
            if (problem is not null)
            {
                verdicts.Add(new GroupVerdict(name, false, problem));
                continue;
            }

            var expected = offsets[s].Select(offset => prg[(selections[s] * BankSize) + offset]).ToArray();
            var actual = observation!.Ram!.AsSpan(s * samples, samples).ToArray();
            int bad = Enumerable.Range(0, samples).FirstOrDefault(i => expected[i] != actual[i], -1);
            verdicts.Add(bad < 0
                ? new GroupVerdict(name, true, $"{samples} bytes read from bank {selections[s]}")
                : new GroupVerdict(name, false, $"read of ${0x8000 + offsets[s][bad]:X4} after selecting bank {selections[s]}",
                    new Divergence($"${0x8000 + offsets[s][bad]:X4} after selecting PRG bank {selections[s]}", $"{expected[bad]:X2}", $"{actual[bad]:X2}",
                        $"bytes at {string.Join(' ', offsets[s].Select(o => $"${0x8000 + o:X4}"))}\nexpected {Convert.ToHexString(expected)}\nactual   {Convert.ToHexString(actual)}")));
        }

        return verdicts;
    }

    /// <summary>The 6502 program, assembled here: reset, then per selection the mapper writes and the copies, then the done flag.</summary>
    private static byte[] Program(int mapper, List<int> selections, List<int[]> offsets, byte[] prg, int fixedBank)
    {
        var code = new List<byte> { 0x78, 0xD8, 0xA2, 0xFF, 0x9A }; // SEI CLD LDX #$FF TXS
        if (mapper == 1)
        {
            code.AddRange([0xA9, 0x80, 0x8D, 0x00, 0x80]); // LDA #$80 STA $8000: reset the shift register, PRG mode 3
        }

        // UxROM boards AND the written value with the ROM byte at the address (bus conflict): write where ROM holds the value.
        const int conflictTable = 0x3F00;
        for (int bank = 0; bank < 16; bank++)
        {
            prg[fixedBank + conflictTable + bank] = (byte)bank;
        }

        for (int s = 0; s < selections.Count; s++)
        {
            byte bank = (byte)selections[s];
            if (mapper == 1)
            {
                code.AddRange([0xA9, bank]); // LDA #bank, then five serial writes to $E000, LSB first
                for (int bit = 0; bit < 5; bit++)
                {
                    code.AddRange([0x8D, 0x00, 0xE0]);
                    if (bit < 4)
                    {
                        code.Add(0x4A); // LSR A
                    }
                }
            }
            else
            {
                ushort target = (ushort)(0xC000 + conflictTable + bank);
                code.AddRange([0xA9, bank, 0x8D, (byte)target, (byte)(target >> 8)]);
            }

            for (int k = 0; k < offsets[s].Length; k++)
            {
                ushort source = (ushort)(0x8000 + offsets[s][k]);
                ushort destination = (ushort)(ResultsStart + (s * offsets[s].Length) + k);
                code.AddRange([0xAD, (byte)source, (byte)(source >> 8), 0x8D, (byte)destination, (byte)(destination >> 8)]);
            }
        }

        code.AddRange([0xA9, DoneValue, 0x8D, DoneAddress & 0xFF, DoneAddress >> 8]);
        ushort loop = (ushort)(0xC000 + code.Count);
        code.AddRange([0x4C, (byte)loop, (byte)(loop >> 8), 0x40]); // JMP loop; RTI for NMI/IRQ
        return [.. code];
    }

    /// <summary>NMI and IRQ point at the program's RTI, RESET at its start ($C000).</summary>
    private static void WriteVectors(byte[] prg, ushort rti)
    {
        byte[] vectors = [(byte)rti, (byte)(rti >> 8), 0x00, 0xC0, (byte)rti, (byte)(rti >> 8)];
        vectors.CopyTo(prg, prg.Length - vectors.Length);
    }
}
