using System.Diagnostics;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Runtime;

/// <summary>Runs the hooks the runtime itself runs (prestart, createRuntime, poststart, poststop), state JSON on stdin.</summary>
internal static class HookRunner
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(1);

    /// <exception cref="ContainerException">A hook failed or timed out.</exception>
    public static void Run(string stage, IReadOnlyList<HookSpec> hooks, byte[] state)
    {
        foreach (var hook in hooks)
        {
            var start = new ProcessStartInfo(hook.Path) { RedirectStandardInput = true, UseShellExecute = false };
            foreach (var arg in hook.Args.Skip(1))
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment.Clear();
            foreach (var variable in hook.Env)
            {
                int equals = variable.IndexOf('=', StringComparison.Ordinal);
                start.Environment[variable[..equals]] = variable[(equals + 1)..];
            }

            using var process = Process.Start(start) ?? throw new ContainerException($"{stage} hook {hook.Path} did not start");
            try
            {
                process.StandardInput.BaseStream.Write(state);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // A hook that does not read its stdin is fine.
            }

            var timeout = hook.Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : DefaultTimeout;
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ContainerException($"{stage} hook {hook.Path} timed out after {timeout.TotalSeconds:F0}s");
            }

            if (process.ExitCode != 0)
            {
                throw new ContainerException($"{stage} hook {hook.Path} exited with {process.ExitCode}");
            }
        }
    }

    /// <summary>Poststart and poststop failures are warnings by the spec: the operation goes on.</summary>
    public static void RunWarning(string stage, IReadOnlyList<HookSpec> hooks, byte[] state, TextWriter warnings)
    {
        try
        {
            Run(stage, hooks, state);
        }
        catch (Exception e) when (e is ContainerException or System.ComponentModel.Win32Exception or IOException)
        {
            warnings.WriteLine($"warning: {e.Message}");
        }
    }
}
