using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hawk.Harness.Yaml;

/// <summary>Parses text into a value; false when the text is not acceptable.</summary>
internal delegate bool ScalarParser<T>(string text, out T value);

/// <summary>
/// Reads one YAML mapping against a schema, producing errors that name the key's dotted path
/// ("files[2].sha256") and the line:column of the offending node.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly YamlErrors _errors;

    public MapReader(YamlMappingNode node, string path, YamlErrors errors)
    {
        _node = node;
        _path = path;
        _errors = errors;
    }

    public Mark Start => _node.Start;

    public YamlErrors Errors => _errors;

    /// <summary>Rejects any key not in <paramref name="keys"/>; call first so typos are reported before their consequences.</summary>
    public void AllowOnly(params string[] keys)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is null || !keys.Contains(name, StringComparer.Ordinal))
            {
                var where = _path.Length == 0 ? "" : $" in '{_path}'";
                throw _errors.At(key.Start, $"unknown key '{name ?? key.ToString()}'{where}; expected one of: {string.Join(", ", keys)}");
            }
        }
    }

    public string RequiredString(string key) => Required<string>(key, NonEmpty, "must be a non-empty string");

    public string? OptionalString(string key) => Optional<string>(key, NonEmpty, "must be a non-empty string");

    public T Required<T>(string key, ScalarParser<T> parse, string requirement) =>
        TryScalar(key, parse, requirement, out var value)
            ? value
            : throw _errors.At(_node.Start, $"missing required key '{Qualify(key)}'");

    public T? Optional<T>(string key, ScalarParser<T> parse, string requirement) =>
        TryScalar(key, parse, requirement, out var value) ? value : default;

    public MapReader? OptionalMap(string key) =>
        Child(key) switch
        {
            null => null,
            YamlMappingNode map => new MapReader(map, Qualify(key), _errors),
            var other => throw _errors.At(other.Start, $"'{Qualify(key)}' must be a mapping"),
        };

    /// <summary>A list of mappings with at least one item, each read by <paramref name="read"/>.</summary>
    public IReadOnlyList<T> RequiredList<T>(string key, Func<MapReader, T> read) =>
        Child(key) is null
            ? throw _errors.At(_node.Start, $"missing required key '{Qualify(key)}'")
            : ReadList(key, read, minimum: 1);

    /// <summary>A possibly empty list of mappings; absent means empty.</summary>
    public IReadOnlyList<T> OptionalList<T>(string key, Func<MapReader, T> read) =>
        Child(key) is null ? [] : ReadList(key, read, minimum: 0);

    /// <summary>A list of scalars, each checked by <paramref name="parse"/>; absent means empty unless <paramref name="required"/>.</summary>
    public IReadOnlyList<T> ScalarList<T>(string key, ScalarParser<T> parse, string requirement, bool required)
    {
        switch (Child(key))
        {
            case null when required:
                throw _errors.At(_node.Start, $"missing required key '{Qualify(key)}'");
            case null:
                return [];
            case YamlSequenceNode { Children.Count: > 0 } list:
                return [.. list.Children.Select((item, index) => item is YamlScalarNode { Value: { } text } && parse(text, out var value)
                    ? value
                    : throw _errors.At(item.Start, $"'{Qualify(key)}[{index}]' {requirement}"))];
            case var other:
                throw _errors.At(other.Start, $"'{Qualify(key)}' must be a non-empty list");
        }
    }

    /// <summary>Every key with a scalar value, or a list of scalars joined by ", ": settings kept as written.</summary>
    public IReadOnlyDictionary<string, string> ScalarsAsText() =>
        _node.Children.ToDictionary(
            pair => pair.Key is YamlScalarNode { Value: { } name } ? name : throw _errors.At(pair.Key.Start, $"keys in '{_path}' must be plain names"),
            pair => pair.Value switch
            {
                YamlScalarNode scalar => scalar.Value ?? "",
                YamlSequenceNode list when list.Children.All(item => item is YamlScalarNode) =>
                    string.Join(", ", list.Children.Select(item => ((YamlScalarNode)item).Value)),
                var other => throw _errors.At(other.Start, $"'{Qualify(pair.Key.ToString())}' must be a scalar or a list of scalars"),
            },
            StringComparer.Ordinal);

    /// <summary>An error located at the value of <paramref name="key"/> (or at this mapping when the key is absent).</summary>
    public YamlFileException ErrorAt(string key, string detail) => _errors.At(Child(key)?.Start ?? _node.Start, detail);

    public string Qualify(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    public static bool NonEmpty(string text, out string value)
    {
        value = text;
        return text.Trim().Length > 0;
    }

    public static bool NonNegativeLong(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private List<T> ReadList<T>(string key, Func<MapReader, T> read, int minimum)
    {
        var node = Child(key);
        if (node is not YamlSequenceNode list)
        {
            throw _errors.At(node!.Start, $"'{Qualify(key)}' must be a list");
        }

        if (list.Children.Count < minimum)
        {
            throw _errors.At(list.Start, $"'{Qualify(key)}' must have at least {minimum} item(s)");
        }

        return list.Children.Select((item, index) => item is YamlMappingNode map
                ? read(new MapReader(map, $"{Qualify(key)}[{index}]", _errors))
                : throw _errors.At(item.Start, $"'{Qualify(key)}[{index}]' must be a mapping"))
            .ToList();
    }

    private bool TryScalar<T>(string key, ScalarParser<T> parse, string requirement, out T value)
    {
        value = default!;
        var child = Child(key);
        if (child is null)
        {
            return false;
        }

        if (child is not YamlScalarNode { Value: { } text } || !parse(text, out value))
        {
            throw _errors.At(child.Start, $"'{Qualify(key)}' {requirement}");
        }

        return true;
    }

    /// <summary>The value node of <paramref name="key"/>; an explicit null ("key:" or "key: ~") counts as absent.</summary>
    private YamlNode? Child(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var child) && !IsNull(child) ? child : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
