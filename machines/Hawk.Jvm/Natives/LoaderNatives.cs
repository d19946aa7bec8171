using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Natives;

/// <summary>
/// The class loaders' natives (java.lang.ClassLoader, jdk.internal.loader.BootLoader) for the module-less start-up
/// (see JavaVm.Boot) and native libraries: the boot loader's unnamed module is remembered so that class mirrors report it from
/// Class.getModule(), and the boot loader finds classes in the runtime image only.
/// </summary>
internal static class LoaderNatives
{
    public static void Register(NativeRegistry r)
    {
        r.Add("jdk/internal/loader/BootLoader", "setBootLoaderUnnamedModule0(Ljava/lang/Module;)V", static (t, s, a) =>
        {
            t.Vm.SetUnnamedModule((int)s[a]);
            return 0;
        });
        r.Add("java/lang/ClassLoader", "findBootstrapClass(Ljava/lang/String;)Ljava/lang/Class;", static (t, s, a) =>
        {
            string name = t.Vm.GetString((int)s[a])!.Replace('.', '/');
            return t.Vm.IsBootstrapClass(name) ? t.Vm.MirrorOf(t.Vm.LoadClass(t, name, bootstrapOnly: true)) : 0;
        });

        r.Add("java/lang/Class", "getResourceAsStream(Ljava/lang/String;)Ljava/io/InputStream;", ResourceAsStream);
        r.Add("java/lang/ClassLoader", "defineClass1(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;", static (t, s, a) =>
            t.Vm.MirrorOf(t.Vm.DefineClass(t, t.Vm.GetString((int)s[a + 1])!.Replace('.', '/'), ClassBytes(t, s[a + 2], (int)s[a + 3], (int)s[a + 4]), isBootstrap: s[a] == 0)));
        r.Add("java/lang/ClassLoader", "defineClass0(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;", DefineClass0);

        // System.loadLibrary of the JDK's own libraries (zip, nio, net...): their natives are Hawkbeans' C# ones,
        // so "loading" the shared object found on sun.boot.library.path succeeds without opening it.
        const string libraries = "jdk/internal/loader/NativeLibraries";
        r.Add(libraries, "findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;", static (_, _, _) => 0);
        r.Add(libraries, "load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z", static (_, _, _) => 1);
    }

    /// <summary>
    /// Class.getResourceAsStream as the JDK's code behaves with the module graph HotSpot boots: a runtime-image
    /// class finds resources in the image, where a resource in a package of a named module is readable only from
    /// that module (class files and resources outside packages always are); an application class finds them on
    /// the class path. The bytes are returned as a java.io.ByteArrayInputStream.
    /// </summary>
    private static long ResourceAsStream(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        var type = vm.ClassOfMirror((int)s[a]);
        string name = vm.GetString((int)s[a + 1]) ?? throw vm.NewThrow(t, "java/lang/NullPointerException");
        while (type.Component is { } component)
        {
            type = component;
        }

        string path = name.StartsWith('/') ? name[1..] : type.Package.Length == 0 ? name : type.Package + "/" + name;
        byte[]? bytes;
        if (type.IsBootstrap)
        {
            int slash = path.LastIndexOf('/');
            string directory = slash < 0 ? "" : path[..slash];
            bool encapsulated = !path.EndsWith(".class", StringComparison.Ordinal) && directory.Length > 0
                && directory.Split('/').All(part => part.Length > 0 && part.All(c => char.IsLetterOrDigit(c) || c is '_' or '$'));
            var caller = t.Depth >= 2 ? t.Frames[t.Depth - 2].Method.Owner : null;
            bool open = caller is { IsBootstrap: true } && vm.Image.ModuleOf(caller.Package) == vm.Image.ModuleOf(directory);
            bytes = encapsulated && !open ? null : vm.Image.ReadResource(path);
        }
        else
        {
            bytes = vm.ReadClassPathResource(path);
        }

        if (bytes is null)
        {
            return 0;
        }

        int array = vm.NewArray(vm.ArrayClassOf(vm.PrimitiveClass('B')), bytes.Length);
        bytes.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(((sbyte[])vm.Heap[array].Elements!).AsSpan()));
        vm.Protect(array);
        try
        {
            var streamClass = vm.LoadClass(t, "java/io/ByteArrayInputStream");
            vm.Initialize(t, streamClass);
            int stream = vm.NewObject(streamClass);
            vm.Protect(stream);
            vm.Call(t, JavaVm.Method(streamClass, "<init>", "([B)V"), stream, array);
            vm.Unprotect(stream);
            return stream;
        }
        finally
        {
            vm.Unprotect(array);
        }
    }

    private static byte[] ClassBytes(JThread t, long array, int offset, int length) =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(((sbyte[])t.Vm.Heap[(int)array].Elements!).AsSpan(offset, length)).ToArray();

    /// <summary>Lookup.defineClass/defineHiddenClass: only hidden classes are supported (java.lang.invoke's own).</summary>
    private static long DefineClass0(JThread t, long[] s, int a)
    {
        const int HiddenClass = 0x2;
        var vm = t.Vm;
        int offset = (int)s[a + 4], length = (int)s[a + 5];
        if (((int)s[a + 8] & HiddenClass) == 0)
        {
            throw vm.NewThrow(t, "java/lang/UnsupportedOperationException", "Hawkbeans defines only hidden classes through Lookup");
        }

        return vm.DefineHiddenClass(t, ClassBytes(t, s[a + 3], offset, length), vm.ClassOfMirror((int)s[a + 1]), (int)s[a + 9], s[a + 7] != 0);
    }
}
