namespace Hawk.Hypervisor;

/// <summary>How a KVM machine is built.</summary>
/// <param name="MemoryBytes">Guest RAM from physical address 0; a multiple of 4 KiB, at most <see cref="MaxMemoryBytes"/>.</param>
/// <param name="Cpus">vCPUs; 1 to <see cref="MaxCpus"/>.</param>
/// <param name="InKernelIrqchip">Create KVM's PIC/IOAPIC/LAPIC and PIT. Without them HLT exits to the VMM (how simple
/// test guests end), with them HLT waits for an interrupt inside the kernel.</param>
public sealed record KvmMachineOptions(ulong MemoryBytes, int Cpus = 1, bool InKernelIrqchip = true)
{
    /// <summary>RAM lives below the 32-bit device hole (IOAPIC, LAPIC, the TSS pages KVM needs).</summary>
    public const ulong MaxMemoryBytes = 3UL << 30;

    public const int MaxCpus = 64;

    /// <summary>Checks the options; returns the problem in words, or null.</summary>
    public string? Problem()
    {
        if (MemoryBytes < (1UL << 20) || MemoryBytes % 4096 != 0)
        {
            return $"guest memory must be a multiple of 4 KiB and at least 1 MiB, got {MemoryBytes} bytes";
        }

        if (MemoryBytes > MaxMemoryBytes)
        {
            return $"guest memory of {MemoryBytes >> 20} MiB exceeds this VMM's limit of {MaxMemoryBytes >> 20} MiB (RAM is mapped below the 32-bit device hole)";
        }

        ulong hostBytes = HostAvailableMemory();
        if (hostBytes != 0 && MemoryBytes > hostBytes)
        {
            return $"guest memory of {MemoryBytes >> 20} MiB exceeds the host's available memory ({hostBytes >> 20} MiB)";
        }

        return Cpus is < 1 or > MaxCpus ? $"--cpus must be between 1 and {MaxCpus}, got {Cpus}" : null;
    }

    /// <summary>MemAvailable from /proc/meminfo, or 0 when unknown.</summary>
    private static ulong HostAvailableMemory()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
                {
                    var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    return ulong.Parse(parts[1]) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }
}
