using System.Text;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>
/// Start-up as HotSpot's Threads::create_vm does it: initialize String, System, Class, ThreadGroup and Thread,
/// create the "system" and "main" thread groups and the main Thread, fix up UnsafeConstants, run
/// System.initPhase1 (properties, standard streams, signals). Documented shortcut: initPhase2 (the module system)
/// and initPhase3 (security manager, system class loader) are not run; application classes are defined by the
/// VM's own class-path loader and report a null class loader. What initPhase2 would leave behind for the library
/// is provided instead: BootLoader is initialized, and its unnamed module (which reads and exports everything) is
/// every class's Class.getModule(); ClassLoader.findBootstrapClass finds runtime-image classes. That is enough for
/// ServiceLoader.loadInstalled (which then finds no providers), the CLDR locale provider of java.base (root and
/// English locales) and so String.format/Formatter. Class.getResourceAsStream is bound to a native that reads the
/// runtime image (with the named modules' encapsulation) or the class path; Module.getResourceAsStream is not, so
/// resources loaded through it (BreakIterator data, other locales' data in jdk.localedata) are not available.
/// </summary>
public sealed partial class JavaVm
{
    /// <summary>Identity hash generator state (xor-shift), per VM so runs are reproducible.</summary>
    internal uint HashState { get; set; } = 0x2545F491;

    /// <summary>Thread objects whose run() is executing.</summary>
    internal HashSet<int> AliveThreads { get; } = [];

    internal bool IsClassKnown(string name) => classes.ContainsKey(name) || image.ReadClass(name) is not null || classPath.ReadClass(name) is not null;

    /// <summary>Whether the bootstrap loader defines (or would define) this class: it is in the runtime image.</summary>
    internal bool IsBootstrapClass(string name) =>
        classes.TryGetValue(name, out var known) ? known.IsBootstrap : !name.StartsWith('[') && image.ReadClass(name) is not null;

    private readonly Dictionary<long, object> nativeResources = [];
    private long nextNativeResource = 0x7f00_0000_1000;

    /// <summary>State a native keeps for a Java object (an Inflater's z_stream), keyed by a fake address.</summary>
    internal long AddNativeResource(object resource)
    {
        long address = nextNativeResource += 0x100;
        nativeResources[address] = resource;
        return address;
    }

    internal object NativeResource(long address) => nativeResources[address];

    internal void ReplaceNativeResource(long address, object resource) => nativeResources[address] = resource;

    internal void RemoveNativeResource(long address) => nativeResources.Remove(address);

    private readonly Dictionary<int, Stream> openFiles = [];
    private int nextFile = 3;

    /// <summary>A host file a FileInputStream opened, under a new file descriptor number.</summary>
    internal int OpenFile(Stream file)
    {
        openFiles[nextFile] = file;
        return nextFile++;
    }

    internal Stream? OpenedFile(int fd) => openFiles.GetValueOrDefault(fd);

    /// <summary>Files the program left open are closed with the VM.</summary>
    private void CloseFiles()
    {
        foreach (var file in openFiles.Values)
        {
            file.Dispose();
        }

        openFiles.Clear();
    }

    internal void CloseFile(int fd)
    {
        if (openFiles.Remove(fd, out var file))
        {
            file.Dispose();
        }
    }

    internal byte[]? ReadClassPathResource(string path) => classPath.ReadResource(path);

    internal JThread NewThread(int threadObject)
    {
        var thread = new JThread(this, 1 << 20) { ThreadObject = threadObject };
        AddThread(thread);
        return thread;
    }

    internal void EndThread(JThread thread) => threads.Remove(thread);

    /// <summary>Runs <c>mainClass.main(args)</c> like the java launcher; returns the process exit code.</summary>
    public int RunMain(string mainClass, IReadOnlyList<string> args)
    {
        int exitCode = 0;
        var host = new Thread(() => exitCode = RunOnHostThread(mainClass, args), 1024 * 1024 * 1024) { Name = "hawkbeans-main" };
        host.Start();
        host.Join();
        return exitCode;
    }

    private Exception? hostFailure;

    /// <summary>A failure of the VM itself (not of the Java program) from the last <see cref="RunMain"/>.</summary>
    public Exception? HostFailure => hostFailure;

    private int RunOnHostThread(string mainClass, IReadOnlyList<string> args)
    {
        var main = NewThread(0);
        try
        {
            try
            {
                Boot(main);
            }
            catch (JavaException thrown)
            {
                throw new InvalidOperationException($"VM start-up failed: {DescribeThrowable(thrown.Throwable)}");
            }

            return RunApplication(main, mainClass, args);
        }
        catch (JavaExitException exit)
        {
            // A process reports the status modulo 256, as the java launcher's exit(status) does.
            return exit.Status & 0xFF;
        }
        catch (Exception e)
        {
            // Whatever goes wrong inside the VM ends this run, never the host process.
            hostFailure = e;
            WriteError($"Hawkbeans: {e.Message}\n");
            Options.CallTrace?.WriteLine(e.ToString());
            return 134;
        }
        finally
        {
            Options.StandardOutput.Flush();
            Options.StandardError.Flush();
        }
    }

