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

        r.Add("java/lang/ClassLoader", "defineClass1(Ljava/lang/ClassLoader;Ljava/lang/String;[BIILjava/security/ProtectionDomain;Ljava/lang/String;)Ljava/lang/Class;", static (t, s, a) =>
            t.Vm.MirrorOf(t.Vm.DefineClass(t, t.Vm.GetString((int)s[a + 1])!.Replace('.', '/'), ClassBytes(t, s[a + 2], (int)s[a + 3], (int)s[a + 4]), isBootstrap: s[a] == 0)));
        r.Add("java/lang/ClassLoader", "defineClass0(Ljava/lang/ClassLoader;Ljava/lang/Class;Ljava/lang/String;[BIILjava/security/ProtectionDomain;ZILjava/lang/Object;)Ljava/lang/Class;", DefineClass0);

        // System.loadLibrary of the JDK's own libraries (zip, nio, net...): their natives are Hawkbeans' C# ones,
        // so "loading" the shared object found on sun.boot.library.path succeeds without opening it.
        const string libraries = "jdk/internal/loader/NativeLibraries";
        r.Add(libraries, "findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;", static (_, _, _) => 0);
        r.Add(libraries, "load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z", static (_, _, _) => 1);
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
