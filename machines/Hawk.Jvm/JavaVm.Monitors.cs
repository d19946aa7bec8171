using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm;

/// <summary>
/// Object monitors (JVMS 2.11.10): an owner thread and a recursion count per locked object, entered by
/// monitorenter and synchronized methods. Hawkbeans runs one Java thread at a time (Thread.start runs the new
/// thread to completion), so a monitor is never waited for: a thread entering a monitor another (suspended) thread
/// holds stacks its ownership on top until it exits. Ownership is what monitorexit, Thread.holdsLock and
/// Object.wait/notify check, with HotSpot's IllegalMonitorStateException.
/// </summary>
public sealed partial class JavaVm
{
    private sealed class Monitor(JThread owner, Monitor? previous)
    {
        public JThread Owner { get; } = owner;
        public int Count { get; set; } = 1;
        public Monitor? Previous { get; } = previous;
    }

    private readonly Dictionary<int, Monitor> monitors = [];

    internal void MonitorEnter(JThread thread, int reference)
    {
        if (monitors.TryGetValue(reference, out var monitor) && ReferenceEquals(monitor.Owner, thread))
        {
            monitor.Count++;
            return;
        }

        monitors[reference] = new Monitor(thread, monitor);
    }

    internal void MonitorExit(JThread thread, int reference)
    {
        if (!monitors.TryGetValue(reference, out var monitor) || !ReferenceEquals(monitor.Owner, thread))
        {
            throw NewThrow(thread, "java/lang/IllegalMonitorStateException");
        }

        if (--monitor.Count > 0)
        {
            return;
        }

        if (monitor.Previous is { } previous)
        {
            monitors[reference] = previous;
        }
        else
        {
            monitors.Remove(reference);
        }
    }

    internal bool HoldsLock(JThread thread, int reference) =>
        monitors.TryGetValue(reference, out var monitor) && ReferenceEquals(monitor.Owner, thread);

    /// <summary>Object.wait/notify/notifyAll need the caller to own the object's monitor.</summary>
    internal void CheckMonitorOwner(JThread thread, int reference)
    {
        if (!HoldsLock(thread, reference))
        {
            throw NewThrow(thread, "java/lang/IllegalMonitorStateException", "current thread is not owner");
        }
    }
}
