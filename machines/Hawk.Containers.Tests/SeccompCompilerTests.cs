using Hawk.Containers.Seccomp;
using Hawk.Containers.Spec;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

public sealed class SeccompCompilerTests
{
    private const uint X86_64 = 0xC000_003E, I386 = 0x4000_0003;
    private const uint Allow = 0x7FFF_0000, KillProcess = 0x8000_0000, ErrnoEperm = 0x0005_0001;
    private const int Kill = 62, Mkdir = 83, Getpid = 39, Personality = 135;

    [Test]
    public void Plain_rules_match_by_number_and_fall_back_to_the_default()
    {
        var program = SeccompCompiler.Compile(Spec("SCMP_ACT_ALLOW", Rule(["mkdir", "no_such_call"], "SCMP_ACT_ERRNO")));
        Assert.Multiple(() =>
        {
            Assert.That(BpfMachine.Run(program, X86_64, Mkdir), Is.EqualTo(ErrnoEperm));
            Assert.That(BpfMachine.Run(program, X86_64, Getpid), Is.EqualTo(Allow));
            Assert.That(BpfMachine.Run(program, I386, Getpid), Is.EqualTo(KillProcess), "a foreign architecture is killed");
        });
    }

    [TestCase("SCMP_CMP_EQ", 0x1_0000_0005UL, 0UL, 0x1_0000_0005UL, true)]
    [TestCase("SCMP_CMP_EQ", 0x1_0000_0005UL, 0UL, 0x0_0000_0005UL, false)]
    [TestCase("SCMP_CMP_NE", 5UL, 0UL, 5UL, false)]
    [TestCase("SCMP_CMP_NE", 5UL, 0UL, 0x1_0000_0005UL, true)]
    [TestCase("SCMP_CMP_GT", 0x1_0000_0000UL, 0UL, 0x1_0000_0001UL, true)]
    [TestCase("SCMP_CMP_GT", 0x1_0000_0000UL, 0UL, 0x1_0000_0000UL, false)]
    [TestCase("SCMP_CMP_GT", 0x1_0000_0000UL, 0UL, 0xFFFF_FFFFUL, false)]
    [TestCase("SCMP_CMP_GE", 10UL, 0UL, 10UL, true)]
    [TestCase("SCMP_CMP_GE", 10UL, 0UL, 9UL, false)]
    [TestCase("SCMP_CMP_LT", 10UL, 0UL, 9UL, true)]
    [TestCase("SCMP_CMP_LT", 10UL, 0UL, 0x2_0000_0000UL, false)]
    [TestCase("SCMP_CMP_LE", 10UL, 0UL, 10UL, true)]
    [TestCase("SCMP_CMP_LE", 10UL, 0UL, 11UL, false)]
    [TestCase("SCMP_CMP_MASKED_EQ", 0xFFUL, 0x0AUL, 0x30AUL, true)]
    [TestCase("SCMP_CMP_MASKED_EQ", 0xFFUL, 0x0AUL, 0x30BUL, false)]
    public void Argument_conditions_compare_all_64_bits(string op, ulong value, ulong valueTwo, ulong argument, bool blocked)
    {
        var rule = Rule(["personality"], "SCMP_ACT_ERRNO") with { Args = [new SeccompArg(0, value, valueTwo, op)] };
        var program = SeccompCompiler.Compile(Spec("SCMP_ACT_ALLOW", rule));
        Assert.That(BpfMachine.Run(program, X86_64, Personality, argument), Is.EqualTo(blocked ? ErrnoEperm : Allow));
    }

    [Test]
    public void Several_conditions_must_all_hold_and_errno_is_configurable()
    {
        var rule = new SeccompRule(["kill"], "SCMP_ACT_ERRNO", 13, [new SeccompArg(0, 1, 0, "SCMP_CMP_EQ"), new SeccompArg(1, 9, 0, "SCMP_CMP_EQ")]);
        var program = SeccompCompiler.Compile(Spec("SCMP_ACT_ALLOW", rule));
        Assert.Multiple(() =>
        {
            Assert.That(BpfMachine.Run(program, X86_64, Kill, 1, 9), Is.EqualTo(0x0005_000DU));
            Assert.That(BpfMachine.Run(program, X86_64, Kill, 1, 15), Is.EqualTo(Allow));
            Assert.That(BpfMachine.Run(program, X86_64, Kill, 2, 9), Is.EqualTo(Allow));
        });
    }

    [Test]
    public void A_deny_by_default_profile_allows_only_its_list()
    {
        var program = SeccompCompiler.Compile(new SeccompSpec("SCMP_ACT_ERRNO", 38, [], [Rule(["getpid", "exit_group"], "SCMP_ACT_ALLOW")]));
        Assert.Multiple(() =>
        {
            Assert.That(BpfMachine.Run(program, X86_64, Getpid), Is.EqualTo(Allow));
            Assert.That(BpfMachine.Run(program, X86_64, Mkdir), Is.EqualTo(0x0005_0026U));
        });
    }

    private static SeccompSpec Spec(string defaultAction, params SeccompRule[] rules) => new(defaultAction, null, ["SCMP_ARCH_X86_64"], rules);

    private static SeccompRule Rule(string[] names, string action) => new(names, action, null, []);
}
