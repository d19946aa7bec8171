using System.Runtime.InteropServices;

namespace Hawk.Hypervisor.Kvm;

/// <summary>A KVM call failed: which call, and the errno text.</summary>
public sealed class KvmException : Exception
{
    public KvmException(string message)
        : base(message)
    {
    }

    public KvmException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public KvmException()
    {
    }

    public int Errno { get; private init; }

    internal static KvmException FromErrno(string call)
    {
        int errno = Marshal.GetLastPInvokeError();
        return new KvmException($"{call} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})") { Errno = errno };
    }
}
