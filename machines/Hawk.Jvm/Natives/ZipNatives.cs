using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Natives;

/// <summary>java.util.zip's checksums: CRC32 (the reflected IEEE 802.3 polynomial) and Adler32 (RFC 1950).</summary>
internal static class ZipNatives
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static void Register(NativeRegistry r)
    {
        const string crc = "java/util/zip/CRC32";
        r.Add(crc, "update(II)I", static (_, s, a) => Crc((int)s[a], [(byte)s[a + 1]]));
        r.Add(crc, "updateBytes0(I[BII)I", static (t, s, a) => Crc((int)s[a], Bytes(t, s[a + 1], (int)s[a + 2], (int)s[a + 3])));
        const string adler = "java/util/zip/Adler32";
        r.Add(adler, "update(II)I", static (_, s, a) => Adler((int)s[a], [(byte)s[a + 1]]));
        r.Add(adler, "updateBytes(I[BII)I", static (t, s, a) => Adler((int)s[a], Bytes(t, s[a + 1], (int)s[a + 2], (int)s[a + 3])));
    }

    private static ReadOnlySpan<byte> Bytes(JThread t, long array, int offset, int length) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(((sbyte[])t.Vm.Heap[(int)array].Elements!).AsSpan(offset, length));

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }

    private static long Crc(int crc, ReadOnlySpan<byte> bytes)
    {
        uint c = ~(uint)crc;
        foreach (byte b in bytes)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return (int)~c;
    }

    private static long Adler(int adler, ReadOnlySpan<byte> bytes)
    {
        const uint Modulus = 65521;
        uint a = (uint)adler & 0xFFFF, b = ((uint)adler >> 16) & 0xFFFF;
        foreach (byte value in bytes)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return (int)((b << 16) | a);
    }
}