    private void Boot(JThread main)
    {
        var stringClass = LoadClass(main, "java/lang/String");
        Initialize(main, stringClass);
        var unsafeConstants = LoadClass(main, "jdk/internal/misc/UnsafeConstants");
        Initialize(main, unsafeConstants);
        SetStatic(unsafeConstants, "ADDRESS_SIZE0", 8);
        SetStatic(unsafeConstants, "PAGE_SIZE", 4096);
        SetStatic(unsafeConstants, "BIG_ENDIAN", BitConverter.IsLittleEndian ? 0 : 1);
        SetStatic(unsafeConstants, "UNALIGNED_ACCESS", 1);
        SetStatic(unsafeConstants, "DATA_CACHE_LINE_FLUSH_SIZE", 0);
        Initialize(main, LoadClass(main, "java/lang/System"));
        Initialize(main, LoadClass(main, "java/lang/Class"));

        var groupClass = LoadClass(main, "java/lang/ThreadGroup");
        Initialize(main, groupClass);
        int systemGroup = NewObject(groupClass);
        Protect(systemGroup);
        Call(main, Method(groupClass, "<init>", "()V"), systemGroup);
        int mainGroup = NewObject(groupClass);
        Protect(mainGroup);
        Call(main, Method(groupClass, "<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V"), mainGroup, systemGroup, Intern("main"));

        var threadClass = LoadClass(main, "java/lang/Thread");
        Initialize(main, threadClass);
        int thread = NewObject(threadClass);
        main.ThreadObject = thread;
        SetField(thread, "priority", 5);
        Call(main, Method(threadClass, "<init>", "(Ljava/lang/ThreadGroup;Ljava/lang/String;)V"), thread, mainGroup, Intern("main"));
        SetField(thread, "threadStatus", 5);
        AliveThreads.Add(thread);
        Unprotect(mainGroup);
        Unprotect(systemGroup);

        foreach (var name in new[] { "java/lang/Module", "java/lang/reflect/Method", "java/lang/ref/Finalizer" })
        {
            Initialize(main, LoadClass(main, name));
        }

        Call(main, Method(LoadClass(main, "java/lang/System"), "initPhase1", "()V"));
        foreach (var name in new[]
        {
            "java/lang/OutOfMemoryError", "java/lang/NullPointerException", "java/lang/ClassCastException",
            "java/lang/ArrayStoreException", "java/lang/ArithmeticException", "java/lang/StackOverflowError",
            "java/lang/IllegalMonitorStateException", "java/lang/IllegalArgumentException",
            "jdk/internal/loader/BootLoader",
        })
        {
            Initialize(main, LoadClass(main, name));
        }
    }

    private int RunApplication(JThread main, string mainClass, IReadOnlyList<string> args)
    {
        JClass type;
        try
        {
            type = LoadClass(main, mainClass.Replace('.', '/'));
        }
        catch (JavaException thrown) when (Heap[thrown.Throwable].Class.Name == "java/lang/NoClassDefFoundError" && !IsClassKnown(mainClass.Replace('.', '/')))
        {
            WriteError($"Error: Could not find or load main class {mainClass}\nCaused by: java.lang.ClassNotFoundException: {mainClass}\n");
            return 1;
        }
        catch (JavaException thrown)
        {
            WriteError($"Error: LinkageError occurred while loading main class {mainClass}\n\t{DescribeThrowable(thrown.Throwable, withStack: false)}\n");
            return 1;
        }

        try
        {
            Link(main, type); // the launcher's getMethod links the main class: a VerifyError surfaces here
        }
        catch (JavaException thrown)
        {
            WriteError($"Error: Unable to initialize main class {mainClass}\nCaused by: {DescribeThrowable(thrown.Throwable, withStack: false)}\n");
            return 1;
        }

        var entry = type.DeclaredMethod("main", "([Ljava/lang/String;)V");
        if (entry is null || !entry.IsStatic || (entry.Access & ClassFiles.AccessFlags.Public) == 0)
        {
            WriteError($"Error: Main method not found in class {mainClass}, please define the main method as:\n   public static void main(String[] args)\n" +
                "or a JavaFX application class must extend javafx.application.Application\n");
            return 1;
        }

        int exitCode = 0;
        try
        {
            Initialize(main, type);
            int array = NewArray(ArrayClassOf(LoadClass(main, "java/lang/String")), args.Count);
            Protect(array);
            for (int i = 0; i < args.Count; i++)
            {
                Heap[array].References[i] = NewString(args[i]);
            }

            Unprotect(array);
            Call(main, entry, array);
        }
        catch (JavaException thrown)
        {
            exitCode = 1;
            ReportUncaught(main, thrown.Throwable);
        }

        // DestroyJavaVM: the main thread ends, then the shutdown hooks run.
        AliveThreads.Remove(main.ThreadObject);
        try
        {
            Call(main, Method(LoadClass(main, "java/lang/Shutdown"), "shutdown", "()V"));
        }
        catch (JavaException thrown)
        {
            ReportUncaught(main, thrown.Throwable);
        }

        return exitCode;
    }

