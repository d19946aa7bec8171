using System.Runtime.InteropServices;

namespace Hawk.Containers.Runtime;

/// <summary>The few libc calls .NET has no API for (process spawning with fd 3, signals, FIFOs).</summary>
internal static unsafe partial class Native
{
    private struct PollFd
    {
        public int Fd;
        public short Events;
        public short Revents;
    }

    /// <summary>The exact soname: a bare "libc" makes the runtime probe a dozen paths on every start.</summary>
    public const string Libc = "libc.so.6";

    public const int SigKill = 9, SigTerm = 15;
    private const int AfUnix = 1, SockStream = 1, SockCloexec = 0x80000;
    private const short SpawnSetSigDefault = 0x04, SpawnSetSigMask = 0x08;
    private const int WaitNoHang = 1, MsgNoSignal = 0x4000, EIntr = 4;

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true)]
    private static partial int socketpair(int domain, int type, int protocol, int* fds);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawn(int* pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawn_file_actions_init(void* fileActions);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawn_file_actions_adddup2(void* fileActions, int fd, int newFd);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawn_file_actions_destroy(void* fileActions);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawnattr_init(void* attributes);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawnattr_setflags(void* attributes, short flags);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawnattr_setsigdefault(void* attributes, void* signals);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawnattr_setsigmask(void* attributes, void* signals);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int posix_spawnattr_destroy(void* attributes);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int sigfillset(void* set);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc)]
    private static partial int sigemptyset(void* set);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true)]
    private static partial int waitpid(int pid, int* status, int options);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int mkfifo(string path, uint mode);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true)]
    private static partial int poll(PollFd* fds, nuint count, int timeoutMilliseconds);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true)]
    private static partial nint send(int fd, byte* buffer, nuint length, int flags);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true)]
    private static partial nint recv(int fd, byte* buffer, nuint length, int flags);

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, EntryPoint = "close")]
    private static partial int close(int fd);

    public static void Close(int fd) => _ = close(fd);

    /// <summary>Sends all of <paramref name="bytes"/> (MSG_NOSIGNAL: a dead peer is an error, not SIGPIPE).</summary>
    public static void SendAll(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            for (int sent = 0; sent < bytes.Length;)
            {
                nint n = send(fd, start + sent, (nuint)(bytes.Length - sent), MsgNoSignal);
                if (n < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EIntr)
                    {
                        continue;
                    }

                    throw Failure("send");
                }

                sent += (int)n;
            }
        }
    }

    /// <returns>Bytes read into <paramref name="buffer"/>, 0 at end of stream.</returns>
    /// <exception cref="IOException">Nothing arrived within <paramref name="timeout"/>, or the socket failed.</exception>
    public static int Receive(int fd, byte[] buffer, TimeSpan timeout)
    {
        var entry = new PollFd { Fd = fd, Events = 1 };
        while (true)
        {
            int ready = poll(&entry, 1, (int)timeout.TotalMilliseconds);
            if (ready == 0)
            {
                throw new IOException($"no answer within {timeout.TotalSeconds} s");
            }

            if (ready < 0 && Marshal.GetLastPInvokeError() != EIntr)
            {
                throw Failure("poll");
            }

            if (ready > 0)
            {
                fixed (byte* start = buffer)
                {
                    nint n = recv(fd, start, (nuint)buffer.Length, 0);
                    if (n >= 0)
                    {
                        return (int)n;
                    }

                    if (Marshal.GetLastPInvokeError() != EIntr)
                    {
                        throw Failure("recv");
                    }
                }
            }
        }
    }

    /// <returns>(ours, theirs): both ends are close-on-exec; posix_spawn's dup2 clears it on the child's copy.</returns>
    public static (int Ours, int Theirs) SocketPair()
    {
        int* fds = stackalloc int[2];
        return socketpair(AfUnix, SockStream | SockCloexec, 0, fds) == 0 ? (fds[0], fds[1]) : throw Failure("socketpair");
    }

    /// <summary>Starts <paramref name="path"/> with stdio inherited, <paramref name="controlFd"/> as its fd 3, default signal
    /// dispositions (the .NET runtime ignores SIGPIPE, which exec would otherwise pass on to the container) and an empty mask.</summary>
    public static int Spawn(string path, int controlFd)
    {
        byte* fileActions = stackalloc byte[256], attributes = stackalloc byte[512], signals = stackalloc byte[256];
        var pathBytes = NullTerminated(path);
        int pid;
        fixed (byte* pathPointer = pathBytes)
        {
            byte** argv = stackalloc byte*[2];
            byte** envp = stackalloc byte*[1];
            argv[0] = pathPointer;
            argv[1] = null;
            envp[0] = null;
            Check(posix_spawn_file_actions_init(fileActions));
            Check(posix_spawn_file_actions_adddup2(fileActions, controlFd, 3));
            Check(posix_spawnattr_init(attributes));
            Check(posix_spawnattr_setflags(attributes, SpawnSetSigDefault | SpawnSetSigMask));
            Check(sigfillset(signals));
            Check(posix_spawnattr_setsigdefault(attributes, signals));
            Check(sigemptyset(signals));
            Check(posix_spawnattr_setsigmask(attributes, signals));
            int error = posix_spawn(&pid, pathPointer, fileActions, attributes, argv, envp);
            Check(posix_spawn_file_actions_destroy(fileActions));
            Check(posix_spawnattr_destroy(attributes));
            if (error != 0)
            {
                throw new IOException($"cannot start {path}: {Marshal.GetPInvokeErrorMessage(error)}");
            }
        }

        return pid;
    }

    /// <returns>The exit code as a shell reports it (128 + signal for a killed process).</returns>
    public static int WaitForExit(int pid)
    {
        int status;
        while (waitpid(pid, &status, 0) < 0)
        {
            if (Marshal.GetLastPInvokeError() != EIntr)
            {
                throw Failure($"waitpid {pid}");
            }
        }

        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F);
    }

    /// <summary>Reaps <paramref name="pid"/> if it is our child and has exited (no-op otherwise).</summary>
    public static void ReapIfExited(int pid)
    {
        int status;
        waitpid(pid, &status, WaitNoHang);
    }

    /// <returns>False when the process does not exist.</returns>
    public static bool Kill(int pid, int signal)
    {
        if (SendSignal(pid, signal) == 0)
        {
            return true;
        }

        return Marshal.GetLastPInvokeError() == 3 ? false : throw Failure($"kill {pid}");
    }

    public static void MakeFifo(string path, uint mode)
    {
        if (mkfifo(path, mode) != 0)
        {
            throw Failure($"mkfifo {path}");
        }
    }

    /// <returns>True when <paramref name="file"/> has data to read within <paramref name="timeout"/>.</returns>
    public static bool WaitReadable(Microsoft.Win32.SafeHandles.SafeFileHandle file, TimeSpan timeout)
    {
        var entry = new PollFd { Fd = (int)file.DangerousGetHandle(), Events = 1 };
        int ready = poll(&entry, 1, (int)timeout.TotalMilliseconds);
        return ready > 0 || (ready < 0 && Marshal.GetLastPInvokeError() != EIntr ? throw Failure("poll") : false);
    }

    private static void Check(int result)
    {
        if (result != 0)
        {
            throw new IOException($"posix_spawn set-up failed: {Marshal.GetPInvokeErrorMessage(result)}");
        }
    }

    private static IOException Failure(string what) => new($"{what}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");

    private static byte[] NullTerminated(string text) => [.. System.Text.Encoding.UTF8.GetBytes(text), 0];
}
