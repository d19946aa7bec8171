using Hawk.Conformance.Mos6502;
using Hawk.Harness.NUnit;

namespace Hawk.Conformance.Tests.Mos6502;

[Category("mos6502")]
public sealed class DormannTests : SuiteFixture<DormannAdapter>;
