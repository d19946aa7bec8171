using System.Buffers.Binary;

namespace Hawk.Nes.Media;

/// <summary>Streams 16-bit mono PCM into a RIFF WAVE file; the sizes in the header are fixed up on dispose.</summary>
public sealed class WavWriter : IDisposable
{
    private const int HeaderBytes = 44;
    private readonly Stream _stream;
    private long _dataBytes;

    public WavWriter(Stream stream, int sampleRate)
    {
        _stream = stream;
        Span<byte> header = stackalloc byte[HeaderBytes];
        "RIFF"u8.CopyTo(header);
        "WAVE"u8.CopyTo(header[8..]);
        "fmt "u8.CopyTo(header[12..]);
        BinaryPrimitives.WriteInt32LittleEndian(header[16..], 16);
        BinaryPrimitives.WriteInt16LittleEndian(header[20..], 1); // PCM
        BinaryPrimitives.WriteInt16LittleEndian(header[22..], 1); // mono
        BinaryPrimitives.WriteInt32LittleEndian(header[24..], sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(header[28..], sampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[32..], 2);
        BinaryPrimitives.WriteInt16LittleEndian(header[34..], 16);
        "data"u8.CopyTo(header[36..]);
        _stream.Write(header);
    }

    public void Write(ReadOnlySpan<short> samples)
    {
        Span<byte> buffer = stackalloc byte[512];
        while (!samples.IsEmpty)
        {
            int count = Math.Min(samples.Length, buffer.Length / 2);
            for (int i = 0; i < count; i++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(buffer[(i * 2)..], samples[i]);
            }

            _stream.Write(buffer[..(count * 2)]);
            _dataBytes += count * 2;
            samples = samples[count..];
        }
    }

    public void Dispose()
    {
        Span<byte> word = stackalloc byte[4];
        _stream.Position = 4;
        BinaryPrimitives.WriteInt32LittleEndian(word, (int)(HeaderBytes - 8 + _dataBytes));
        _stream.Write(word);
        _stream.Position = 40;
        BinaryPrimitives.WriteInt32LittleEndian(word, (int)_dataBytes);
        _stream.Write(word);
        _stream.Dispose();
    }
}
