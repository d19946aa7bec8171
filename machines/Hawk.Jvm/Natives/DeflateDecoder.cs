namespace Hawk.Jvm.Natives;

/// <summary>
/// A DEFLATE decoder (RFC 1951), with the zlib wrapper (RFC 1950) when asked, fed input in pieces: each
/// <see cref="Advance"/> decodes whole blocks as far as the input reaches, and a block cut short by the end of the
/// input is decoded again from its start once more input has been appended. Corrupt data raises
/// <see cref="InvalidDataException"/> with zlib's message.
/// </summary>
internal sealed class DeflateDecoder(bool zlibWrapper)
{
    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
    private const int MaxBits = 15;

    private enum Phase { Header, Blocks, Trailer, Done }

    private readonly List<byte> input = [];
    private readonly List<byte> output = [];
    private Phase phase = zlibWrapper ? Phase.Header : Phase.Blocks;
    private int position;
    private int bitBuffer;
    private int bitCount;

    private sealed class EndOfInputException : Exception;

    /// <summary>A canonical Huffman code: how many codes of each length, and the symbols in code order.</summary>
    private sealed record Huffman(int[] Counts, int[] Symbols);

    /// <summary>The decoded bytes so far (all of them once <see cref="IsDone"/>).</summary>
    public List<byte> Output => output;

    public bool IsDone => phase == Phase.Done;

    /// <summary>Input bytes given so far.</summary>
    public int InputLength => input.Count;

    /// <summary>Input bytes the stream used, its zlib trailer included (meaningful once done).</summary>
    public int Consumed => position;

    public void Append(ReadOnlySpan<byte> bytes)
    {
        foreach (byte value in bytes)
        {
            input.Add(value);
        }
    }

    /// <summary>Decodes as far as the input allows; true when the stream has ended.</summary>
    public bool Advance()
    {
        while (phase != Phase.Done)
        {
            var (savedPosition, savedBits, savedCount, savedOutput) = (position, bitBuffer, bitCount, output.Count);
            try
            {
                Step();
            }
            catch (EndOfInputException)
            {
                (position, bitBuffer, bitCount) = (savedPosition, savedBits, savedCount);
                output.RemoveRange(savedOutput, output.Count - savedOutput);
                return false;
            }
        }

        return true;
    }

    private void Step()
    {
        switch (phase)
        {
            case Phase.Header:
                int cmf = Byte(), flags = Byte();
                if ((cmf & 0x0F) != 8 || ((cmf << 8) | flags) % 31 != 0)
                {
                    throw new InvalidDataException("incorrect header check");
                }

                if ((flags & 0x20) != 0)
                {
                    throw new InvalidDataException("need dictionary");
                }

                phase = Phase.Blocks;
                break;
            case Phase.Blocks:
                bool last = Bits(1) == 1;
                switch (Bits(2))
                {
                    case 0: Stored(); break;
                    case 1: Codes(FixedLiterals, FixedDistances); break;
                    case 2: Dynamic(); break;
                    default: throw new InvalidDataException("invalid block type");
                }

                if (last)
                {
                    bitBuffer = 0;
                    bitCount = 0;
                    phase = zlibWrapper ? Phase.Trailer : Phase.Done;
                }

                break;
            case Phase.Trailer:
                uint expected = (uint)((Byte() << 24) | (Byte() << 16) | (Byte() << 8) | Byte());
                if (expected != Adler32([.. output]))
                {
                    throw new InvalidDataException("incorrect data check");
                }

                phase = Phase.Done;
                break;
        }
    }

    internal static uint Adler32(ReadOnlySpan<byte> bytes, uint adler = 1)
    {
        const uint Modulus = 65521;
        uint a = adler & 0xFFFF, b = adler >> 16;
        foreach (byte value in bytes)
        {
            a = (a + value) % Modulus;
            b = (b + a) % Modulus;
        }

        return (b << 16) | a;
    }

    private int Byte() => position < input.Count ? input[position++] : throw new EndOfInputException();

