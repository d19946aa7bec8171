using Hawk.Conformance.Mos6502;
using Hawk.Conformance.X86;
using Hawk.Conformance.Nes;
using Hawk.Harness.Running;

namespace Hawk.Conformance;

/// <summary>Every suite adapter Hawk ships, for the `hawk` command. NUnit projects construct adapters directly.</summary>
public static class AdapterCatalog
{
    public static IReadOnlyList<ISuiteAdapter> All { get; } =
    [
        new NestestAdapter(),
        new DormannAdapter(),
        new SingleStepAdapter(),
        X86SingleStepAdapter.I8086,
        X86SingleStepAdapter.I80286,
        new BlarggAdapter(),
    ];
}
