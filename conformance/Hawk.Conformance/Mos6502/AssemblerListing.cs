namespace Hawk.Conformance.Mos6502;

/// <summary>Finds the source lines of an as65 listing (".lst") around an address, to name a failing check.</summary>
public static class AssemblerListing
{
    /// <summary>The listing line assembled at <paramref name="address"/> and up to <paramref name="before"/> lines before it.</summary>
    public static string Around(string listingPath, ushort address, int before = 8)
    {
        if (!File.Exists(listingPath))
        {
            return $"(no listing at {listingPath})";
        }
        string[] lines = File.ReadAllLines(listingPath);
        string prefix = $"{address:x4} : ";
        int index = Array.FindIndex(lines, line => line.StartsWith(prefix, StringComparison.Ordinal));
        if (index < 0)
        {
            return $"(address ${address:X4} not found in {Path.GetFileName(listingPath)})";
        }
        int first = Math.Max(0, index - before);
        return string.Join('\n', lines[first..(index + 1)].Select((line, i) => $"{Path.GetFileName(listingPath)}:{first + i + 1}: {line}"));
    }
}