    /// <summary>The next <paramref name="need"/> bits, least significant first (RFC 1951 3.1.1).</summary>
    private int Bits(int need)
    {
        while (bitCount < need)
        {
            bitBuffer |= Byte() << bitCount;
            bitCount += 8;
        }

        int value = bitBuffer & ((1 << need) - 1);
        bitBuffer >>= need;
        bitCount -= need;
        return value;
    }

    private void Stored()
    {
        bitBuffer = 0;
        bitCount = 0;
        int length = Byte() | (Byte() << 8);
        int complement = Byte() | (Byte() << 8);
        if (length != (~complement & 0xFFFF))
        {
            throw new InvalidDataException("invalid stored block lengths");
        }

        for (int i = 0; i < length; i++)
        {
            output.Add((byte)Byte());
        }
    }

    private static readonly Huffman FixedLiterals = Build([.. Enumerable.Range(0, 288).Select(s => s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)]);
    private static readonly Huffman FixedDistances = Build([.. Enumerable.Repeat(5, 30)]);

    private void Dynamic()
    {
        int literals = Bits(5) + 257, distances = Bits(5) + 1, codeLengths = Bits(4) + 4;
        var lengths = new int[19];
        for (int i = 0; i < codeLengths; i++)
        {
            lengths[CodeLengthOrder[i]] = Bits(3);
        }

        var lengthCode = Build(lengths);
        var all = new int[literals + distances];
        for (int i = 0; i < all.Length;)
        {
            int symbol = Symbol(lengthCode);
            if (symbol < 16)
            {
                all[i++] = symbol;
                continue;
            }

            int repeat, value = 0;
            if (symbol == 16)
            {
                value = i > 0 ? all[i - 1] : throw new InvalidDataException("invalid bit length repeat");
                repeat = 3 + Bits(2);
            }
            else
            {
                repeat = symbol == 17 ? 3 + Bits(3) : 11 + Bits(7);
            }

            if (i + repeat > all.Length)
            {
                throw new InvalidDataException("invalid bit length repeat");
            }

            all.AsSpan(i, repeat).Fill(value);
            i += repeat;
        }

        Codes(Build(all[..literals]), Build(all[literals..]));
    }

    private void Codes(Huffman literals, Huffman distances)
    {
        while (true)
        {
            int symbol = Symbol(literals);
            if (symbol < 256)
            {
                output.Add((byte)symbol);
                continue;
            }

            if (symbol == 256)
            {
                return;
            }

            symbol -= 257;
            if (symbol >= LengthBase.Length)
            {
                throw new InvalidDataException("invalid literal/length code");
            }

            int length = LengthBase[symbol] + Bits(LengthExtra[symbol]);
            int code = Symbol(distances);
            if (code >= DistanceBase.Length)
            {
                throw new InvalidDataException("invalid distance code");
            }

            int distance = DistanceBase[code] + Bits(DistanceExtra[code]);
            if (distance > output.Count)
            {
                throw new InvalidDataException("invalid distance too far back");
            }

            for (int i = 0; i < length; i++)
            {
                output.Add(output[^distance]);
            }
        }
    }

    private static Huffman Build(int[] lengths)
    {
        var counts = new int[MaxBits + 1];
        foreach (int length in lengths)
        {
            counts[length]++;
        }

        counts[0] = 0;
        var offsets = new int[MaxBits + 2];
        for (int length = 1; length <= MaxBits; length++)
        {
            offsets[length + 1] = offsets[length] + counts[length];
        }

        var symbols = new int[lengths.Length];
        for (int symbol = 0; symbol < lengths.Length; symbol++)
        {
            if (lengths[symbol] != 0)
            {
                symbols[offsets[lengths[symbol]]++] = symbol;
            }
        }

        return new Huffman(counts, symbols);
    }

    /// <summary>Decodes one symbol bit by bit: codes of each length are consecutive integers (RFC 1951 3.2.2).</summary>
    private int Symbol(Huffman code)
    {
        int value = 0, first = 0, index = 0;
        for (int length = 1; length <= MaxBits; length++)
        {
            value |= Bits(1);
            int count = code.Counts[length];
            if (value - first < count)
            {
                return code.Symbols[index + value - first];
            }

            index += count;
            first = (first + count) << 1;
            value <<= 1;
        }

        throw new InvalidDataException("invalid code");
    }
}
