namespace Hawk.Nes.Input;

/// <summary>
/// Buttons to hold on controller 1 per frame. Text form, one entry per line: <c>FRAME[-LAST] BUTTONS</c>, where
/// BUTTONS is <c>none</c> or names joined by '+' (a, b, select, start, up, down, left, right); '#' starts a comment.
/// An entry holds its buttons from FRAME through LAST (or until the next entry when LAST is absent).
/// </summary>
public sealed class InputScript
{
    private readonly SortedDictionary<long, Buttons> _changes = [];

    public void Hold(long firstFrame, long lastFrame, Buttons buttons)
    {
        _changes[firstFrame] = buttons;
        if (lastFrame != long.MaxValue && !_changes.ContainsKey(lastFrame + 1))
        {
            _changes[lastFrame + 1] = Buttons.None;
        }
    }

    /// <summary>The buttons held during frame <paramref name="frame"/> (0 = the first frame after power on).</summary>
    public Buttons ButtonsAt(long frame)
    {
        var held = Buttons.None;
        foreach (var (start, buttons) in _changes)
        {
            if (start > frame)
            {
                break;
            }

            held = buttons;
        }

        return held;
    }

    public static InputScript Load(string path) => Parse(File.ReadAllText(path), path);

    public static InputScript Parse(string text, string source)
    {
        var script = new InputScript();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            string content = (hash >= 0 ? line[..hash] : line).Trim();
            if (content.Length == 0)
            {
                continue;
            }

            string[] parts = content.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new FormatException($"{source}:{i + 1}:1: expected 'FRAME[-LAST] BUTTONS', found '{content}'");
            }

            (long first, long last) = ParseFrames(parts[0], source, i + 1);
            script.Hold(first, last, ParseButtons(parts[1], source, i + 1, line.IndexOf(parts[1], StringComparison.Ordinal) + 1));
        }

        return script;
    }

    private static (long First, long Last) ParseFrames(string text, string source, int line)
    {
        string[] range = text.Split('-');
        if (range.Length > 2 || !long.TryParse(range[0], out long first) || first < 0)
        {
            throw new FormatException($"{source}:{line}:1: expected a frame number or range like 60-90, found '{text}'");
        }

        long last = long.MaxValue;
        if (range.Length == 2 && (!long.TryParse(range[1], out last) || last < first))
        {
            throw new FormatException($"{source}:{line}:1: range end '{range[1]}' must be a frame number >= {first}");
        }

        return (first, last);
    }

    private static Buttons ParseButtons(string text, string source, int line, int column)
    {
        if (text.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return Buttons.None;
        }

        var buttons = Buttons.None;
        foreach (string name in text.Split('+'))
        {
            if (!Enum.TryParse(name, ignoreCase: true, out Buttons button) || button == Buttons.None || !Enum.IsDefined(button))
            {
                throw new FormatException($"{source}:{line}:{column}: unknown button '{name}' (expected a, b, select, start, up, down, left, right or none)");
            }

            buttons |= button;
        }

        return buttons;
    }
}
