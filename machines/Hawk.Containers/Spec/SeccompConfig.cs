namespace Hawk.Containers.Spec;

/// <summary>Reads linux.seccomp; actions, operators and architectures use libseccomp's names as the spec does.</summary>
internal static class SeccompConfig
{
    public static readonly string[] Actions =
        ["SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP", "SCMP_ACT_ERRNO", "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG"];

    public static readonly string[] Operators =
        ["SCMP_CMP_NE", "SCMP_CMP_LT", "SCMP_CMP_LE", "SCMP_CMP_EQ", "SCMP_CMP_GE", "SCMP_CMP_GT", "SCMP_CMP_MASKED_EQ"];

    private static readonly string[] Architectures =
        ["SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64", "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64",
         "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64", "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64",
         "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390", "SCMP_ARCH_S390X", "SCMP_ARCH_PARISC", "SCMP_ARCH_PARISC64", "SCMP_ARCH_RISCV64"];

    public static SeccompSpec Read(JsonField seccomp)
    {
        var architectures = seccomp.Child("architectures").Items().Select(item => OneOf(item, Architectures, "architecture")).ToArray();
        var rules = seccomp.Child("syscalls").Items().Select(rule =>
        {
            var names = rule.Required("names");
            if (!names.Items().Any())
            {
                throw names.Invalid("must name at least one system call");
            }

            return new SeccompRule(names.Strings(), OneOf(rule.Required("action"), Actions, "action"),
                ErrnoRet(rule.Child("errnoRet")), rule.Child("args").Items().Select(ReadArg).ToArray());
        }).ToArray();
        return new SeccompSpec(OneOf(seccomp.Required("defaultAction"), Actions, "action"), ErrnoRet(seccomp.Child("defaultErrnoRet")), architectures, rules);
    }

    private static SeccompArg ReadArg(JsonField arg) => new(
        (uint)arg.Required("index").Int64(0, 5),
        arg.Required("value").UInt64(),
        arg.Child("valueTwo") is { IsPresent: true } two ? two.UInt64() : 0,
        OneOf(arg.Required("op"), Operators, "operator"));

    private static uint? ErrnoRet(JsonField field) => field.IsPresent ? (uint)field.Int64(0, 4095) : null;

    private static string OneOf(JsonField field, string[] allowed, string what) =>
        allowed.Contains(field.String()) ? field.String() : throw field.Invalid($"unknown seccomp {what} \"{field.String()}\"");
}
