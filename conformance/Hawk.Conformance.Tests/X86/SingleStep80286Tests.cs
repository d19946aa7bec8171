using Hawk.Conformance.X86;
using Hawk.Harness.NUnit;
using Hawk.Harness.Running;

namespace Hawk.Conformance.Tests.X86;

[Category("x86")]
public sealed class SingleStep80286Tests
{
    public static IEnumerable<TestCaseData> Cases() => SuiteCases.For(X86SingleStepAdapter.I80286);

    [TestCaseSource(nameof(Cases))]
    public void Case(SuiteCase testCase) => SuiteCases.Run(X86SingleStepAdapter.I80286, testCase);
}
