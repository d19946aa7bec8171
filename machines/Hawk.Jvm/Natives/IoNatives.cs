using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Natives;

/// <summary>
/// java.io natives: file descriptors 0, 1 and 2 map to the VM's standard streams; FileInputStream opens host files
/// for reading (the JDK's own data such as lib/tzdb.dat, or a program's input files) under descriptors from 3 up.
/// Writing to files is not supported.
/// </summary>
internal static class IoNatives
{
    public static void Register(NativeRegistry r)
    {
        const string fd = "java/io/FileDescriptor";
        r.Add(fd, "getHandle(I)J", static (_, _, _) => -1);
        r.Add(fd, "getAppend(I)Z", static (_, _, _) => 0);
        r.Add(fd, "close0()V", static (t, s, a) =>
        {
            int number = (int)t.Vm.GetField((int)s[a], "fd");
            if (number > 2)
            {
                t.Vm.CloseFile(number);
                t.Vm.SetField((int)s[a], "fd", -1);
            }

            return 0;
        });

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

        const string fs = "java/io/UnixFileSystem";
        r.Add(fs, "canonicalize0(Ljava/lang/String;)Ljava/lang/String;", (t, s, a) =>
            t.Vm.NewString(Canonical(t.Vm.GetString((int)s[a + 1])!)));
        r.Add(fs, "getBooleanAttributes0(Ljava/io/File;)I", (t, s, a) =>
        {
            // BA_EXISTS 1, BA_REGULAR 2, BA_DIRECTORY 4 (java.io.FileSystem).
            string path = PathOf(t, (int)s[a + 1]);
            return Directory.Exists(path) ? 1 | 4 : File.Exists(path) ? 1 | 2 : 0;
        });
        r.Add(fs, "getLength(Ljava/io/File;)J", (t, s, a) =>
            File.Exists(PathOf(t, (int)s[a + 1])) ? new FileInfo(PathOf(t, (int)s[a + 1])).Length : 0);
        r.Add(fs, "checkAccess(Ljava/io/File;I)Z", (t, s, a) =>
            File.Exists(PathOf(t, (int)s[a + 1])) || Directory.Exists(PathOf(t, (int)s[a + 1])) ? 1 : 0);

        const string input = "java/io/FileInputStream";
        r.Add(input, "readBytes([BII)I", (t, s, a) =>
        {
            var bytes = (byte[])(Array)t.Vm.Heap[(int)s[a + 1]].Elements!;
            int read = StreamOf(t, (int)s[a]).Read(bytes, (int)s[a + 2], (int)s[a + 3]);
            return read == 0 && s[a + 3] > 0 ? -1 : read;
        });
        r.Add(input, "read0()I", (t, s, a) => StreamOf(t, (int)s[a]).ReadByte());
        r.Add(input, "available0()I", static (t, s, a) =>
            StreamOf(t, (int)s[a]) is { CanSeek: true } file ? (int)Math.Min(int.MaxValue, file.Length - file.Position) : 0);
        r.Add(input, "skip0(J)J", static (t, s, a) =>
        {
            var stream = StreamOf(t, (int)s[a]);
            long before = stream.Position;
            return stream.Seek(Math.Min(s[a + 1], stream.Length - before), SeekOrigin.Current) - before;
        });
        r.Add(input, "open0(Ljava/lang/String;)V", static (t, s, a) =>
        {
            var vm = t.Vm;
            string name = vm.GetString((int)s[a + 1])!;
            string path = Path.IsPathRooted(name) ? name : Path.Combine(vm.Options.WorkingDirectory, name);
            string? problem = Directory.Exists(path) ? "Is a directory" : !File.Exists(path) ? "No such file or directory" : null;
            Stream? file = null;
            try
            {
                file = problem is null ? File.OpenRead(path) : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problem = "Permission denied";
            }

            if (file is null)
            {
                throw vm.NewThrow(t, "java/io/FileNotFoundException", $"{name} ({problem})");
            }

            vm.SetField((int)vm.GetField((int)s[a], "fd"), "fd", vm.OpenFile(file));
            return 0;
        });
    }

    private static string PathOf(JThread t, int file) => t.Vm.GetString((int)t.Vm.GetField(file, "path")) ?? "";

    /// <summary>An absolute path with "." and ".." removed and symbolic links resolved, like realpath.</summary>
    private static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            var info = new FileInfo(full);
            return info.Exists && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : full;
        }
        catch (IOException)
        {
            return full;
        }
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
            _ => vm.OpenedFile(fd) ?? throw vm.NewThrow(t, "java/io/IOException", "Stream Closed"),
        };
    }
}
