using Hawk.Harness.Configuration;
using NUnit.Framework;

namespace Hawk.Harness.NUnit;

/// <summary>
/// A system component a test needs (KVM, a JDK, chromium, runc...). Missing locally, the test is ignored with the
/// reason; with <c>HAWK_REQUIRE_&lt;NAME&gt;=1</c> (set by .ci/run) or <c>HAWK_REQUIRE_ALL=1</c> it fails instead, so CI
/// cannot go green by skipping. <c>HAWK_REQUIRE_&lt;NAME&gt;=0</c> exempts one component from ALL, for hardware a
/// whole class of CI machines lacks.
/// </summary>
/// <param name="Name">Upper-case component name used in the variable, e.g. "KVM" for HAWK_REQUIRE_KVM.</param>
public sealed record RequiredComponent(string Name)
{
    public string Variable => "HAWK_REQUIRE_" + Name;

    /// <summary>Ignores or fails the current test when <paramref name="missingReason"/> is not null.</summary>
    public void Ensure(string? missingReason) => Ensure(missingReason, ProcessEnvironment.Instance);

    /// <inheritdoc cref="Ensure(string?)"/>
    public void Ensure(string? missingReason, IHawkEnvironment environment)
    {
        if (missingReason is null)
        {
            return;
        }

        var message = $"{Name} is not available: {missingReason}";
        if (IsRequired(environment))
        {
            Assert.Fail($"{message} ({Variable}=1 makes this a failure).");
        }

        Assert.Ignore($"{message} (set {Variable}=1 to fail instead).");
    }

    public bool IsRequired(IHawkEnvironment environment) => environment.Variable(Variable) switch
    {
        null => HawkSettings.IsTrue(environment.Variable("HAWK_REQUIRE_ALL")),
        var own => HawkSettings.IsTrue(own),
    };
}
