using System.Globalization;

namespace Hawk.Labs.Definition;

/// <summary>Value checks of the lab.yaml schema.</summary>
internal static class LabSyntax
{
    public static bool IsName(string text, out string value)
    {
        value = text;
        return text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    public static bool IsRelativeFile(string text, out string value) => Hawk.Harness.Suites.Syntax.IsRelativePath(text, out value);

    public static bool IsRelativeFolder(string text, out string value)
    {
        value = text;
        return text == "." || IsRelativeFile(text, out _);
    }

    public static bool IsPositiveInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    public static bool IsPositiveInt(string text, out int? value)
    {
        var ok = IsPositiveInt(text, out int parsed);
        value = parsed;
        return ok;
    }

    public static bool IsPositiveLong(string text, out long? value)
    {
        var ok = long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed) && parsed > 0;
        value = parsed;
        return ok;
    }

    public static bool IsJavaClassName(string text, out string value)
    {
        value = text;
        return text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
    }

    public static bool IsGuestBackend(string text, out string value)
    {
        value = text;
        return text is "emulator" or "kvm";
    }

    /// <summary>"4MB", "512KB": a heap or memory limit of a program inside the run, at least 1 MB.</summary>
    public static bool TryParseHeap(string text, out long? value) => TryParseBytes(text, 1024 * 1024, out value);

    public static bool IsPercent(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= 100;

    public static bool TryParseHexByte(string text, out byte value) =>
        byte.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value) && text.Length == 2;

    public static bool TryParseLanguage(string text, out LabLanguage value)
    {
        value = text == "ca65" ? LabLanguage.Ca65 : LabLanguage.CSharp;
        return text is "csharp" or "ca65";
    }

    public static bool TryParseVisibility(string text, out Visibility? value)
    {
        value = text switch
        {
            "visible" => Visibility.Visible,
            "hidden" => Visibility.Hidden,
            "after_due_date" => Visibility.AfterDueDate,
            _ => null,
        };
        return value is not null;
    }

    public static bool TryParseBool(string text, out bool? value)
    {
        value = text switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        return value is not null;
    }

    public static bool TryParseDuration(string text, out TimeSpan? value)
    {
        var ok = Hawk.Harness.Suites.Syntax.TryParseDuration(text, out var duration);
        value = duration;
        return ok;
    }

    /// <summary>"256MB", "1GB": a part's memory limit, at least 64 MB (the runtime needs that much to start).</summary>
    public static bool TryParseSize(string text, out long? value) => TryParseBytes(text, 64L * 1024 * 1024, out value);

    /// <summary>A whole number of KB, MB or GB, at least <paramref name="minimum"/> bytes.</summary>
    private static bool TryParseBytes(string text, long minimum, out long? value)
    {
        value = null;
        var unit = text.Length > 2 ? text[^2..] : "";
        if (!long.TryParse(text.AsSpan(0, Math.Max(0, text.Length - 2)), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        value = unit switch
        {
            "KB" => amount * 1024,
            "MB" => amount * 1024 * 1024,
            "GB" => amount * 1024 * 1024 * 1024,
            _ => null,
        };
        return value >= minimum;
    }

    public static bool TryParseInstant(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value) && text.Contains('T', StringComparison.Ordinal);
}
