using System.Net.Sockets;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Hawk.Containers.Tests.Support;

/// <summary>
/// The receiving end of --console-socket: accepts one connection and takes the pty master sent with SCM_RIGHTS,
/// as a container manager (or runc's recvtty) would.
/// </summary>
internal sealed unsafe partial class ConsoleSocket : IDisposable
{
    private readonly Socket _listener = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public ConsoleSocket(string path)
    {
        Path = path;
        _listener.Bind(new UnixDomainSocketEndPoint(path));
        _listener.Listen(1);
    }

    public string Path { get; }

    /// <summary>Waits for the runtime's connection and returns the pty master as a stream.</summary>
    public FileStream ReceiveMaster(TimeSpan timeout)
    {
        var accepted = _listener.AcceptAsync();
        if (!accepted.Wait(timeout))
        {
            throw new TimeoutException("nobody connected to the console socket");
        }

        using var connection = accepted.Result;
        byte* data = stackalloc byte[256];
        byte* control = stackalloc byte[64];
        var vector = new IoVector { Base = data, Length = 256 };
        var message = new MessageHeader { Vector = &vector, VectorCount = 1, Control = control, ControlLength = 64 };
        if (recvmsg((int)connection.Handle, &message, 0) < 0)
        {
            throw new IOException($"recvmsg failed: {Marshal.GetLastPInvokeError()}");
        }

        // cmsghdr: size_t length, int level, int type, then the descriptor.
        if (message.ControlLength < 20 || *(int*)(control + 8) != 1 || *(int*)(control + 12) != 1)
        {
            throw new IOException("the console socket message carried no file descriptor");
        }

        int fd = *(int*)(control + 16);
        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.ReadWrite, 1);
    }

    public void Dispose()
    {
        _listener.Dispose();
        File.Delete(Path);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct IoVector
    {
        public byte* Base;
        public nuint Length;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct MessageHeader
    {
        public void* Name;
        public uint NameLength;
        public IoVector* Vector;
        public nuint VectorCount;
        public byte* Control;
        public nuint ControlLength;
        public int Flags;
    }

    [LibraryImport(Hawk.Containers.Runtime.Native.Libc, SetLastError = true)]
    private static partial nint recvmsg(int socket, MessageHeader* message, int flags);
}
