using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Hawk.X86;

namespace Hawk.Conformance.X86;

/// <summary>
/// Reads a MOO file (the 80286 vectors): gzip of little-endian chunks, each a 4-byte tag, a u32 length and a body.
/// The file is 'MOO ' (header), 'META', then one 'TEST' per vector holding NAME, BYTS, INIT and FINA; a state holds
/// REGS (u16 bitmask, then one u16 per set bit in the order AX BX CX DX CS SS DS ES SP BP SI DI IP FLAGS) and
/// RAM (u32 count, then u32 address and u8 value per entry). Other chunks (GMET, QUEU, CYCL, HASH) are skipped.
/// </summary>
internal static class MooReader
{
    private static readonly X86Register[] RegisterOrder =
    [
        X86Register.AX, X86Register.BX, X86Register.CX, X86Register.DX,
        X86Register.CS, X86Register.SS, X86Register.DS, X86Register.ES,
        X86Register.SP, X86Register.BP, X86Register.SI, X86Register.DI,
        X86Register.IP, X86Register.Flags,
    ];

    public static IReadOnlyList<X86Vector> Read(string path)
    {
        byte[] data;
        using (var file = File.OpenRead(path))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            data = buffer.ToArray();
        }

        var reader = new ChunkReader(path, data);
        if (data.Length < 4 || Encoding.ASCII.GetString(data, 0, 4) != "MOO ")
        {
            throw new X86VectorFormatException(path, 0, "the 'MOO ' header chunk");
        }

        var vectors = new List<X86Vector>();
        foreach (var (tag, offset, length) in reader.Chunks(0, data.Length))
        {
            if (tag == "TEST")
            {
                vectors.Add(ReadTest(reader, offset + 4, length - 4));
            }
        }

        return vectors;
    }

    private static X86Vector ReadTest(ChunkReader reader, int start, int length)
    {
        string? name = null;
        byte[]? bytes = null;
        X86VectorState? initial = null;
        X86VectorState? final = null;
        foreach (var (tag, offset, size) in reader.Chunks(start, length))
        {
            switch (tag)
            {
                case "NAME": name = Encoding.ASCII.GetString(reader.Slice(offset + 4, reader.U32(offset))); break;
                case "BYTS": bytes = reader.Slice(offset + 4, reader.U32(offset)).ToArray(); break;
                case "INIT": initial = ReadState(reader, offset, size); break;
                case "FINA": final = ReadState(reader, offset, size); break;
                default: break;
            }
        }

        if (name is null || bytes is null || initial is null || final is null)
        {
            throw new X86VectorFormatException(reader.Path, start, "a TEST chunk with NAME, BYTS, INIT and FINA");
        }

        return new X86Vector(name, bytes, initial, final);
    }

    private static X86VectorState ReadState(ChunkReader reader, int start, int length)
    {
        var registers = new ushort?[X86VectorState.RegisterCount];
        var ram = new List<(uint, byte)>();
        foreach (var (tag, offset, _) in reader.Chunks(start, length))
        {
            if (tag == "REGS")
            {
                int mask = reader.U16(offset);
                int position = offset + 2;
                for (int bit = 0; bit < RegisterOrder.Length; bit++)
                {
                    if ((mask & (1 << bit)) != 0)
                    {
                        registers[(int)RegisterOrder[bit]] = (ushort)reader.U16(position);
                        position += 2;
                    }
                }
            }
            else if (tag == "RAM ")
            {
                int count = reader.U32(offset);
                for (int i = 0; i < count; i++)
                {
                    int entry = offset + 4 + (i * 5);
                    ram.Add(((uint)reader.U32(entry), reader.Slice(entry + 4, 1)[0]));
                }
            }
        }

        return new X86VectorState(registers, ram);
    }

    private sealed class ChunkReader(string path, byte[] data)
    {
        public string Path { get; } = path;

        public IEnumerable<(string Tag, int Offset, int Length)> Chunks(int start, int length)
        {
            int position = start;
            int end = start + length;
            while (position < end)
            {
                string tag = Encoding.ASCII.GetString(Slice(position, 4));
                int size = U32(position + 4);
                if (size > end - position - 8)
                {
                    throw new X86VectorFormatException(Path, position, $"chunk '{tag}' of {size} bytes within its parent");
                }

                yield return (tag, position + 8, size);
                position += 8 + size;
            }
        }

        public int U16(int offset) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(offset, 2));

        public int U32(int offset)
        {
            uint value = BinaryPrimitives.ReadUInt32LittleEndian(Slice(offset, 4));
            return value <= int.MaxValue ? (int)value : throw new X86VectorFormatException(Path, offset, "a length below 2^31");
        }

        public ReadOnlySpan<byte> Slice(int offset, int length) =>
            offset >= 0 && length >= 0 && offset <= data.Length - length
                ? data.AsSpan(offset, length)
                : throw new X86VectorFormatException(Path, offset, $"{length} more bytes");
    }
}
