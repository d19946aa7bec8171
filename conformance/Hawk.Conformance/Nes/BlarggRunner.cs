using System.Text;
using Hawk.Nes;

namespace Hawk.Conformance.Nes;

/// <summary>
/// Runs one blargg test ROM to its verdict under a frame budget, following the ROM's result protocol:
/// polling $6000 (and pressing RESET when the ROM asks for it), reading $F8/$F0 once the ROM parks in its final
/// <c>JMP *</c> loop, or reading the nametable text.
/// </summary>
public static class BlarggRunner
{
    private const int ResetDelayFrames = 8;

    /// <summary>ROMs that print only a CRC of their measurements; the CRCs real consoles produce (one per CPU/PPU
    /// alignment), from the suite's notes.</summary>
    private static readonly Dictionary<string, string[]> AcceptedCrcs = new(StringComparer.Ordinal)
    {
        ["dmc_dma_during_read4/dma_2007_read.nes"] = ["159A7A8F", "5E3DF9C4"],
        ["dmc_dma_during_read4/double_2007_read.nes"] = ["85CFD627", "F018C287", "440EF923", "E52F41A5"],
    };

    public static IReadOnlyList<string>? CrcsFor(string path) =>
        AcceptedCrcs.TryGetValue(path.Replace('\\', '/'), out var crcs) ? crcs : null;

    public static BlarggProtocol ProtocolFor(string path)
    {
        string folder = path.Replace('\\', '/').Split('/')[0];
        return folder switch
        {
            "blargg_apu_2005.07.30" or "blargg_ppu_tests_2005.09.15b" => BlarggProtocol.ZeroPageF0,
            "branch_timing_tests" or "sprite_hit_tests_2005.10.05" or "sprite_overflow_tests" or "vbl_nmi_timing" => BlarggProtocol.ZeroPageF8,
            "blargg_nes_cpu_test5" or "cpu_dummy_reads" or "cpu_timing_test6" or "dmc_dma_during_read4" => BlarggProtocol.Screen,
            _ => BlarggProtocol.Memory6000,
        };
    }

    /// <summary>Runs <paramref name="console"/> until the ROM reports, <paramref name="maxFrames"/> pass, or
    /// <paramref name="cancellation"/> fires. <paramref name="crcs"/> judges screen ROMs that print only a CRC.</summary>
    public static BlarggVerdict Run(NesConsole console, BlarggProtocol protocol, long maxFrames, CancellationToken cancellation,
        IReadOnlyList<string>? crcs = null)
    {
        long resetAt = -1;
        while (console.Frames < maxFrames && !cancellation.IsCancellationRequested)
        {
            console.RunFrame();
            BlarggVerdict? verdict = protocol switch
            {
                BlarggProtocol.Memory6000 => PollMemory6000(console, ref resetAt),
                BlarggProtocol.ZeroPageF8 => PollZeroPage(console, 0xF8),
                BlarggProtocol.ZeroPageF0 => PollZeroPage(console, 0xF0),
                _ when crcs is not null => PollCrc(console, crcs),
                _ => PollScreen(console),
            };
            if (verdict is not null)
            {
                return verdict;
            }
        }

        string text = protocol == BlarggProtocol.Memory6000 && HasSignature(console) ? Text6004(console) : ScreenText(console);
        return Unfinished(console, text);
    }

    private static BlarggVerdict? PollMemory6000(NesConsole console, ref long resetAt)
    {
        if (!HasSignature(console))
        {
            return null;
        }

        byte status = console.Peek(0x6000);
        if (status == 0x81)
        {
            if (resetAt < 0)
            {
                resetAt = console.Frames + ResetDelayFrames;
            }
            else if (console.Frames >= resetAt)
            {
                console.Reset();
                resetAt = -1;
            }

            return null;
        }

        if (status >= 0x80)
        {
            return null;
        }

        return Finished(console, status == 0, status, Text6004(console));
    }

