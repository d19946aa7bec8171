using System.Diagnostics;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Nes;
using Hawk.Nes.Cartridges;
using Hawk.Nes.Media;
using Hawk.Nes.Video;

namespace Hawk.Conformance.Nes;

/// <summary>
/// blargg's NES test ROMs on HawkNESt: one case per ROM, run from power on and judged by the ROM's own protocol
/// (status at $6000, result byte at $F8/$F0, or screen text). A failure carries the ROM's own text and the final
/// frame as a PNG.
/// </summary>
public sealed class BlarggAdapter : ISuiteAdapter
{
    private const long CyclesPerFrame = 29_781;

    public string SuiteId => "blargg";

    public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) =>
        data.Manifest.Files
            .Where(file => file.Path.EndsWith(".nes", StringComparison.OrdinalIgnoreCase))
            .Select(file => new SuiteCase(SuiteId, file.Path[..^4], file.Path))
            .ToList();

    public CaseResult Run(SuiteCase testCase, CaseContext context)
    {
        var stopwatch = Stopwatch.StartNew();
        NesConsole console;
        try
        {
            console = new NesConsole(Cartridge.Load(context.Data.PathOf(testCase.Source)));
        }
        catch (RomFormatException e)
        {
            return CaseResult.Error(testCase.Key, e.Message);
        }

        long maxFrames = Math.Max(1, context.Budget.Cycles / CyclesPerFrame);
        var verdict = BlarggRunner.Run(console, BlarggRunner.ProtocolFor(testCase.Source), maxFrames, context.Cancellation,
            BlarggRunner.CrcsFor(testCase.Source));
        var measurements = new Measurements(verdict.Cycles, verdict.Instructions, stopwatch.Elapsed);
        string said = verdict.Text.Length == 0 ? "(the ROM printed nothing)" : verdict.Text;

        if (!verdict.Finished)
        {
            string why = context.Cancellation.IsCancellationRequested
                ? $"wall-time budget of {context.Budget.WallTime} ran out"
                : $"no result within {maxFrames} frames (cycle budget {context.Budget.Cycles:N0})";
            return new CaseResult(testCase.SuiteId, testCase.CaseId, Outcome.Errored, $"{why} after {verdict.Frames} frames; the ROM says:\n{said}",
                null, measurements, [FrameArtefact(console)]);
        }

        if (verdict.Passed)
        {
            return CaseResult.Pass(testCase.Key, $"passed after {verdict.Frames} frames", measurements);
        }

        return CaseResult.Fail(testCase.Key, $"result code {verdict.Code} after {verdict.Frames} frames; the ROM says:\n{said}", measurements,
            new Divergence(ResultLocation(testCase.Source), Expected(testCase.Source), verdict.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), said),
            [FrameArtefact(console)]);
    }

    private static string ResultLocation(string source) => BlarggRunner.ProtocolFor(source) switch
    {
        BlarggProtocol.Memory6000 => "$6000 status byte",
        BlarggProtocol.ZeroPageF8 => "$F8 result byte",
        BlarggProtocol.ZeroPageF0 => "$F0 result byte",
        _ => "screen text",
    };

    private static string Expected(string source) => BlarggRunner.ProtocolFor(source) switch
    {
        BlarggProtocol.Memory6000 => "0",
        BlarggProtocol.ZeroPageF8 or BlarggProtocol.ZeroPageF0 => "1",
        _ => "0 (Passed, or a CRC a console prints)",
    };

    private static Artefact FrameArtefact(NesConsole console)
    {
        var pixels = new uint[Ppu.Width * Ppu.Height];
        console.RenderArgb(pixels);
        return new Artefact("final-frame.png", "image/png", PngWriter.Encode(pixels, Ppu.Width, Ppu.Height));
    }
}
