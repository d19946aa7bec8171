using System.Globalization;

namespace Hawk.Cli.Output;

internal static class Sizes
{
    public static string Describe(long bytes) => bytes switch
    {
        < 1_000 => $"{bytes} B",
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e3:0.#} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6:0.#} MB"),
    };
}
