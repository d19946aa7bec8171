using Hawk.Hypervisor.Devices;

namespace Hawk.Hypervisor;

/// <summary>How a run ended: the stop, the registers of the vCPU that stopped (vCPU 0 for a timeout), the console
/// output, and counts.</summary>
public sealed record VmResult(string Backend, VmStop Stop, CpuState Registers, string Serial, TimeSpan Elapsed, long Exits)
{
    /// <summary>True when a test guest reported pass through the debug-exit port.</summary>
    public bool Passed => Stop is { Kind: VmStopKind.DebugExit, ExitValue: 0 };

    /// <summary>A report a person can act on: the stop, the registers, and the tail of the console.</summary>
    public string Report()
    {
        string tail = Serial.Length > 2000 ? "…" + Serial[^2000..] : Serial;
        return $"{Backend}: {Stop.Kind}: {Stop.Message} after {Elapsed.TotalMilliseconds:F0} ms, {Exits} exits\n{Registers}\n" +
            (tail.Length > 0 ? $"console:\n{tail}" : "console: (nothing)");
    }
}
