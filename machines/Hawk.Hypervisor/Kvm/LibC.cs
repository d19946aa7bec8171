using System.Runtime.InteropServices;

namespace Hawk.Hypervisor.Kvm;

/// <summary>The few libc calls a VMM needs: file descriptors, ioctl, anonymous mappings and thread signals.</summary>
internal static unsafe partial class LibC
{
    public const int ORdWr = 0x2;
    public const int OCloexec = 0x80000;
    public const int ProtRead = 0x1;
    public const int ProtWrite = 0x2;
    public const int MapShared = 0x01;
    public const int MapPrivate = 0x02;
    public const int MapAnonymous = 0x20;
    public const int MapNoReserve = 0x4000;
    public const int EIntr = 4;
    public const int EAgain = 11;
    public const int MadvHugePage = 14;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static partial int Ioctl(int fd, nuint request, nint argument);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    public static partial int Ioctl(int fd, nuint request, void* argument);

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    public static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    public static partial int Munmap(nint address, nuint length);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    public static partial int Madvise(nint address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "pthread_self")]
    public static partial nuint PthreadSelf();

    [LibraryImport("libc", EntryPoint = "pthread_kill")]
    public static partial int PthreadKill(nuint thread, int signal);

    [LibraryImport("libc", EntryPoint = "sigaction", SetLastError = true)]
    public static partial int Sigaction(int signal, SigAction* action, SigAction* previous);

    [LibraryImport("libc", EntryPoint = "__libc_current_sigrtmax")]
    public static partial int SigRtMax();

    public static nint MapFailed => -1;

    /// <summary>glibc's struct sigaction on x86-64: handler, a 1024-bit mask, flags, restorer.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct SigAction
    {
        public nint Handler;
        public SigSet Mask;
        public int Flags;
        public nint Restorer;
    }

    [System.Runtime.CompilerServices.InlineArray(16)]
    public struct SigSet
    {
        private ulong _element;
    }
}
