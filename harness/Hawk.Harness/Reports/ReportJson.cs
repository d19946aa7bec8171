using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hawk.Harness.Reports;

/// <summary>The JSON conventions of Hawk's reports: camelCase, enums as strings, nulls omitted.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static RunDocument ReadRun(FileInfo file)
    {
        using var stream = file.OpenRead();
        return JsonSerializer.Deserialize<RunDocument>(stream, Compact)
            ?? throw new JsonException($"{file.FullName} holds no run document.");
    }

    public static IReadOnlyList<HistoryEntry> ReadHistory(FileInfo file) =>
        File.ReadLines(file.FullName)
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<HistoryEntry>(line, Compact)
                ?? throw new JsonException($"{file.FullName} holds a null history line."))
            .ToList();

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