    private static BlarggVerdict? PollZeroPage(NesConsole console, ushort address)
    {
        byte code = console.Peek(address);
        if (code == 0 || !ParkedInJumpToSelf(console))
        {
            return null;
        }

        return Finished(console, code == 1, code, ScreenText(console));
    }

    private static BlarggVerdict? PollScreen(NesConsole console)
    {
        string text = ScreenText(console);
        bool passed = text.Contains("PASSED", StringComparison.Ordinal) || text.Contains("Passed", StringComparison.Ordinal)
            || text.Contains("All tests complete", StringComparison.Ordinal);
        bool failed = text.Contains("FAIL", StringComparison.Ordinal) || text.Contains("Failed", StringComparison.Ordinal)
            || text.Contains("Error", StringComparison.Ordinal);
        if (!passed && !failed)
        {
            return null;
        }

        // Screen ROMs may print more after the keyword (checksums, error lists); let them settle for a few frames.
        Settle(console);

        text = ScreenText(console);
        failed = text.Contains("FAIL", StringComparison.Ordinal) || text.Contains("Failed", StringComparison.Ordinal)
            || text.Contains("Error", StringComparison.Ordinal);
        return Finished(console, !failed, failed ? 1 : 0, text);
    }

    private static BlarggVerdict? PollCrc(NesConsole console, IReadOnlyList<string> crcs)
    {
        string? crc = LastCrc(ScreenText(console));
        if (crc is null)
        {
            return null;
        }

        Settle(console);
        string text = ScreenText(console);
        crc = LastCrc(text);
        bool passed = crc is not null && crcs.Contains(crc);
        return Finished(console, passed, passed ? 0 : 1, passed ? text : $"{text}\n(CRC {crc}; a console prints one of {string.Join(", ", crcs)})");
    }

    private static string? LastCrc(string text) =>
        text.Split('\n').Select(line => line.Trim()).LastOrDefault(line => line.Length == 8 && line.All(Uri.IsHexDigit));

    private static void Settle(NesConsole console)
    {
        for (int i = 0; i < 30; i++)
        {
            console.RunFrame();
        }
    }

    private static bool HasSignature(NesConsole console) =>
        console.Peek(0x6001) == 0xDE && console.Peek(0x6002) == 0xB0 && console.Peek(0x6003) == 0x61;

    /// <summary>The 2005 ROMs end in <c>exit: jmp exit</c>.</summary>
    private static bool ParkedInJumpToSelf(NesConsole console)
    {
        ushort pc = console.PC;
        return console.Peek(pc) == 0x4C && console.Peek((ushort)(pc + 1)) == (pc & 0xFF) && console.Peek((ushort)(pc + 2)) == pc >> 8;
    }

    /// <summary>The zero-terminated log the ROM printed, from $6004.</summary>
    public static string Text6004(NesConsole console)
    {
        var text = new StringBuilder();
        for (ushort address = 0x6004; address < 0x8000; address++)
        {
            byte c = console.Peek(address);
            if (c == 0)
            {
                break;
            }

            text.Append(c is >= 0x20 and < 0x7F or (byte)'\n' ? (char)c : '?');
        }

        return text.ToString().Trim();
    }

    /// <summary>The first nametable read as ASCII (blargg's fonts put each character at its ASCII tile number).</summary>
    public static string ScreenText(NesConsole console)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        for (int row = 0; row < 30; row++)
        {
            line.Clear();
            for (int column = 0; column < 32; column++)
            {
                byte tile = console.Ppu.PeekNametable(0x2000 + row * 32 + column);
                line.Append(tile is >= 0x20 and < 0x7F ? (char)tile : ' ');
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return string.Join('\n', lines).Trim('\n', ' ');
    }

    private static BlarggVerdict Finished(NesConsole console, bool passed, int code, string text) =>
        new(true, passed, code, text, console.Frames, console.Cycles, console.Instructions);

    private static BlarggVerdict Unfinished(NesConsole console, string text) =>
        new(false, false, -1, text, console.Frames, console.Cycles, console.Instructions);
}