    /// <summary>Thread.dispatchUncaughtException, as HotSpot calls it when a thread's run ends with an exception.</summary>
    private void ReportUncaught(JThread thread, int throwable)
    {
        try
        {
            Call(thread, Method(Heap[thread.ThreadObject].Class, "dispatchUncaughtException", "(Ljava/lang/Throwable;)V"), thread.ThreadObject, throwable);
        }
        catch (JavaException)
        {
            WriteError($"Exception in thread \"main\" {DescribeThrowable(throwable)}\n");
        }
    }

    /// <summary>"class: message" of a Throwable, read from its fields without running Java code.</summary>
    internal string DescribeThrowable(int throwable, bool withStack = true)
    {
        var text = new StringBuilder(Heap[throwable].Class.JavaName);
        if (GetString((int)GetField(throwable, "detailMessage")) is { } message)
        {
            text.Append(": ").Append(message);
        }

        if (withStack && Heap[throwable].VmData is Natives.Backtrace backtrace)
        {
            foreach (var (method, pc) in backtrace.Frames)
            {
                text.Append($"\n\tat {method.Owner.JavaName}.{method.Name}({method.Owner.SourceFile}:{method.Code?.LineAt(pc)})");
            }
        }

        return text.ToString();
    }

    private void WriteError(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Options.StandardError.Write(bytes);
        Options.StandardError.Flush();
    }

    // ---- properties ----

    /// <summary>The properties HotSpot passes as "VM properties" (-D values included).</summary>
    internal List<string?> VmProperties()
    {
        var properties = new Dictionary<string, string>
        {
            ["java.home"] = Options.JavaHome,
            ["java.vm.specification.name"] = "Java Virtual Machine Specification",
            ["java.vm.specification.vendor"] = "Oracle Corporation",
            ["java.vm.specification.version"] = "17",
            ["java.vm.name"] = "Hawkbeans",
            ["java.vm.vendor"] = "Hawk",
            ["java.vm.version"] = "17",
            ["java.vm.info"] = "interpreted mode",
            ["jdk.debug"] = "release",
            ["sun.boot.library.path"] = Path.Combine(Options.JavaHome, "lib"),
            ["java.library.path"] = "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib",
            ["java.class.path"] = classPath.Text,
            ["sun.java.launcher"] = "SUN_STANDARD",
        };
        foreach (var (key, value) in Options.Properties)
        {
            properties[key] = value;
        }

        var list = new List<string?>();
        foreach (var (key, value) in properties)
        {
            list.Add(key);
            list.Add(value);
        }

        list.Add(null);
        return list;
    }

    /// <summary>Platform properties keyed like SystemProps$Raw's index constants (dots for underscores).</summary>
    internal Dictionary<string, string> PlatformProperties()
    {
        string encoding = NativeEncoding();
        var osVersion = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "unknown";
        return new Dictionary<string, string>
        {
            ["display.language"] = "en",
            ["format.language"] = "en",
            ["file.encoding"] = encoding,
            ["sun.jnu.encoding"] = encoding,
            ["file.separator"] = "/",
            ["path.separator"] = ":",
            ["line.separator"] = "\n",
            ["java.io.tmpdir"] = "/tmp",
            ["os.arch"] = "amd64",
            ["os.name"] = "Linux",
            ["os.version"] = osVersion,
            ["sun.arch.data.model"] = "64",
            ["sun.cpu.endian"] = "little",
            ["sun.cpu.isalist"] = "",
            ["sun.io.unicode.encoding"] = "UnicodeLittle",
            ["sun.os.patch.level"] = "unknown",
            ["user.dir"] = Options.WorkingDirectory,
            ["user.home"] = Options.Environment.GetValueOrDefault("HOME") ?? "?",
            ["user.name"] = Options.Environment.GetValueOrDefault("USER") ?? Environment.UserName,
        };
    }

    /// <summary>The C library's codeset for the environment's locale, as nl_langinfo(CODESET) reports it.</summary>
    private string NativeEncoding()
    {
        string? locale = null;
        foreach (var name in new[] { "LC_ALL", "LC_CTYPE", "LANG" })
        {
            if (Options.Environment.GetValueOrDefault(name) is { Length: > 0 } value)
            {
                locale = value;
                break;
            }
        }

        return locale is not null && (locale.Contains("UTF-8", StringComparison.OrdinalIgnoreCase) || locale.Contains("utf8", StringComparison.OrdinalIgnoreCase))
            ? "UTF-8"
            : "ANSI_X3.4-1968";
    }
}
