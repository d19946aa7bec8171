using Hawk.Harness.NUnit;

namespace Hawk.Jvm.Tests;

/// <summary>The host JDK 17 the tests read java.base from and compare against; ignores (or fails in CI) when absent.</summary>
internal static class Jdk
{
    public static string Home()
    {
        var home = JavaVmOptions.FindJavaHome();
        new RequiredComponent("JDK").Ensure(home is null ? "no JDK with lib/modules found via JAVA_HOME or PATH (install openjdk-17-jdk-headless)" : null);
        return home!;
    }
}
