using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using Hawk.Containers.Runtime;

namespace Hawk.Labs.Probe;

/// <summary>
/// OCI bundles (lab 4) run by the build's Hawker: the container's standard output (its fd 1 points at a file in the
/// run folder while it runs, never at the probe's observation stream) and its exit status.
/// </summary>
public static partial class ProbeHost
{
    static partial void AnswerContainer(ProbeRequest request, ref ProbeObservation? observation)
    {
        if (observation is null && request is ContainerRunRequest run && OperatingSystem.IsLinux())
        {
            observation = RunContainer(run);
        }
    }

    [SupportedOSPlatform("linux")]
    private static ProbeObservation RunContainer(ContainerRunRequest request)
    {
        var folder = Environment.CurrentDirectory;
        var runtime = new ContainerRuntime(new StateStore(Path.Combine(folder, "hawker-state")), Console.Error);
        var outputPath = Path.Combine(folder, $"container-{request.ContainerId}.out");
        int exit;
        using (var output = File.Create(outputPath))
        using (var watchdog = new Timer(_ => Stop(runtime, request.ContainerId), null, request.WallMilliseconds, Timeout.Infinite))
        {
            int saved = StandardStreams.Redirect(output.SafeFileHandle.DangerousGetHandle().ToInt32());
            try
            {
                exit = runtime.Run(new CreateOptions(request.ContainerId, request.Bundle), detach: false);
            }
            finally
            {
                StandardStreams.Restore(saved);
            }
        }

        return new ProbeObservation { Output = NamespacesNamed(File.ReadAllText(outputPath)), ExitCode = exit };
    }

    /// <summary>
    /// Namespace links the container printed (`readlink /proc/self/ns/uts` gives "uts:[4026531838]") become
    /// "uts:shared" when they are the probe's own namespace (the runtime did not create one) and "uts:own" otherwise:
    /// inode numbers differ from run to run, whether the container has its own namespace does not.
    /// </summary>
    private static string NamespacesNamed(string output)
    {
        foreach (var link in new DirectoryInfo("/proc/self/ns").EnumerateFileSystemInfos().Select(entry => entry.LinkTarget).OfType<string>())
        {
            output = output.Replace(link, link[..link.IndexOf(':', StringComparison.Ordinal)] + ":shared", StringComparison.Ordinal);
        }

        return NamespaceLink().Replace(output, "$1:own");
    }

    [GeneratedRegex(@"\b([a-z_]+):\[[0-9]+\]")]
    private static partial Regex NamespaceLink();

    [SupportedOSPlatform("linux")]
    private static void Stop(ContainerRuntime runtime, string id)
    {
        try
        {
            runtime.Kill(id, 9);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or ContainerException)
        {
            // Already gone: nothing to stop.
        }
    }

    /// <summary>Points fd 1 (inherited by the container's process) elsewhere for the length of a run.</summary>
    private static partial class StandardStreams
    {
        public static int Redirect(int target)
        {
            int saved = Dup(1);
            if (saved < 0 || Dup2(target, 1) < 0)
            {
                throw new IOException($"could not redirect standard output (errno {Marshal.GetLastPInvokeError()})");
            }

            return saved;
        }

        public static void Restore(int saved)
        {
            _ = Dup2(saved, 1);
            _ = Close(saved);
        }

        [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
        private static partial int Dup(int fd);

        [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
        private static partial int Dup2(int fd, int target);

        [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
        private static partial int Close(int fd);
    }
}
