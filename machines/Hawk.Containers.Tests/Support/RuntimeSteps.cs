using System.Diagnostics;
using System.Text.Json;

namespace Hawk.Containers.Tests.Support;

/// <summary>Steps the lifecycle and control tests share: picking a runtime (skipped when absent) and reading its state.</summary>
internal static class RuntimeSteps
{
    public static IEnumerable<string> Runtimes => ["hawker", "runc", "crun"];

    public static OciRuntime Require(string name)
    {
        if (name == "hawker")
        {
            Host.RequireContainers();
        }
        else
        {
            Host.RequirePeer(name);
        }

        return OciRuntime.ByName(name);
    }

    public static JsonElement State(OciRuntime runtime, string id)
    {
        var result = runtime.Invoke("state", id);
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        return JsonDocument.Parse(result.Stdout).RootElement.Clone();
    }

    public static string Status(OciRuntime runtime, string id) => State(runtime, id).GetProperty("status").GetString()!;

    public static string WaitForStatus(OciRuntime runtime, string id, string wanted)
    {
        var clock = Stopwatch.StartNew();
        string status;
        do
        {
            var result = runtime.Invoke("state", id);
            status = result.ExitCode == 0 ? JsonDocument.Parse(result.Stdout).RootElement.GetProperty("status").GetString()! : "absent";
        }
        while (status != wanted && clock.Elapsed < TimeSpan.FromSeconds(10) && Pause());
        return status;
    }

    /// <summary>The process exists and is not a zombie (an orphaned init may wait a while for the host's init to reap it).</summary>
    public static bool IsAlive(int pid) =>
        File.Exists($"/proc/{pid}/stat") && !File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].StartsWith('Z');

    private static bool Pause()
    {
        Thread.Sleep(20);
        return true;
    }
}
