using Hawk.Harness.Configuration;
using Hawk.Harness.NUnit;
using NUnit.Framework.Internal;

namespace Hawk.Harness.Tests;

public sealed class RequiredComponentTests
{
    private static readonly RequiredComponent Kvm = new("KVM");

    [Test]
    public void An_available_component_neither_ignores_nor_fails()
    {
        Assert.DoesNotThrow(() => Kvm.Ensure(null, Environment()));
    }

    [Test]
    public void A_missing_component_is_ignored_with_its_reason_locally()
    {
        using var isolated = new TestExecutionContext.IsolatedContext();

        var ignored = Assert.Throws<IgnoreException>(() => Kvm.Ensure("/dev/kvm does not exist", Environment()));

        Assert.That(ignored!.Message, Does.Contain("/dev/kvm does not exist").And.Contain("HAWK_REQUIRE_KVM=1"));
    }

    [TestCase("HAWK_REQUIRE_KVM")]
    [TestCase("HAWK_REQUIRE_ALL")]
    public void A_missing_component_fails_when_required(string variable)
    {
        using var isolated = new TestExecutionContext.IsolatedContext();

        var failed = Assert.Throws<AssertionException>(() => Kvm.Ensure("/dev/kvm does not exist", Environment((variable, "1"))));

        Assert.That(failed!.Message, Does.Contain("KVM is not available: /dev/kvm does not exist"));
    }

    [Test]
    public void A_component_can_be_exempted_from_ALL()
    {
        Assert.That(Kvm.IsRequired(Environment(("HAWK_REQUIRE_ALL", "1"), ("HAWK_REQUIRE_KVM", "0"))), Is.False);
    }

    [Test]
    public void Another_components_requirement_does_not_apply()
    {
        Assert.That(Kvm.IsRequired(Environment(("HAWK_REQUIRE_JDK", "1"))), Is.False);
    }

    private static FixedEnvironment Environment(params (string Name, string Value)[] variables) =>
        new(variables.ToDictionary(v => v.Name, v => v.Value), "/home", "/");
}
