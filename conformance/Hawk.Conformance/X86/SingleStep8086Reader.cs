using System.IO.Compression;
using System.Text.Json;
using Hawk.X86;

namespace Hawk.Conformance.X86;

/// <summary>Reads an 8086 v1 opcode file: gzipped JSON, an array of tests with name, bytes, initial and final
/// {regs, ram}. Queue and cycle records are not judged and are skipped.</summary>
internal static class SingleStep8086Reader
{
    private static readonly Dictionary<string, X86Register> RegisterNames = new(StringComparer.Ordinal)
    {
        ["ax"] = X86Register.AX, ["bx"] = X86Register.BX, ["cx"] = X86Register.CX, ["dx"] = X86Register.DX,
        ["sp"] = X86Register.SP, ["bp"] = X86Register.BP, ["si"] = X86Register.SI, ["di"] = X86Register.DI,
        ["es"] = X86Register.ES, ["cs"] = X86Register.CS, ["ss"] = X86Register.SS, ["ds"] = X86Register.DS,
        ["ip"] = X86Register.IP, ["flags"] = X86Register.Flags,
    };

    public static IReadOnlyList<X86Vector> Read(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var document = JsonDocument.Parse(gzip);
        var vectors = new List<X86Vector>();
        int index = 0;
        foreach (var test in document.RootElement.EnumerateArray())
        {
            try
            {
                vectors.Add(new X86Vector(
                    test.GetProperty("name").GetString() ?? "",
                    [.. test.GetProperty("bytes").EnumerateArray().Select(b => b.GetByte())],
                    ReadState(test.GetProperty("initial")),
                    ReadState(test.GetProperty("final"))));
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException or IndexOutOfRangeException)
            {
                throw new X86VectorFormatException(path, index, $"test {index} with name, bytes, initial and final ({e.Message})");
            }

            index++;
        }

        return vectors;
    }

    private static X86VectorState ReadState(JsonElement state)
    {
        var registers = new ushort?[X86VectorState.RegisterCount];
        foreach (var register in state.GetProperty("regs").EnumerateObject())
        {
            if (!RegisterNames.TryGetValue(register.Name, out var index))
            {
                throw new FormatException($"unknown register '{register.Name}'");
            }

            registers[(int)index] = register.Value.GetUInt16();
        }

        var ram = state.GetProperty("ram").EnumerateArray()
            .Select(pair => (pair[0].GetUInt32(), pair[1].GetByte()))
            .ToList();
        return new X86VectorState(registers, ram);
    }
}
