using System.Text;
using Hawk.Harness.Reports;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Nes.Media;

namespace Hawk.Dashboard.Tests;

/// <summary>
/// Two consecutive runs over three machines written into one reports folder: the second breaks a 6502 case
/// (with a divergence and a trace artefact), fixes an x86 case and fails a NES ROM with a PNG frame and a serial log.
/// </summary>
internal sealed class FixtureRuns : IDisposable
{
    public static readonly SuiteCaseKey Regressed = new("6502-singlestep", "69");
    public static readonly SuiteCaseKey Fixed = new("x86-8086", "27");
    public static readonly SuiteCaseKey NesFailure = new("blargg", "ppu_vbl_nmi/02-vbl_set_time");

    public FixtureRuns()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("hawk-dashboard-");
        var started = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        for (var day = 0; day < 4; day++)
        {
            ReportSet.Write(MakeRun($"earlier-{day}", started.AddDays(day - 4), broken: false), Directory);
        }

        ReportSet.Write(MakeRun("run-broken", started, broken: true), Directory);
        Run = ReportJson.ReadRun(new FileInfo(Path.Combine(Directory.FullName, JsonReportWriter.FileName)));
    }

    public DirectoryInfo Directory { get; }

    /// <summary>The latest run as written to run.json: the figures the dashboard must show.</summary>
    public RunDocument Run { get; }

    public string IndexUrl => new Uri(Path.Combine(Directory.FullName, "index.html")).AbsoluteUri;

    private static RunReport MakeRun(string id, DateTimeOffset started, bool broken)
    {
        var results = new List<JudgedResult>();
        foreach (var opcode in new[] { "00", "29", "69", "A9", "E9", "EA" })
        {
            var key = new SuiteCaseKey("6502-singlestep", opcode);
            results.Add(broken && key == Regressed
                ? Judged(CaseResult.Fail(key, "opcode 69 (ADC Immediate): vector 3 of 500 diverges (vector '69 2f 9c')",
                    new Measurements(14, 3, TimeSpan.FromMilliseconds(4)),
                    new Divergence("vector '69 2f 9c'", "PC:0002 A:35 X:00 Y:00 S:FD P:E4", "PC:0002 A:2F X:00 Y:00 S:FD P:E5", "registers: expected A:35, actual A:2F\ncycle  expected  actual"),
                    [new Artefact("trace.txt", "text/plain", Encoding.UTF8.GetBytes("0000  69 2F     ADC #$2F   A:06 P:ED\n"))]))
                : Judged(CaseResult.Pass(key, "500 vectors matched, bus cycles included", new Measurements(1500, 500, TimeSpan.FromMilliseconds(12)))));
        }

        results.Add(Judged(CaseResult.Pass(new SuiteCaseKey("nestest", "nestest"), "8991 of 8991 lines matched", new Measurements(26554, 8991, TimeSpan.FromMilliseconds(80)))));
        results.Add(Judged(CaseResult.Fail(NesFailure, "ROM reported failure #3: VBL flag set too late\n\nserial output follows in serial.log",
            new Measurements(5_000_000, 1_600_000, TimeSpan.FromSeconds(2)), null,
            [new Artefact("frame.png", "image/png", Frame()), new Artefact("serial.log", "text/plain", Encoding.UTF8.GetBytes("02-vbl_set_time\n\nFailed #3\n"))])));
        results.Add(Judged(CaseResult.Pass(new SuiteCaseKey("blargg", "cpu_timing_test6/cpu_timing_test"), "Passed", new Measurements(9_000_000, 3_000_000, TimeSpan.FromSeconds(3)))));
        results.Add(Judged(CaseResult.Fail(new SuiteCaseKey("blargg", "apu_test/4-jitter"), "ROM reported failure #2", Measurements.None), "APU frame counter jitter not modelled"));
        results.Add(Judged(CaseResult.Pass(new SuiteCaseKey("x86-8086", "00"), "10000 vectors matched", new Measurements(null, 10000, TimeSpan.FromMilliseconds(30)))));
        results.Add(Judged(broken
            ? CaseResult.Pass(Fixed, "10000 vectors matched", new Measurements(null, 10000, TimeSpan.FromMilliseconds(30)))
            : CaseResult.Fail(Fixed, "vector 17 diverges: AF differs", new Measurements(null, 17, TimeSpan.FromMilliseconds(2)))));
        results.Add(Judged(CaseResult.Skip(new SuiteCaseKey("x86-80286", "suite-unavailable"), "suite data missing")));

        return new RunReport(id, started, started.AddSeconds(42), new HostInfo("ci-host", "Linux", 2, ".NET 10"), id == "run-broken" ? "feedc0de00000000" : "c0ffee0000000000",
            results, Summaries(results), []);
    }

    private static JudgedResult Judged(CaseResult result, string? knownFailure = null) => JudgedResult.Judge(result, knownFailure);

    private static List<SuiteSummary> Summaries(List<JudgedResult> results) =>
        [.. results.GroupBy(r => r.Result.SuiteId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new SuiteSummary(
            g.Key,
            g.Key switch { "blargg" => "nes", ['x', ..] => "x86", _ => "mos6502" },
            $"Suite {g.Key}",
            VerdictCounts.Of(g.Select(r => r.Verdict)),
            TimeSpan.FromTicks(g.Sum(r => r.Result.Measurements.Duration.Ticks)),
            "/data/" + g.Key))];

    /// <summary>A 64x48 frame: a dark background with a red bar, so the thumbnail shows something.</summary>
    private static byte[] Frame()
    {
        var pixels = new uint[64 * 48];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = i % 64 is > 8 and < 56 && i / 64 is > 20 and < 28 ? 0xFFE04040u : 0xFF202840u;
        }

        return PngWriter.Encode(pixels, 64, 48);
    }

    public void Dispose() => Directory.Delete(recursive: true);
}
