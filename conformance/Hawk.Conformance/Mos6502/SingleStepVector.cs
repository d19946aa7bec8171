using System.Text.Json;
using Hawk.Mos6502;

namespace Hawk.Conformance.Mos6502;

/// <summary>One SingleStepTests case: a state before, the state after one instruction, and the bus cycles between.</summary>
public sealed record SingleStepVector(
    string Name,
    Registers Initial,
    IReadOnlyList<(ushort Address, byte Value)> InitialRam,
    Registers Final,
    IReadOnlyList<(ushort Address, byte Value)> FinalRam,
    IReadOnlyList<BusCycle> Cycles)
{
    /// <summary>Reads an opcode file: a JSON array of tests. Errors name the file and the test index.</summary>
    public static IReadOnlyList<SingleStepVector> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using JsonDocument document = JsonDocument.Parse(stream);
        var vectors = new List<SingleStepVector>(document.RootElement.GetArrayLength());
        int index = 0;
        foreach (JsonElement test in document.RootElement.EnumerateArray())
        {
            try
            {
                vectors.Add(Parse(test));
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}: test #{index}: {e.Message}", e);
            }
            index++;
        }
        return vectors;
    }

    private static SingleStepVector Parse(JsonElement test)
    {
        JsonElement initial = test.GetProperty("initial");
        JsonElement final = test.GetProperty("final");
        var cycles = new List<BusCycle>();
        foreach (JsonElement cycle in test.GetProperty("cycles").EnumerateArray())
        {
            cycles.Add(new BusCycle(cycle[0].GetUInt16(), cycle[1].GetByte(), cycle[2].GetString() == "write"));
        }
        return new SingleStepVector(test.GetProperty("name").GetString() ?? "", ParseRegisters(initial), ParseRam(initial),
            ParseRegisters(final), ParseRam(final), cycles);
    }

    private static Registers ParseRegisters(JsonElement state) => new(
        state.GetProperty("pc").GetUInt16(),
        state.GetProperty("a").GetByte(),
        state.GetProperty("x").GetByte(),
        state.GetProperty("y").GetByte(),
        state.GetProperty("s").GetByte(),
        state.GetProperty("p").GetByte());

    private static List<(ushort, byte)> ParseRam(JsonElement state) =>
        [.. state.GetProperty("ram").EnumerateArray().Select(pair => (pair[0].GetUInt16(), pair[1].GetByte()))];
}
