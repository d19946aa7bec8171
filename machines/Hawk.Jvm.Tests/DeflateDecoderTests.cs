using System.IO.Compression;
using Hawk.Jvm.Natives;

namespace Hawk.Jvm.Tests;

/// <summary>The Inflater's DEFLATE/zlib decoder against .NET's compressor, fed whole and in small pieces.</summary>
public class DeflateDecoderTests
{
    private static byte[] Sample()
    {
        var random = new Random(1234);
        var bytes = new byte[64_000];
        for (int i = 0; i < bytes.Length; i++)
        {
            // Repetitive text with some noise exercises literals, lengths and distances.
            bytes[i] = i % 1000 < 700 ? (byte)"hawkbeans inflates "[i % 19] : (byte)random.Next(256);
        }

        return bytes;
    }

    private static byte[] Compress(byte[] data, CompressionLevel level, bool zlib)
    {
        using var buffer = new MemoryStream();
        using (Stream compressor = zlib ? new ZLibStream(buffer, level) : new DeflateStream(buffer, level))
        {
            compressor.Write(data);
        }

        return buffer.ToArray();
    }

    [TestCase(CompressionLevel.NoCompression, true, 1 << 20)]
    [TestCase(CompressionLevel.Fastest, true, 512)]
    [TestCase(CompressionLevel.SmallestSize, true, 7)]
    [TestCase(CompressionLevel.Optimal, false, 4096)]
    public void Decodes_what_the_host_compressed(CompressionLevel level, bool zlib, int piece)
    {
        var data = Sample();
        var compressed = Compress(data, level, zlib);
        byte[] withTrailer = [.. compressed, 1, 2, 3];
        var decoder = new DeflateDecoder(zlib);
        bool done = false;
        for (int offset = 0; offset < withTrailer.Length && !done; offset += piece)
        {
            decoder.Append(withTrailer.AsSpan(offset, Math.Min(piece, withTrailer.Length - offset)));
            done = decoder.Advance();
        }

        Assert.That(done, Is.True);
        Assert.That(decoder.Output.ToArray(), Is.EqualTo(data));
        Assert.That(decoder.Consumed, Is.EqualTo(compressed.Length), "the bytes after the stream are not consumed");
    }

    [Test]
    public void Corrupt_data_reports_zlib_messages()
    {
        var badHeader = new DeflateDecoder(zlibWrapper: true);
        badHeader.Append([0x78, 0x9d]);
        Assert.That(() => badHeader.Advance(), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("incorrect header check"));

        var badChecksum = new DeflateDecoder(zlibWrapper: true);
        var compressed = Compress([1, 2, 3], CompressionLevel.Optimal, zlib: true);
        compressed[^1] ^= 0xFF;
        badChecksum.Append(compressed);
        Assert.That(() => badChecksum.Advance(), Throws.InstanceOf<InvalidDataException>().With.Message.EqualTo("incorrect data check"));

        var truncated = new DeflateDecoder(zlibWrapper: false);
        truncated.Append(Compress(Sample(), CompressionLevel.Optimal, zlib: false).AsSpan(0, 100));
        Assert.That(truncated.Advance(), Is.False);
    }
}
