using System.Globalization;

namespace Hawk.Hypervisor;

/// <summary>Parses memory sizes as VMMs spell them: 256M, 1G, 65536K, or plain bytes.</summary>
public static class MemorySize
{
    /// <exception cref="FormatException">Not a size, or one that overflows.</exception>
    public static ulong Parse(string text)
    {
        string trimmed = text.Trim();
        int shift = trimmed.Length == 0 ? 0 : char.ToUpperInvariant(trimmed[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, 'T' => 40, _ => 0 };
        string digits = shift == 0 ? trimmed : trimmed[..^1];
        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) || value > (ulong.MaxValue >> shift))
        {
            throw new FormatException($"\"{text}\" is not a memory size (examples: 256M, 1G, 65536K, 1048576)");
        }

        return value << shift;
    }
}
