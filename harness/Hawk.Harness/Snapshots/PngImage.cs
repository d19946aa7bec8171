using System.Buffers.Binary;
using System.IO.Compression;

namespace Hawk.Harness.Snapshots;

/// <summary>
/// A decoded PNG for pixel comparison: 8-bit greyscale, RGB, palette, grey+alpha or RGBA, not interlaced (what
/// Hawk's machines write). Pixels are 0xAARRGGBB.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly uint[] _pixels;

    private PngImage(int width, int height, uint[] pixels) => (Width, Height, _pixels) = (width, height, pixels);

    public int Width { get; }

    public int Height { get; }

    public uint this[int x, int y] => _pixels[(y * Width) + x];

    /// <exception cref="PngFormatException">Not a PNG, or one of a kind this decoder does not read.</exception>
    public static PngImage Decode(ReadOnlySpan<byte> png)
    {
        if (png.Length < Signature.Length || !png[..Signature.Length].SequenceEqual(Signature))
        {
            throw new PngFormatException("offset 0: not a PNG signature");
        }

        int width = 0, height = 0, colourType = -1;
        byte[] palette = [];
        using var idat = new MemoryStream();
        for (var offset = Signature.Length; offset + 12 <= png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[offset..]);
            if (length < 0 || offset + 12 + length > png.Length)
            {
                throw new PngFormatException($"offset {offset}: chunk length {length} runs past the end ({png.Length} bytes)");
            }

            var type = System.Text.Encoding.ASCII.GetString(png.Slice(offset + 4, 4));
            var data = png.Slice(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    (width, height, colourType) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[9]);
                    if (data[8] != 8 || data[12] != 0)
                    {
                        throw new PngFormatException($"offset {offset}: bit depth {data[8]}, interlace {data[12]}; only 8-bit non-interlaced images are read");
                    }

                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            offset += 12 + length;
        }

        var channels = colourType switch
        {
            0 or 3 => 1,
            2 => 3,
            4 => 2,
            6 => 4,
            _ => throw new PngFormatException($"colour type {colourType} is not supported (or IHDR is missing)"),
        };
        if (width <= 0 || height <= 0 || (long)width * height > 1 << 26)
        {
            throw new PngFormatException($"IHDR: implausible size {width}x{height}");
        }

        var stride = width * channels;
        var raw = new byte[height * (stride + 1)];
        idat.Position = 0;
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            try
            {
                zlib.ReadExactly(raw);
            }
            catch (Exception e) when (e is EndOfStreamException or InvalidDataException)
            {
                throw new PngFormatException($"IDAT: image data is short or corrupt ({e.Message})");
            }
        }

        var pixels = new uint[width * height];
        var previous = new byte[stride];
        var row = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            Unfilter(raw[y * (stride + 1)], raw.AsSpan((y * (stride + 1)) + 1, stride), previous, row, channels, y);
            for (var x = 0; x < width; x++)
            {
                pixels[(y * width) + x] = Pixel(row.AsSpan(x * channels, channels), colourType, palette);
            }

            (previous, row) = (row, previous);
        }

        return new PngImage(width, height, pixels);
    }

    private static void Unfilter(byte filter, ReadOnlySpan<byte> line, ReadOnlySpan<byte> above, Span<byte> row, int bpp, int y)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int a = i >= bpp ? row[i - bpp] : 0, b = above[i], c = i >= bpp ? above[i - bpp] : 0;
            row[i] = (byte)(line[i] + filter switch
            {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => Paeth(a, b, c),
                _ => throw new PngFormatException($"row {y}: unknown filter type {filter}"),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static uint Pixel(ReadOnlySpan<byte> p, int colourType, byte[] palette) => colourType switch
    {
        0 => Argb(0xFF, p[0], p[0], p[0]),
        2 => Argb(0xFF, p[0], p[1], p[2]),
        3 => (p[0] * 3) + 2 < palette.Length ? Argb(0xFF, palette[p[0] * 3], palette[(p[0] * 3) + 1], palette[(p[0] * 3) + 2])
            : throw new PngFormatException($"palette index {p[0]} is outside the PLTE chunk"),
        4 => Argb(p[1], p[0], p[0], p[0]),
        _ => Argb(p[3], p[0], p[1], p[2]),
    };

    private static uint Argb(byte a, byte r, byte g, byte b) => ((uint)a << 24) | ((uint)r << 16) | ((uint)g << 8) | b;
}

public sealed class PngFormatException(string message) : Exception(message);
