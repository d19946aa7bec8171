using System.Text.Json;

namespace Hawk.Containers.Spec;

/// <summary>A JSON value with its path in the document, so every type or range error names the field.</summary>
internal readonly record struct JsonField(JsonElement Value, string Path)
{
    public bool IsPresent => Value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    public JsonField Child(string name)
    {
        var path = Path.Length == 0 ? name : $"{Path}.{name}";
        if (!IsPresent)
        {
            return new JsonField(default, path);
        }

        Expect(JsonValueKind.Object, "an object");
        return new JsonField(Value.TryGetProperty(name, out var child) ? child : default, path);
    }

    public JsonField Required(string name)
    {
        var child = Child(name);
        return child.IsPresent ? child : throw new ConfigException(child.Path, "is required");
    }

    public string String() => Expect(JsonValueKind.String, "a string").GetString()!;

    public string? OptionalString() => IsPresent ? String() : null;

    public bool Bool(bool fallback = false) => IsPresent
        ? Value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Wrong("a boolean"),
        }
        : fallback;

    public long Int64(long min = long.MinValue, long max = long.MaxValue)
    {
        if (!Expect(JsonValueKind.Number, "an integer").TryGetInt64(out var number))
        {
            throw Wrong("an integer");
        }

        return number >= min && number <= max ? number : throw new ConfigException(Path, $"{number} is out of range {min}..{max}");
    }

    public ulong UInt64() => Expect(JsonValueKind.Number, "an unsigned integer").TryGetUInt64(out var number) ? number : throw Wrong("an unsigned integer");

    public uint UInt32() => (uint)Int64(0, uint.MaxValue);

    public long? OptionalInt64(long min = long.MinValue, long max = long.MaxValue) => IsPresent ? Int64(min, max) : null;

    public IEnumerable<JsonField> Items()
    {
        if (!IsPresent)
        {
            yield break;
        }

        Expect(JsonValueKind.Array, "an array");
        int index = 0;
        foreach (var item in Value.EnumerateArray())
        {
            yield return new JsonField(item, $"{Path}[{index++}]");
        }
    }

    public IReadOnlyList<string> Strings() => Items().Select(item => item.String()).ToArray();

    public IReadOnlyDictionary<string, string> StringMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (IsPresent)
        {
            Expect(JsonValueKind.Object, "an object");
            foreach (var property in Value.EnumerateObject())
            {
                map[property.Name] = new JsonField(property.Value, $"{Path}.{property.Name}").String();
            }
        }

        return map;
    }

    public ConfigException Invalid(string problem) => new(Path, problem);

    private JsonElement Expect(JsonValueKind kind, string what) => Value.ValueKind == kind ? Value : throw Wrong(what);

    private ConfigException Wrong(string what) => new(Path, $"expected {what}, got {Describe(Value)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"string \"{value.GetString()}\"",
        JsonValueKind.Number => $"number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
