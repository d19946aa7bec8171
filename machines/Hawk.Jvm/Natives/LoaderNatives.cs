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

        // System.loadLibrary of the JDK's own libraries (zip, nio, net...): their natives are Hawkbeans' C# ones,
        // so "loading" the shared object found on sun.boot.library.path succeeds without opening it.
        const string libraries = "jdk/internal/loader/NativeLibraries";
        r.Add(libraries, "findBuiltinLib(Ljava/lang/String;)Ljava/lang/String;", static (_, _, _) => 0);
        r.Add(libraries, "load(Ljdk/internal/loader/NativeLibraries$NativeLibraryImpl;Ljava/lang/String;ZZZ)Z", static (_, _, _) => 1);
    }
}
