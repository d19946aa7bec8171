using System.Globalization;
using System.Text.Json;

namespace Hawk.Containers.Runtime;

/// <summary>
/// What Hawker keeps in ROOT/ID/state.json. The spec's status is derived, not stored: a live init with exec.fifo
/// present is created, without it running; a dead (or recycled) pid is stopped.
/// </summary>
public sealed record ContainerRecord(
    string Id,
    int Pid,
    long PidStartTime,
    string Bundle,
    string Rootfs,
    DateTimeOffset Created,
    IReadOnlyDictionary<string, string> Annotations,
    IReadOnlyList<string> Cgroups,
    bool Creating)
{
    public const string OciVersion = "1.0.2";

    public byte[] ToJson() => Write(writer =>
    {
        writer.WriteString("id", Id);
        writer.WriteNumber("pid", Pid);
        writer.WriteNumber("pidStartTime", PidStartTime);
        writer.WriteString("bundle", Bundle);
        writer.WriteString("rootfs", Rootfs);
        writer.WriteString("created", Timestamp(Created));
        WriteMap(writer, "annotations", Annotations);
        writer.WriteStartArray("cgroups");
        foreach (var cgroup in Cgroups)
        {
            writer.WriteStringValue(cgroup);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("creating", Creating);
    }, indented: false);

    public static ContainerRecord FromJson(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return new ContainerRecord(
            root.GetProperty("id").GetString()!,
            root.GetProperty("pid").GetInt32(),
            root.GetProperty("pidStartTime").GetInt64(),
            root.GetProperty("bundle").GetString()!,
            root.GetProperty("rootfs").GetString()!,
            DateTimeOffset.Parse(root.GetProperty("created").GetString()!, CultureInfo.InvariantCulture),
            root.GetProperty("annotations").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
            root.GetProperty("cgroups").EnumerateArray().Select(c => c.GetString()!).ToArray(),
            root.GetProperty("creating").GetBoolean());
    }

    /// <summary>The state as the runtime spec defines it (plus runc's rootfs/created/owner), for `state` and hooks.</summary>
    public byte[] SpecState(ContainerStatus status, bool indented = true) => Write(writer =>
    {
        writer.WriteString("ociVersion", OciVersion);
        writer.WriteString("id", Id);
        writer.WriteString("status", status.Name());
        if (status is not ContainerStatus.Stopped && Pid > 0)
        {
            writer.WriteNumber("pid", Pid);
        }
        else
        {
            writer.WriteNumber("pid", 0);
        }

        writer.WriteString("bundle", Bundle);
        writer.WriteString("rootfs", Rootfs);
        writer.WriteString("created", Timestamp(Created));
        writer.WriteString("owner", "");
        WriteMap(writer, "annotations", Annotations);
    }, indented);

    /// <summary>RFC 3339 in UTC with fractional seconds, as runc prints it.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static void WriteMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> body, bool indented)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JsonEscaping.Instance }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
