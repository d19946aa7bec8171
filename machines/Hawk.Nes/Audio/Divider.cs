namespace Hawk.Nes.Audio;

/// <summary>
/// A channel timer: counts down once per clock and, on the clock after reaching 0, reloads and emits a step (so
/// one step per reload + 1 clocks). Advanced many clocks at once, since only the steps matter.
/// </summary>
internal static class Divider
{
    /// <summary>Applies <paramref name="clocks"/> clocks to <paramref name="counter"/>; returns the steps emitted.</summary>
    public static int Advance(ref int counter, int reload, int clocks)
    {
        if (clocks <= counter)
        {
            counter -= clocks;
            return 0;
        }

        clocks -= counter + 1;
        int length = reload + 1;
        counter = reload - clocks % length;
        return 1 + clocks / length;
    }
}
