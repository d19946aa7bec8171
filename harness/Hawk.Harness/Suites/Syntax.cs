using System.Globalization;

namespace Hawk.Harness.Suites;

/// <summary>Value checks shared by the suite manifest and expectations schemas.</summary>
internal static class Syntax
{
    public static bool IsSha256(string text, out string value) => IsHex(text, 64, out value);

    public static bool IsCommit(string text, out string value) => IsHex(text, 40, out value);

    public static bool IsRepository(string text, out string value)
    {
        value = text;
        var parts = text.Split('/');
        return parts.Length == 2 && parts.All(part => part.Length > 0 && part.All(IsNameChar));
    }

    public static bool IsFolderName(string text, out string value)
    {
        value = text;
        return text.Length > 0 && text != "." && text != ".." && text.All(IsNameChar);
    }

    /// <summary>A forward-slash path that stays inside its base folder.</summary>
    public static bool IsRelativePath(string text, out string value)
    {
        value = text;
        return text.Length > 0
            && !text.StartsWith('/')
            && !text.Contains('\\', StringComparison.Ordinal)
            && !text.Contains(':', StringComparison.Ordinal)
            && text.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != "..");
    }

    public static bool IsUrlTemplate(string text, out string value)
    {
        value = text;
        var expanded = text.Replace("{repository}", "o/n", StringComparison.Ordinal)
            .Replace("{commit}", "c", StringComparison.Ordinal)
            .Replace("{source}", "s", StringComparison.Ordinal);
        return Uri.TryCreate(expanded, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
    }

    public static bool IsPositiveLong(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    /// <summary>"500ms", "30s", "2m", "1h": a positive whole number and a unit.</summary>
    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var unitStart = text.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (unitStart <= 0 || !long.TryParse(text.AsSpan(0, unitStart), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount == 0)
        {
            return false;
        }

        double? milliseconds = text[unitStart..] switch
        {
            "ms" => amount,
            "s" => amount * 1_000d,
            "m" => amount * 60_000d,
            "h" => amount * 3_600_000d,
            _ => null,
        };
        value = milliseconds is { } ms ? TimeSpan.FromMilliseconds(ms) : TimeSpan.Zero;
        return milliseconds is not null;
    }

    private static bool IsHex(string text, int length, out string value)
    {
        value = text;
        return text.Length == length && text.All(char.IsAsciiHexDigit);
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
