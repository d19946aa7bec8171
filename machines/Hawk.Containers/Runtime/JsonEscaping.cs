using System.Globalization;
using System.Text.Encodings.Web;

namespace Hawk.Containers.Runtime;

/// <summary>
/// Escapes what JSON requires and nothing more (quote, backslash, control characters; RFC 8259 section 7), so paths,
/// ids and annotations print as runc prints them ('+', '&lt;', non-ASCII as they are). JavaScriptEncoder's relaxed
/// encoder writes the same text but first builds a bitmap of all of Unicode: the largest single cost in hawker's own
/// code on every `run`.
/// </summary>
internal sealed class JsonEscaping : JavaScriptEncoder
{
    public static JsonEscaping Instance { get; } = new();

    private JsonEscaping()
    {
    }

    /// <summary>\uXXXX.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (int i = 0; i < textLength; i++)
        {
            if (WillEncode(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <remarks>Bytes of multi-byte UTF-8 sequences are all 0x80 or above, so a byte-wise search is exact.</remarks>
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        for (int i = 0; i < utf8Text.Length; i++)
        {
            if (WillEncode(utf8Text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            < 0x20 => "\\u" + unicodeScalar.ToString("X4", CultureInfo.InvariantCulture),
            _ => char.ConvertFromUtf32(unicodeScalar),
        };
        numberOfCharactersWritten = escape.Length <= bufferLength ? escape.Length : 0;
        if (numberOfCharactersWritten == 0)
        {
            return false;
        }

        escape.AsSpan().CopyTo(new Span<char>(buffer, bufferLength));
        return true;
    }
}
