using System.Text.Json;
using Hawk.Containers.Runtime;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Cli;

/// <summary>The global options' values (--root, --log, --log-format) and the error handling every command shares.</summary>
internal sealed record GlobalValues(string Root, string? Log, string LogFormat)
{
    /// <returns>The action's exit code, or 1 after reporting a user-caused error (never a stack trace).</returns>
    public int Run(TextWriter error, Func<ContainerRuntime, int> action)
    {
        try
        {
            return action(new ContainerRuntime(new StateStore(Root), error));
        }
        catch (Exception e) when (e is ContainerException or ConfigException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            Report(error, e.Message);
            return 1;
        }
    }

    private void Report(TextWriter error, string message)
    {
        error.WriteLine($"hawker: {message}");
        if (Log is { } log)
        {
            var line = LogFormat == "json"
                ? $"{{\"level\":\"error\",\"msg\":{JsonSerializer.Serialize(message, SpecJsonContext.Default.String)},\"time\":\"{ContainerRecord.Timestamp(DateTimeOffset.UtcNow)}\"}}"
                : $"time=\"{ContainerRecord.Timestamp(DateTimeOffset.UtcNow)}\" level=error msg=\"{message.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
            File.AppendAllText(log, line + "\n");
        }
    }
}
