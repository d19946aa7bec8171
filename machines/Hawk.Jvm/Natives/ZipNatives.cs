using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Natives;

/// <summary>
/// java.util.zip: the checksums CRC32 (the reflected IEEE 802.3 polynomial) and Adler32 (RFC 1950), and Inflater over
/// <see cref="DeflateDecoder"/>. An Inflater's native state (its "address") is a decoder fed all input given; input
/// is reported consumed in full until the stream ends, and then exactly as far as the stream went (so a gzip
/// trailer stays for the caller); decoded output is handed out as asked for.
/// </summary>
internal static class ZipNatives
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    public static void Register(NativeRegistry r)
    {
        const string crc = "java/util/zip/CRC32";
        r.Add(crc, "update(II)I", static (_, s, a) => Crc((int)s[a], [(byte)s[a + 1]]));
        r.Add(crc, "updateBytes0(I[BII)I", static (t, s, a) => Crc((int)s[a], Bytes(t, s[a + 1], (int)s[a + 2], (int)s[a + 3])));
        const string adler = "java/util/zip/Adler32";
        r.Add(adler, "update(II)I", static (_, s, a) => (int)DeflateDecoder.Adler32([(byte)s[a + 1]], (uint)s[a]));
        r.Add(adler, "updateBytes(I[BII)I", static (t, s, a) => (int)DeflateDecoder.Adler32(Bytes(t, s[a + 1], (int)s[a + 2], (int)s[a + 3]), (uint)s[a]));

        const string inflater = "java/util/zip/Inflater";
        r.Add(inflater, "init(Z)J", static (t, s, a) => t.Vm.AddNativeResource(new InflaterState(s[a] != 0)));
        r.Add(inflater, "inflateBytesBytes(J[BII[BII)J", Inflate);
        r.Add(inflater, "getAdler(J)I", static (t, s, a) =>
        {
            var state = (InflaterState)t.Vm.NativeResource(s[a]);
            return (int)DeflateDecoder.Adler32(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(state.Decoder.Output)[..state.Handed]);
        });
        r.Add(inflater, "reset(J)V", static (t, s, a) =>
        {
            var state = (InflaterState)t.Vm.NativeResource(s[a]);
            t.Vm.ReplaceNativeResource(s[a], new InflaterState(state.Raw));
            return 0;
        });
        r.Add(inflater, "end(J)V", static (t, s, a) =>
        {
            t.Vm.RemoveNativeResource(s[a]);
            return 0;
        });
    }

    private sealed class InflaterState(bool raw)
    {
        public bool Raw { get; } = raw;
        public DeflateDecoder Decoder { get; } = new(zlibWrapper: !raw);
        public int Handed { get; set; }
    }

    /// <summary>Inflater.inflateBytesBytes: (input read) | (output written) &lt;&lt; 31 | finished &lt;&lt; 62.</summary>
    private static long Inflate(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        var state = (InflaterState)vm.NativeResource(s[a + 1]);
        var decoder = state.Decoder;
        int inputLength = (int)s[a + 5], outputLength = (int)s[a + 8];
        long read = 0;
        if (!decoder.IsDone)
        {
            decoder.Append(Bytes(t, s[a + 3], (int)s[a + 4], inputLength));
            try
            {
                if (!decoder.Advance())
                {
                    read = inputLength;
                }
                else
                {
                    read = decoder.Consumed - (decoder.InputLength - inputLength);
                }
            }
            catch (InvalidDataException e)
            {
                throw vm.NewThrow(t, "java/util/zip/DataFormatException", e.Message);
            }
        }

        // Decoded output is handed out as it becomes available, block by block.
        int written = Math.Min(outputLength, decoder.Output.Count - state.Handed);
        var target = System.Runtime.InteropServices.MemoryMarshal.AsBytes(((sbyte[])vm.Heap[(int)s[a + 6]].Elements!).AsSpan((int)s[a + 7], written));
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(decoder.Output).Slice(state.Handed, written).CopyTo(target);
        state.Handed += written;
        long finished = decoder.IsDone && state.Handed == decoder.Output.Count ? 1L << 62 : 0;
        return read | ((long)written << 31) | finished;
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
}
