using System.Diagnostics;

namespace Hawk.Harness.Running;

/// <summary>The commit a run was made from, when git can tell.</summary>
public static class GitCommit
{
    public static string? Head(DirectoryInfo repository)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["rev-parse", "HEAD"])
            {
                WorkingDirectory = repository.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            if (!git.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                git.Kill();
                return null;
            }

            return git.ExitCode == 0 && output.Length == 40 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed
        }
    }
}
