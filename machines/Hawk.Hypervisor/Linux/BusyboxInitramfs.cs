using System.Text;

namespace Hawk.Hypervisor.Linux;

/// <summary>
/// Builds the project's initramfs: a statically linked busybox (the Debian package busybox-static), the applet
/// links the init script uses, /dev/console, and /init, a busybox shell script that runs the given commands, prints
/// <see cref="DoneMarker"/> and reboots at once. With the kernel command line's reboot=k the reboot is an i8042
/// reset pulse, which ends the VM (<see cref="Devices.VmStopKind.Reset"/>).
/// </summary>
public static class BusyboxInitramfs
{
    public const string DefaultBusybox = "/bin/busybox";
    public const string HelloLine = "hawk-init: hello from busybox";
    public const string DoneMarker = "hawk-init: powering off";

    /// <summary>Why the initramfs cannot be built here, or null.</summary>
    public static string? UnavailableReason(string busybox = DefaultBusybox) =>
        File.Exists(busybox) ? null : $"{busybox} is missing (apt-get install busybox-static)";

    /// <param name="commands">Shell commands /init runs before powering off; by default it prints <see cref="HelloLine"/>.</param>
    public static byte[] Build(string busybox = DefaultBusybox, string? commands = null)
    {
        var binary = File.ReadAllBytes(busybox);
        if (binary.Length < 4 || binary[0] != 0x7F || binary[1] != (byte)'E' || binary[2] != (byte)'L' || binary[3] != (byte)'F')
        {
            throw new InvalidDataException($"{busybox}: not an ELF executable");
        }

        var output = new MemoryStream();
        var cpio = new CpioWriter(output);
        foreach (var directory in new[] { "bin", "dev", "proc", "sys", "tmp" })
        {
            cpio.AddDirectory(directory);
        }

        cpio.AddCharacterDevice("dev/console", 5, 1);
        cpio.AddFile("bin/busybox", binary, 0x1ED);
        foreach (var applet in new[] { "sh", "echo", "mount", "reboot", "poweroff", "uname", "cat", "sync" })
        {
            cpio.AddSymlink("bin/" + applet, "busybox");
        }

        cpio.AddFile("init", Encoding.ASCII.GetBytes(InitScript(commands ?? $"echo \"{HelloLine}\"")), 0x1ED);
        cpio.Finish();
        return output.ToArray();
    }

    private static string InitScript(string commands) =>
        "#!/bin/sh\n" +
        "export PATH=/bin\n" +
        "mount -t proc proc /proc\n" +
        commands + "\n" +
        $"echo \"{DoneMarker}\"\n" +
        "reboot -f\n";
}
