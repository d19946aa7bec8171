using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Natives;

/// <summary>java.io natives for the standard streams: file descriptors 0, 1 and 2 map to the VM's streams.</summary>
internal static class IoNatives
{
    public static void Register(NativeRegistry r)
    {
        const string fd = "java/io/FileDescriptor";
        r.Add(fd, "getHandle(I)J", static (_, _, _) => -1);
        r.Add(fd, "getAppend(I)Z", static (_, _, _) => 0);
        r.Nop(fd, "close0()V");

        const string output = "java/io/FileOutputStream";
        r.Add(output, "writeBytes([BIIZ)V", (t, s, a) =>
        {
            var bytes = (sbyte[])t.Vm.Heap[(int)s[a + 1]].Elements!;
            int offset = (int)s[a + 2], length = (int)s[a + 3];
            if (offset < 0 || length < 0 || offset + length > bytes.Length)
            {
                throw t.Vm.NewThrow(t, "java/lang/IndexOutOfBoundsException");
            }

            var stream = StreamOf(t, (int)s[a]);
            stream.Write((byte[])(Array)bytes, offset, length);
            stream.Flush();
            return 0;
        });
        r.Add(output, "write(IZ)V", (t, s, a) =>
        {
            var stream = StreamOf(t, (int)s[a]);
            stream.WriteByte((byte)s[a + 1]);
            stream.Flush();
            return 0;
        });

        const string input = "java/io/FileInputStream";
        r.Add(input, "readBytes([BII)I", (t, s, a) =>
        {
            var bytes = (byte[])(Array)t.Vm.Heap[(int)s[a + 1]].Elements!;
            int read = StreamOf(t, (int)s[a]).Read(bytes, (int)s[a + 2], (int)s[a + 3]);
            return read == 0 && s[a + 3] > 0 ? -1 : read;
        });
        r.Add(input, "read0()I", (t, s, a) => StreamOf(t, (int)s[a]).ReadByte());
        r.Add(input, "available0()I", static (_, _, _) => 0);
    }

    /// <summary>The host stream behind a FileInputStream/FileOutputStream's FileDescriptor.</summary>
    private static Stream StreamOf(JThread t, int stream)
    {
        var vm = t.Vm;
        int descriptor = (int)vm.GetField(stream, "fd");
        int fd = descriptor == 0 ? -1 : (int)vm.GetField(descriptor, "fd");
        return fd switch
        {
            0 => vm.Options.StandardInput,
            1 => vm.Options.StandardOutput,
            2 => vm.Options.StandardError,
            _ => throw vm.NewThrow(t, "java/io/IOException", "Stream Closed"),
        };
    }
}
