using System.Text;

namespace Hawk.Hypervisor.Boot;

/// <summary>
/// An Intel MultiProcessor Specification 1.4 table: how a kernel without ACPI learns of more than one CPU and of the
/// IOAPIC. The floating pointer sits at the start of the last KiB of base memory (one of the places Linux scans),
/// the configuration table right after it: one processor entry per vCPU (APIC id = index, vCPU 0 the bootstrap
/// processor), the ISA bus, KVM's IOAPIC, ISA IRQs 0-15 on IOAPIC pins 0-15, and LINT0 = ExtINT, LINT1 = NMI.
/// </summary>
public static class MpTable
{
    public const ulong Address = 0x9FC00;
    private const uint LocalApicAddress = 0xFEE0_0000;
    private const uint IoApicAddress = 0xFEC0_0000;
    private const int IsaIrqs = 16;

    public static byte[] Build(int cpus)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cpus, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cpus, 254);
        var entries = new MemoryStream();
        for (int cpu = 0; cpu < cpus; cpu++)
        {
            // Processor: APIC id, APIC version, enabled (+ bootstrap), family 6 signature, FPU and APIC features.
            Entry(entries, [0, (byte)cpu, 0x14, (byte)(cpu == 0 ? 3 : 1), 0x00, 0x06, 0, 0, 0x01, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        }

        Entry(entries, [1, 0, .. "ISA   "u8]);
        byte ioApicId = (byte)cpus;
        Entry(entries, [2, ioApicId, 0x11, 1, .. BitConverter.GetBytes(IoApicAddress)]);
        for (byte irq = 0; irq < IsaIrqs; irq++)
        {
            Entry(entries, [3, 0, 0, 0, 0, irq, ioApicId, irq]); // vectored interrupt, bus-conforming polarity/trigger
        }

        Entry(entries, [4, 3, 0, 0, 0, 0, 0xFF, 0]); // ExtINT → LINT0 of every local APIC
        Entry(entries, [4, 1, 0, 0, 0, 0, 0xFF, 1]); // NMI → LINT1
        int entryCount = cpus + 2 + IsaIrqs + 2;

        var configuration = new byte[44 + entries.Length];
        Encoding.ASCII.GetBytes("PCMP").CopyTo(configuration, 0);
        BitConverter.TryWriteBytes(configuration.AsSpan(4), (ushort)configuration.Length);
        configuration[6] = 4; // spec revision 1.4
        Encoding.ASCII.GetBytes("HAWK    HAWKERVISOR ").CopyTo(configuration, 8);
        BitConverter.TryWriteBytes(configuration.AsSpan(34), (ushort)entryCount);
        BitConverter.TryWriteBytes(configuration.AsSpan(36), LocalApicAddress);
        entries.ToArray().CopyTo(configuration, 44);
        configuration[7] = Checksum(configuration);

        var floating = new byte[16];
        Encoding.ASCII.GetBytes("_MP_").CopyTo(floating, 0);
        BitConverter.TryWriteBytes(floating.AsSpan(4), (uint)(Address + 16));
        floating[8] = 1; // length in 16-byte units
        floating[9] = 4;
        floating[10] = Checksum(floating);
        return [.. floating, .. configuration];
    }

    private static void Entry(MemoryStream entries, ReadOnlySpan<byte> entry) => entries.Write(entry);

    /// <summary>The byte that makes the structure's bytes sum to zero.</summary>
    private static byte Checksum(byte[] bytes)
    {
        int sum = 0;
        foreach (byte b in bytes)
        {
            sum += b;
        }

        return (byte)-sum;
    }
}
