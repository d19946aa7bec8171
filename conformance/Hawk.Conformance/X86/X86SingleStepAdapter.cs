using System.Diagnostics;
using Hawk.Harness.Results;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.X86;

namespace Hawk.Conformance.X86;

/// <summary>
/// SingleStepTests x86 vectors (8086 v1, 80286 real mode v1): one case per opcode file, which passes when every
/// vector in it leaves the registers (flags under the upstream undefined-flag mask) and listed RAM as recorded.
/// </summary>
public sealed class X86SingleStepAdapter : ISuiteAdapter
{
    private readonly X86Model _model;
    private readonly string _folder;
    private readonly string _extension;

    private X86SingleStepAdapter(string suiteId, X86Model model, string folder, string extension)
    {
        SuiteId = suiteId;
        _model = model;
        _folder = folder;
        _extension = extension;
    }

    public static X86SingleStepAdapter I8086 { get; } = new("x86-8086", X86Model.I8086, "8086/v1/", ".json.gz");

    public static X86SingleStepAdapter I80286 { get; } = new("x86-80286", X86Model.I80286, "80286/v1_real_mode/", ".MOO.gz");

    public string SuiteId { get; }

    public IReadOnlyList<SuiteCase> EnumerateCases(SuiteData data) =>
        [.. data.Manifest.Files
            .Where(f => f.Path.StartsWith(_folder, StringComparison.Ordinal) && f.Path.EndsWith(_extension, StringComparison.Ordinal))
            .Select(f => new SuiteCase(SuiteId, f.Path[_folder.Length..^_extension.Length], f.Path))
            .OrderBy(c => c.CaseId, StringComparer.Ordinal)];

    public CaseResult Run(SuiteCase testCase, CaseContext context)
    {
        var key = testCase.Key;
        var clock = Stopwatch.StartNew();
        IReadOnlyList<X86Vector> vectors;
        ushort definedFlags;
        try
        {
            string path = context.Data.PathOf(testCase.Source);
            vectors = _model == X86Model.I8086 ? SingleStep8086Reader.Read(path) : MooReader.Read(path);
            definedFlags = UndefinedFlags.DefinedMask(context.Data.PathOf(_folder + "metadata.json"), testCase.CaseId);
        }
        catch (Exception e) when (e is IOException or X86VectorFormatException or System.Text.Json.JsonException or InvalidDataException)
        {
            return CaseResult.Error(key, e.Message);
        }

        uint addressLimit = _model == X86Model.I8086 ? 1u << 20 : 1u << 24;
        int outOfRange = vectors.ToList().FindIndex(v => v.Initial.Ram.Concat(v.Final.Ram).Any(entry => entry.Address >= addressLimit));
        if (outOfRange >= 0)
        {
            return CaseResult.Error(key, $"{testCase.Source}: vector {outOfRange} lists a RAM address beyond the {_model} address space (0x{addressLimit:X})");
        }

        var runner = new X86VectorRunner(_model);
        for (int i = 0; i < vectors.Count; i++)
        {
            if (context.Cancellation.IsCancellationRequested || i >= context.Budget.Cycles)
            {
                return CaseResult.Error(key, $"budget exhausted after {i} of {vectors.Count} vectors", Measure(i, clock));
            }

            var divergence = runner.Run(vectors[i], i, definedFlags);
            if (divergence is not null)
            {
                return CaseResult.Fail(key, $"vector {i} of {vectors.Count} diverges: {divergence.Where}", Measure(i + 1, clock), divergence);
            }
        }

        return CaseResult.Pass(key, $"{vectors.Count} vectors match", Measure(vectors.Count, clock));
    }

    private static Measurements Measure(long instructions, Stopwatch clock) => new(null, instructions, clock.Elapsed);
}
