using Hawk.Harness.Running;
using NUnit.Framework;

namespace Hawk.Harness.NUnit;

/// <summary>
/// A suite as an NUnit fixture: derive `public sealed class NestestTests : SuiteFixture&lt;NestestAdapter&gt;;` and every
/// case of the suite becomes a test, categorised by suite id and machine.
/// </summary>
public abstract class SuiteFixture<TAdapter> where TAdapter : ISuiteAdapter, new()
{
    private static readonly TAdapter Adapter = new();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "TestCaseSource reads a static member of the fixture.")]
    public static IEnumerable<TestCaseData> Cases() => SuiteCases.For(Adapter);

    [TestCaseSource(nameof(Cases))]
    public void Case(SuiteCase testCase) => SuiteCases.Run(Adapter, testCase);
}
