using System.Diagnostics;
using Hawk.Cli;
using Hawk.Harness.NUnit;
using Hawk.Jvm;

namespace Hawk.Harness.Tests;

/// <summary>`hawk java`: runs a class on Hawkbeans with the program's output on the command's writers.</summary>
public sealed class HawkJavaCommandTests
{
    private static (int Exit, string Out, string Err) Hawk(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = HawkApp.Run(args, [], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Compiles a one-class program with the host javac into a fresh folder.</summary>
    private static string Compile(string className, string source)
    {
        var home = JavaVmOptions.FindJavaHome();
        new RequiredComponent("JDK").Ensure(home is null ? "no JDK 17 (javac) found via JAVA_HOME or PATH" : null);
        var directory = Path.Combine(TestContext.CurrentContext.WorkDirectory, "hawk-java", TestContext.CurrentContext.Test.Name);
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, className + ".java");
        File.WriteAllText(file, source);
        using var javac = Process.Start(new ProcessStartInfo(Path.Combine(home!, "bin", "javac"), ["-d", directory, file]) { RedirectStandardError = true })!;
        var errors = javac.StandardError.ReadToEnd();
        javac.WaitForExit();
        Assert.That(javac.ExitCode, Is.Zero, errors);
        return directory;
    }

    [Test]
    public void Prints_hello_world_through_the_real_java_base()
    {
        var classes = Compile("Hello", "public class Hello { public static void main(String[] a) { System.out.println(\"Hello, world\"); } }");

        var (exit, output, error) = Hawk("java", "-cp", classes, "Hello");

        Assert.That(error, Is.Empty);
        Assert.That(output, Is.EqualTo("Hello, world\n"));
        Assert.That(exit, Is.Zero);
    }

    [Test]
    public void Passes_arguments_and_returns_the_exit_status()
    {
        var classes = Compile("Echo", "public class Echo { public static void main(String[] a) { System.err.println(String.join(\"+\", a)); System.exit(a.length); } }");

        var (exit, _, error) = Hawk("java", "-Xmx32m", "-cp", classes, "Echo", "one", "two", "three");

        Assert.That(error, Is.EqualTo("one+two+three\n"));
        Assert.That(exit, Is.EqualTo(3));
    }

    [Test]
    public void An_unknown_option_is_a_configuration_error()
    {
        var (exit, _, error) = Hawk("java", "-Xbogus", "Main");

        Assert.That(exit, Is.EqualTo(ExitCodes.Configuration));
        Assert.That(error, Does.Contain("Unrecognized option: -Xbogus"));
    }
}
