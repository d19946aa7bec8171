using System.Globalization;

namespace Hawk.Containers.Cli;

/// <summary>Signal names as kill(1) and runc accept them: KILL, SIGKILL or 9 (x86_64 numbering).</summary>
internal static class Signals
{
    private static readonly string[] Names =
    [
        "", "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM",
        "STKFLT", "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
    ];

    public static int Parse(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number is > 0 and < 65)
        {
            return number;
        }

        var name = text.StartsWith("SIG", StringComparison.OrdinalIgnoreCase) ? text[3..] : text;
        int index = Array.FindIndex(Names, n => n.Length > 0 && string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index > 0 ? index : throw new ArgumentException($"unknown signal \"{text}\"");
    }
}
