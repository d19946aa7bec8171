using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;

namespace Hawk.Nes.Media;

/// <summary>Writes 8-bit RGB PNG images (one IDAT chunk, filter type 0 per row).</summary>
public static class PngWriter
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes <paramref name="argb"/> (0xAARRGGBB, row-major) as a PNG.</summary>
    public static byte[] Encode(ReadOnlySpan<uint> argb, int width, int height)
    {
        if (argb.Length < width * height)
        {
            throw new ArgumentException($"need {width * height} pixels, got {argb.Length}", nameof(argb));
        }

        var raw = new byte[height * (1 + width * 3)];
        int o = 0;
        for (int y = 0; y < height; y++)
        {
            raw[o++] = 0;
            for (int x = 0; x < width; x++)
            {
                uint pixel = argb[y * width + x];
                raw[o++] = (byte)(pixel >> 16);
                raw[o++] = (byte)(pixel >> 8);
                raw[o++] = (byte)pixel;
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB

        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        stream.Write(word);
        byte[] typeBytes = [(byte)type[0], (byte)type[1], (byte)type[2], (byte)type[3]];
        var crc = new Crc32(); // PNG's chunk CRC is the standard reflected CRC-32 over type and data
        crc.Append(typeBytes);
        crc.Append(data);
        stream.Write(typeBytes);
        stream.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc.GetCurrentHashAsUInt32());
        stream.Write(word);
    }
}
