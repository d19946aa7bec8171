using Hawk.Conformance.Mos6502;
using Hawk.Harness.NUnit;
using Hawk.Harness.Running;

namespace Hawk.Conformance.Tests.Mos6502;

[Category("mos6502")]
public sealed class SingleStepTests
{
    private static readonly SingleStepAdapter Adapter = new();

    public static IEnumerable<TestCaseData> Cases() => SuiteCases.For(Adapter);

    [TestCaseSource(nameof(Cases))]
    public void Case(SuiteCase testCase) => SuiteCases.Run(Adapter, testCase);
}
