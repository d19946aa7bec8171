using System.Text;
using System.Text.Json;

namespace Hawk.Containers.Cgroups;

/// <summary>CPU time in nanoseconds (user and kernel may be null where the kernel does not split them).</summary>
public sealed record CpuStats(ulong Total, ulong? User, ulong? Kernel, IReadOnlyList<ulong> PerCpu);

/// <summary>Memory in bytes; <see cref="Limit"/> is <see cref="ulong.MaxValue"/> when unlimited, as in runc's stats.</summary>
public sealed record MemoryStats(ulong Usage, ulong? MaxUsage, ulong Limit, ulong Failcnt);

/// <summary><see cref="Limit"/> is 0 when unlimited, as in runc's stats.</summary>
public sealed record PidsStats(ulong Current, ulong Limit);

/// <summary>One sample of the container's cgroup counters; a part is null when its controller is not there.</summary>
public sealed record CgroupStats(CpuStats? Cpu, MemoryStats? Memory, PidsStats? Pids)
{
    /// <summary>The `events --stats` line, shaped like runc's: {"type":"stats","id":...,"data":{"cpu":...,"memory":...,"pids":...}}.</summary>
    public string ToEventJson(string id)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "stats");
            writer.WriteString("id", id);
            writer.WriteStartObject("data");
            if (Cpu is { } cpu)
            {
                writer.WriteStartObject("cpu");
                writer.WriteStartObject("usage");
                writer.WriteNumber("total", cpu.Total);
                writer.WriteStartArray("percpu");
                foreach (var value in cpu.PerCpu)
                {
                    writer.WriteNumberValue(value);
                }

                writer.WriteEndArray();
                WriteOptional(writer, "kernel", cpu.Kernel);
                WriteOptional(writer, "user", cpu.User);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            if (Memory is { } memory)
            {
                writer.WriteStartObject("memory");
                writer.WriteStartObject("usage");
                writer.WriteNumber("limit", memory.Limit);
                writer.WriteNumber("usage", memory.Usage);
                WriteOptional(writer, "max", memory.MaxUsage);
                writer.WriteNumber("failcnt", memory.Failcnt);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            if (Pids is { } pids)
            {
                writer.WriteStartObject("pids");
                writer.WriteNumber("current", pids.Current);
                writer.WriteNumber("limit", pids.Limit);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, ulong? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }
}
