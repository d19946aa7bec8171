using System.Diagnostics;
using System.Formats.Tar;

namespace Hawk.Hypervisor.Linux;

/// <summary>
/// The guest kernel: Debian's linux-image-*-amd64, fetched on demand with the machine's apt (`apt-cache depends
/// linux-image-amd64` names the current package, `apt-get download` fetches it, nothing is installed) and only
/// ./boot/vmlinuz-* taken out of the package's data tarball (`dpkg-deb --fsys-tarfile`) into a cache folder:
/// $HAWK_KERNEL_CACHE, default ~/.cache/hawk/kernel.
/// </summary>
public static class DebianKernel
{
    public const string MetaPackage = "linux-image-amd64";

    public static string CacheDirectory =>
        Environment.GetEnvironmentVariable("HAWK_KERNEL_CACHE") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "hawk", "kernel");

    /// <summary>The cached kernel, or null when none has been fetched.</summary>
    public static string? Cached() =>
        Directory.Exists(CacheDirectory) ? Directory.GetFiles(CacheDirectory, "vmlinuz-*-amd64").OrderDescending(StringComparer.Ordinal).FirstOrDefault() : null;

    /// <summary>Returns the cached kernel, fetching it first when needed.</summary>
    /// <param name="log">Progress lines (which package, where it went).</param>
    /// <exception cref="KernelFetchException">apt or dpkg-deb is missing or failed.</exception>
    public static string Ensure(Action<string>? log = null)
    {
        if (Cached() is { } cached)
        {
            return cached;
        }

        Directory.CreateDirectory(CacheDirectory);
        string package = CurrentPackage();
        log?.Invoke($"fetching {package} with apt-get download into {CacheDirectory}");
        Run("apt-get", ["download", package], CacheDirectory);
        string deb = Directory.GetFiles(CacheDirectory, package + "_*.deb").FirstOrDefault()
            ?? throw new KernelFetchException($"apt-get download {package} left no .deb in {CacheDirectory}");
        try
        {
            string kernel = ExtractKernel(deb);
            log?.Invoke($"extracted {kernel}");
            return kernel;
        }
        finally
        {
            File.Delete(deb);
        }
    }

    /// <summary>The versioned package linux-image-amd64 depends on, e.g. linux-image-6.1.0-56-amd64.</summary>
    private static string CurrentPackage()
    {
        foreach (var line in Run("apt-cache", ["depends", MetaPackage], CacheDirectory).Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Depends: linux-image-", StringComparison.Ordinal))
            {
                return trimmed["Depends: ".Length..];
            }
        }

        throw new KernelFetchException($"apt-cache depends {MetaPackage} names no linux-image package (is the Debian archive in the apt sources?)");
    }

    /// <summary>Streams the package's data tarball and writes only ./boot/vmlinuz-* (the modules are not needed); reading
    /// stops at the kernel, so dpkg-deb is stopped rather than waited for.</summary>
    private static string ExtractKernel(string deb)
    {
        using var dpkg = Start("dpkg-deb", ["--fsys-tarfile", deb], CacheDirectory);
        string? kernel = null;
        using (var tar = new TarReader(dpkg.StandardOutput.BaseStream))
        {
            while (kernel is null && tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType == TarEntryType.RegularFile && entry.Name.Contains("/boot/vmlinuz-", StringComparison.Ordinal) && entry.DataStream is not null)
                {
                    string path = Path.Combine(CacheDirectory, Path.GetFileName(entry.Name));
                    using (var file = File.Create(path + ".partial"))
                    {
                        entry.DataStream.CopyTo(file);
                    }

                    File.Move(path + ".partial", path, overwrite: true);
                    kernel = path;
                }
            }
        }

        if (!dpkg.HasExited)
        {
            dpkg.Kill();
        }

        dpkg.WaitForExit();
        return kernel ?? throw new KernelFetchException($"{deb} holds no boot/vmlinuz-* (dpkg-deb --fsys-tarfile exited with {dpkg.ExitCode})");
    }

    private static string Run(string tool, string[] arguments, string directory)
    {
        using var process = Start(tool, arguments, directory);
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? stdout
            : throw new KernelFetchException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result.Trim()}");
    }

    private static Process Start(string tool, string[] arguments, string directory)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            return Process.Start(start) ?? throw new KernelFetchException($"{tool} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new KernelFetchException($"{tool} is not available ({e.Message}); the kernel comes from Debian's apt", e);
        }
    }
}

/// <summary>The Debian kernel could not be fetched.</summary>
public sealed class KernelFetchException : Exception
{
    public KernelFetchException(string message)
        : base(message)
    {
    }

    public KernelFetchException()
    {
    }

    public KernelFetchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
