using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Hawk.Benchmarks.Mos6502;

namespace Hawk.Benchmarks;

/// <summary>Adds the emulated clock rate (cycles per second of wall time) to the summary.</summary>
public sealed class EmulatedSpeedConfig : ManualConfig
{
    public EmulatedSpeedConfig() => AddColumn(new EmulatedMHzColumn());

    private sealed class EmulatedMHzColumn : IColumn
    {
        public string Id => nameof(EmulatedMHzColumn);
        public string ColumnName => "EmulatedMHz";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Emulated 6502 cycles per microsecond of wall time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return nanoseconds is > 0 ? $"{DormannFunctionalBenchmark.CyclesToSuccess / (nanoseconds.Value / 1000.0):F1}" : "-";
        }

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
