using System.Text;
using Hawk.Jvm;

namespace Hawk.Labs.Probe;

/// <summary>Java programs (lab 2) on the build's Hawkbeans: standard output and exit code; the VM's standard error is the code's output.</summary>
public static partial class ProbeHost
{
    static partial void AnswerJvm(ProbeRequest request, ref ProbeObservation? observation)
    {
        if (observation is null && request is JvmRunRequest run)
        {
            observation = RunJava(run);
            // Each VM runs Java on a host thread with a 1 GiB stack, unmapped only once the finished thread is
            // collected: without this, a few programs in a row exhaust the sandbox's address-space limit.
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    private static ProbeObservation RunJava(JvmRunRequest request)
    {
        var javaHome = JavaVmOptions.FindJavaHome() ?? throw new InvalidOperationException("no JDK 17 (java on PATH or JAVA_HOME) for java.base");
        var classes = Directory.CreateDirectory(Path.Combine(Environment.CurrentDirectory, "classes-" + Guid.NewGuid().ToString("N")[..8]));
        foreach (var (name, bytes) in request.Classes)
        {
            File.WriteAllBytes(Path.Combine(classes.FullName, Path.GetFileName(name)), bytes);
        }

        using var output = new MemoryStream();
        using var errors = Console.OpenStandardError();
        using var vm = new JavaVm(new JavaVmOptions
        {
            JavaHome = javaHome,
            ClassPath = classes.FullName,
            HeapLimit = request.HeapBytes,
            MaxInstructions = request.MaxInstructions,
            WallTime = TimeSpan.FromMilliseconds(request.WallMilliseconds),
            StandardOutput = output,
            StandardError = errors,
            WorkingDirectory = classes.FullName,
        });
        int exit = vm.RunMain(request.MainClass, []);
        return new ProbeObservation
        {
            Output = Encoding.UTF8.GetString(output.ToArray()),
            ExitCode = exit,
            Error = vm.HostFailure is { } failure ? $"{failure.GetType().Name}: {failure.Message}" : null,
        };
    }
}
