using System.Runtime.InteropServices;

namespace Hawk.Hypervisor.Kvm;

/// <summary>
/// Pulls vCPU threads out of KVM_RUN. The VMM sets kvm_run.immediate_exit and sends the thread a real-time signal:
/// a guest spinning without exits returns from KVM_RUN with EINTR at once. The signal's handler must exist (an
/// ignored signal is discarded without interrupting anything) and must do nothing: it is libc's getpid, which
/// ignores its argument and is async-signal-safe, so no managed code runs in signal context.
/// </summary>
internal static unsafe class VcpuKicker
{
    private static readonly Lock InstallLock = new();
    private static int _signal;

    public static int Signal
    {
        get
        {
            lock (InstallLock)
            {
                if (_signal == 0)
                {
                    _signal = Install();
                }

                return _signal;
            }
        }
    }

    /// <summary>Signals the thread; false when it no longer exists (it already left its loop).</summary>
    public static bool Kick(nuint thread) => LibC.PthreadKill(thread, Signal) == 0;

    private static int Install()
    {
        // SIGRTMAX - 2: the top real-time signals are left to applications; the runtime uses the low ones.
        int signal = LibC.SigRtMax() - 2;
        nint libc = NativeLibrary.Load("libc.so.6");
        var action = new LibC.SigAction { Handler = NativeLibrary.GetExport(libc, "getpid") };
        if (LibC.Sigaction(signal, &action, null) < 0)
        {
            throw KvmException.FromErrno("sigaction");
        }

        return signal;
    }
}
