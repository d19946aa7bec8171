namespace Hawk.Nes.Video;

/// <summary>
/// RGB for the PPU's 64 colours x 8 emphasis combinations, computed once by decoding the 2C02's composite signal:
/// each colour is a square wave between two voltage levels over 12 phases of the colour subcarrier, averaged into
/// YIQ and converted to RGB. Emphasis bits attenuate the phases belonging to red, green or blue.
/// </summary>
public static class NtscPalette
{
    private static readonly float[] LowLevels = [0.350f, 0.518f, 0.962f, 1.550f];
    private static readonly float[] HighLevels = [1.094f, 1.506f, 1.962f, 1.962f];
    private const float Black = 0.518f;
    private const float White = 1.962f;
    private const float Attenuation = 0.746f;

    /// <summary>0xAARRGGBB per (emphasis &lt;&lt; 6 | colour).</summary>
    public static IReadOnlyList<uint> Argb { get; } = Build();

    private static readonly uint[] Table = [.. Argb];

    public static void Convert(ReadOnlySpan<ushort> pixels, Span<uint> destination)
    {
        for (int i = 0; i < pixels.Length; i++)
        {
            destination[i] = Table[pixels[i] & 0x1FF];
        }
    }

    private static uint[] Build()
    {
        var table = new uint[512];
        for (int entry = 0; entry < 512; entry++)
        {
            int hue = entry & 0x0F;
            int level = hue >= 0x0E ? 1 : (entry >> 4) & 3;
            int emphasis = entry >> 6;
            float low = LowLevels[level];
            float high = HighLevels[level];
            if (hue == 0)
            {
                low = high;
            }
            else if (hue >= 0x0D)
            {
                high = low;
            }

            double y = 0, i = 0, q = 0;
            for (int phase = 0; phase < 12; phase++)
            {
                float signal = InPhase(hue, phase) ? high : low;
                bool attenuate = hue < 0x0E &&
                    (((emphasis & 1) != 0 && InPhase(0x0C, phase)) ||
                     ((emphasis & 2) != 0 && InPhase(0x04, phase)) ||
                     ((emphasis & 4) != 0 && InPhase(0x08, phase)));
                if (attenuate)
                {
                    signal *= Attenuation;
                }

                double v = (signal - Black) / (White - Black) / 12;
                double angle = Math.PI * (phase + 3) / 6;
                y += v;
                i += v * Math.Cos(angle);
                q += v * Math.Sin(angle);
            }

            table[entry] = 0xFF000000u
                | (ToByte(y + 0.946882 * i + 0.623557 * q) << 16)
                | (ToByte(y - 0.274788 * i - 0.635691 * q) << 8)
                | ToByte(y - 1.108545 * i + 1.709007 * q);
        }

        return table;
    }

    private static bool InPhase(int hue, int phase) => (hue + phase) % 12 < 6;

    private static uint ToByte(double value) => (uint)Math.Clamp(Math.Round(value * 255), 0, 255);
}
