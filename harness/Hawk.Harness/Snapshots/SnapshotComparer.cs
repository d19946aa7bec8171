using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Hawk.Harness.Snapshots;

/// <summary>Compares an observation with its accepted snapshot and explains a difference in a line a person can act on.</summary>
public static class SnapshotComparer
{
    private const int ContextLines = 2;
    private const int MaxDiffLines = 80;

    /// <summary>Null when equal (line endings aside), else a unified-style diff: '-' verified, '+' received.</summary>
    public static string? CompareText(string verified, string received)
    {
        verified = Normalise(verified);
        received = Normalise(received);
        if (verified == received)
        {
            return null;
        }

        var lines = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false, ignoreCase: false).Lines;
        var changed = lines.Select((line, index) => (line, index)).Where(l => l.line.Type != ChangeType.Unchanged).Select(l => l.index).ToList();
        var shown = changed.SelectMany(i => Enumerable.Range(i - ContextLines, (2 * ContextLines) + 1)).Where(i => i >= 0 && i < lines.Count).ToHashSet();
        var text = new StringBuilder();
        text.AppendLine($"{changed.Count(i => lines[i].Type == ChangeType.Deleted)} line(s) only in verified (-), {changed.Count(i => lines[i].Type == ChangeType.Inserted)} only in received (+):");
        var written = 0;
        var previous = -1;
        foreach (var i in shown.Order())
        {
            if (written == MaxDiffLines)
            {
                text.AppendLine($"... ({shown.Count - written} more diff lines)");
                break;
            }

            if (previous >= 0 && i > previous + 1)
            {
                text.AppendLine("...");
            }

            var prefix = lines[i].Type switch { ChangeType.Deleted => "- ", ChangeType.Inserted => "+ ", _ => "  " };
            text.Append(prefix).AppendLine(lines[i].Text);
            previous = i;
            written++;
        }

        return text.ToString();
    }

    /// <summary>Null when both PNGs hold the same pixels (whatever their encoding), else what differs and where.</summary>
    public static string? ComparePng(byte[] verified, byte[] received)
    {
        if (verified.AsSpan().SequenceEqual(received))
        {
            return null;
        }

        PngImage before, after;
        try
        {
            before = PngImage.Decode(verified);
            after = PngImage.Decode(received);
        }
        catch (PngFormatException e)
        {
            return $"The PNG files differ byte for byte ({verified.Length} vs {received.Length} bytes) and cannot be compared by pixel: {e.Message}";
        }

        if (before.Width != after.Width || before.Height != after.Height)
        {
            return $"Image size differs: verified {before.Width}x{before.Height}, received {after.Width}x{after.Height}.";
        }

        int count = 0, firstX = -1, firstY = -1, minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (var y = 0; y < before.Height; y++)
        {
            for (var x = 0; x < before.Width; x++)
            {
                if (before[x, y] == after[x, y])
                {
                    continue;
                }

                if (count++ == 0)
                {
                    (firstX, firstY) = (x, y);
                }

                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
        }

        return count == 0
            ? null
            : $"{count} of {before.Width * before.Height} pixels differ, within ({minX},{minY})-({maxX},{maxY}); first at ({firstX},{firstY}): verified #{before[firstX, firstY]:X8}, received #{after[firstX, firstY]:X8} (AARRGGBB).";
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
