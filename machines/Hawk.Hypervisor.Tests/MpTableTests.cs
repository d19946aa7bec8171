using System.Text;
using Hawk.Hypervisor.Boot;

namespace Hawk.Hypervisor.Tests;

public class MpTableTests
{
    [Test]
    public void Floating_pointer_and_configuration_table_check_out_and_list_every_cpu()
    {
        var table = MpTable.Build(4);

        Assert.That(Encoding.ASCII.GetString(table, 0, 4), Is.EqualTo("_MP_"));
        Assert.That(Sum(table.AsSpan(0, 16)), Is.Zero, "floating pointer checksum");
        Assert.That(BitConverter.ToUInt32(table, 4), Is.EqualTo((uint)MpTable.Address + 16));
        var configuration = table.AsSpan(16);
        Assert.That(Encoding.ASCII.GetString(configuration[..4]), Is.EqualTo("PCMP"));
        int length = BitConverter.ToUInt16(configuration[4..]);
        Assert.That(length, Is.EqualTo(configuration.Length));
        Assert.That(Sum(configuration), Is.Zero, "configuration table checksum");
        Assert.That(BitConverter.ToUInt16(configuration[34..]), Is.EqualTo(4 + 1 + 1 + 16 + 2));

        var bytes = configuration.ToArray();
        var processors = Enumerable.Range(0, 4).Select(i => bytes.AsSpan(44 + (i * 20), 20).ToArray()).ToArray();
        Assert.That(processors.Select(p => p[0]), Is.All.EqualTo(0), "processor entries");
        Assert.That(processors.Select(p => p[1]), Is.EqualTo(new byte[] { 0, 1, 2, 3 }), "APIC ids");
        Assert.That(processors.Select(p => p[3]), Is.EqualTo(new byte[] { 3, 1, 1, 1 }), "enabled, vCPU 0 the bootstrap processor");
        int ioApic = 44 + (4 * 20) + 8;
        Assert.That(configuration[ioApic], Is.EqualTo(2));
        Assert.That(BitConverter.ToUInt32(configuration[(ioApic + 4)..]), Is.EqualTo(0xFEC0_0000u));
    }

    private static int Sum(ReadOnlySpan<byte> bytes)
    {
        int sum = 0;
        foreach (byte b in bytes)
        {
            sum += b;
        }

        return sum & 0xFF;
    }
}
