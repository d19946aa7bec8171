using Hawk.Conformance.Nes;
using Hawk.Harness.NUnit;
using Hawk.Harness.Running;

namespace Hawk.Conformance.Tests.Nes;

/// <summary>All 133 blargg ROMs; the whole set takes a few minutes, so it is in the "slow" category.</summary>
[Category("nes")]
[Category("slow")]
public sealed class BlarggTests
{
    private static readonly BlarggAdapter Adapter = new();

    public static IEnumerable<TestCaseData> Cases() => SuiteCases.For(Adapter);

    [TestCaseSource(nameof(Cases))]
    public void Case(SuiteCase testCase) => SuiteCases.Run(Adapter, testCase);
}
