using System.Text.Json;

namespace Hawk.Conformance.X86;

/// <summary>
/// The upstream metadata.json beside the vectors: per opcode (and per ModR/M reg field for groups) a "flags-mask"
/// of the flags that instruction defines. Flags outside the mask are undefined and not judged.
/// </summary>
internal static class UndefinedFlags
{
    public static ushort DefinedMask(string metadataPath, string caseId)
    {
        using var stream = File.OpenRead(metadataPath);
        using var document = JsonDocument.Parse(stream);
        string[] parts = caseId.Split('.');
        if (!document.RootElement.GetProperty("opcodes").TryGetProperty(parts[0], out var entry))
        {
            return 0xFFFF;
        }

        if (parts.Length > 1 && entry.TryGetProperty("reg", out var groups) && groups.TryGetProperty(parts[1], out var row))
        {
            entry = row;
        }

        return entry.TryGetProperty("flags-mask", out var mask) ? mask.GetUInt16() : (ushort)0xFFFF;
    }
}
