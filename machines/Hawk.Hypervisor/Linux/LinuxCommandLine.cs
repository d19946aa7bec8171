namespace Hawk.Hypervisor.Linux;

/// <summary>Kernel command lines for this VMM's machine: a 16550A console on COM1, no PCI, no ACPI tables, the
/// i8042 used for reboot only (reboot=k), and no waiting on absent hardware.</summary>
public static class LinuxCommandLine
{
    public const string Default =
        "console=ttyS0 reboot=k panic=-1 pci=off nomodules i8042.noaux i8042.nomux i8042.nopnp i8042.dumbkbd tsc=reliable no_timer_check";
}
