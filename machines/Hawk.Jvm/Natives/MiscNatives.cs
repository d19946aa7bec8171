using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>
/// jdk.internal.misc.VM/CDS/Signal/ScopedMemoryAccess, jdk.internal.reflect.Reflection, AccessController,
/// java.lang.reflect.Array and the system properties the VM reports (jdk.internal.util.SystemProps$Raw).
/// </summary>
internal static class MiscNatives
{
    public static void Register(NativeRegistry r)
    {
        const string vm = "jdk/internal/misc/VM";
        r.Add(vm, "getNanoTimeAdjustment(J)J", static (_, s, a) =>
        {
            long offsetSeconds = s[a];
            long nowNanos = (DateTimeOffset.UtcNow - DateTimeOffset.UnixEpoch).Ticks * 100;
            long diff = nowNanos - (offsetSeconds * 1_000_000_000);
            return Math.Abs(diff) > (1L << 32) * 1_000_000_000L ? -1 : diff;
        });
        r.Add(vm, "getRuntimeArguments()[Ljava/lang/String;", (t, _, _) => t.Vm.NewArray(t.Vm.ArrayClassOf(t.Vm.LoadClass(t, "java/lang/String")), 0));
        r.Nop(vm, "initialize()V", "latestUserDefinedLoader0()Ljava/lang/ClassLoader;");
        foreach (var id in new[] { "getuid", "geteuid", "getgid", "getegid" })
        {
            r.Add(vm, id + "()J", static (_, _, _) => 0);
        }

        const string cds = "jdk/internal/misc/CDS";
        r.Nop(cds, "isDumpingClassList0()Z", "isDumpingArchive0()Z", "isSharingEnabled0()Z", "initializeFromArchive(Ljava/lang/Class;)V",
            "getRandomSeedForDumping()J", "logLambdaFormInvoker(Ljava/lang/String;)V", "defineArchivedModules(Ljava/lang/ClassLoader;Ljava/lang/ClassLoader;)V");

        const string signal = "jdk/internal/misc/Signal";
        r.Add(signal, "findSignal0(Ljava/lang/String;)I", (t, s, a) => t.Vm.GetString((int)s[a]) switch
        {
            "HUP" => 1, "INT" => 2, "QUIT" => 3, "KILL" => 9, "TERM" => 15, _ => -1,
        });
        r.Add(signal, "handle0(IJ)J", static (_, _, _) => 0);

        const string reflection = "jdk/internal/reflect/Reflection";
        r.Add(reflection, "getCallerClass()Ljava/lang/Class;", GetCallerClass);
        r.Add(reflection, "getClassAccessFlags(Ljava/lang/Class;)I", (t, s, a) => (int)t.Vm.ClassOfMirror((int)s[a]).Access);
        r.Add(reflection, "areNestMates(Ljava/lang/Class;Ljava/lang/Class;)Z", (t, s, a) =>
            NestHost(t.Vm.ClassOfMirror((int)s[a])) == NestHost(t.Vm.ClassOfMirror((int)s[a + 1])) ? 1 : 0);

        const string access = "java/security/AccessController";
        r.Nop(access, "getStackAccessControlContext()Ljava/security/AccessControlContext;",
            "getInheritedAccessControlContext()Ljava/security/AccessControlContext;",
            "getProtectionDomain(Ljava/lang/Class;)Ljava/security/ProtectionDomain;",
            "ensureMaterializedForStackWalk(Ljava/lang/Object;)V");

        const string array = "java/lang/reflect/Array";
        r.Add(array, "newArray(Ljava/lang/Class;I)Ljava/lang/Object;", (t, s, a) =>
        {
            var component = t.Vm.ClassOfMirror((int)s[a]);
            if (component.PrimitiveCode == 'V')
            {
                throw t.Vm.NewThrow(t, "java/lang/IllegalArgumentException");
            }

            return t.Vm.NewArrayChecked(t, t.Vm.ArrayClassOf(component), (int)s[a + 1], t.StackTop);
        });
        r.Add(array, "getLength(Ljava/lang/Object;)I", (t, s, a) =>
            s[a] == 0 ? throw t.Vm.NewThrow(t, "java/lang/NullPointerException")
            : t.Vm.Heap[(int)s[a]].Class.IsArray ? t.Vm.Heap[(int)s[a]].Length
            : throw t.Vm.NewThrow(t, "java/lang/IllegalArgumentException", "Argument is not an array"));

        r.Add(array, "get(Ljava/lang/Object;I)Ljava/lang/Object;", ArrayGet);
        r.Add(array, "multiNewArray(Ljava/lang/Class;[I)Ljava/lang/Object;", (t, s, a) =>
        {
            var vm = t.Vm;
            var type = vm.ClassOfMirror((int)s[a]);
            int[] lengths = [.. vm.Heap[(int)s[a + 1]].References];
            if (type.PrimitiveCode == 'V' || lengths.Length > 255)
            {
                throw vm.NewThrow(t, "java/lang/IllegalArgumentException");
            }

            for (int i = 0; i < lengths.Length; i++)
            {
                type = vm.ArrayClassOf(type);
            }

            return vm.NewMultiArray(t, type, lengths, 0, t.StackTop);
        });

        const string timeZone = "java/util/TimeZone";
        r.Add(timeZone, "getSystemTimeZoneID(Ljava/lang/String;)Ljava/lang/String;", static (t, _, _) =>
            SystemTimeZone(t.Vm.Options.Environment) is { } zone ? t.Vm.NewString(zone) : 0);
        r.Add(timeZone, "getSystemGMTOffsetID()Ljava/lang/String;", static (t, _, _) =>
        {
            var offset = TimeZoneInfo.Local.BaseUtcOffset;
            return t.Vm.NewString(offset == TimeSpan.Zero ? "GMT" : $"GMT{(offset < TimeSpan.Zero ? '-' : '+')}{Math.Abs(offset.Hours):00}:{Math.Abs(offset.Minutes):00}");
        });

        const string raw = "jdk/internal/util/SystemProps$Raw";
        r.Add(raw, "vmProperties()[Ljava/lang/String;", (t, _, _) => StringArray(t, t.Vm.VmProperties()));
        r.Add(raw, "platformProperties()[Ljava/lang/String;", PlatformProperties);
    }

    /// <summary>java.lang.reflect.Array.get: the element, a primitive one boxed.</summary>
    private static long ArrayGet(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int index = (int)s[a + 1];
        var array = s[a] == 0 ? throw vm.NewThrow(t, "java/lang/NullPointerException") : vm.Heap[(int)s[a]];
        if (!array.Class.IsArray)
        {
            throw vm.NewThrow(t, "java/lang/IllegalArgumentException", "Argument is not an array");
        }

        if ((uint)index >= (uint)array.Length)
        {
            throw vm.NewThrow(t, "java/lang/ArrayIndexOutOfBoundsException");
        }

        char kind = array.Class.ElementKind;
        long value = array.Elements switch
        {
            sbyte[] bytes => bytes[index],
            char[] chars => chars[index],
            short[] shorts => shorts[index],
            int[] ints => ints[index],
            long[] longs => longs[index],
            float[] floats => Interpreter.Bytecode.F(floats[index]),
            double[] doubles => Interpreter.Bytecode.D(doubles[index]),
            _ => throw new InvalidOperationException("unknown array storage"),
        };
        return kind is 'L' or '[' ? value : vm.Adapt(t, value, kind.ToString(), "Ljava/lang/Object;");
    }

    /// <summary>
    /// The zone id as the JDK's Linux TimeZone_md.c finds it: the TZ variable, else /etc/timezone (Debian), else the
    /// zoneinfo file /etc/localtime links to; null when none names a zone.
    /// </summary>
    private static string? SystemTimeZone(IReadOnlyDictionary<string, string> environment)
    {
        static string? AfterZoneinfo(string path) =>
            path.IndexOf("zoneinfo/", StringComparison.Ordinal) is var at and >= 0 ? path[(at + "zoneinfo/".Length)..] : null;

        if (environment.GetValueOrDefault("TZ") is { Length: > 0 } tz)
        {
            tz = tz.TrimStart(':');
            return tz.StartsWith('/') ? AfterZoneinfo(tz) : tz;
        }

        if (File.Exists("/etc/timezone") && File.ReadLines("/etc/timezone").FirstOrDefault()?.Trim() is { Length: > 0 } debian)
        {
            return debian;
        }

        return new FileInfo("/etc/localtime").LinkTarget is { } target ? AfterZoneinfo(target) : null;
    }

    private static string NestHost(JClass type) => type.File?.NestHost ?? type.Name;

    /// <summary>
    /// Reflection.getCallerClass: the class of the method that called the @CallerSensitive method calling this,
    /// skipping reflection frames (Method.invoke and its accessors).
    /// </summary>
    private static long GetCallerClass(JThread t, long[] s, int a)
    {
        int seen = 0;
        for (int i = t.Depth - 1; i >= 0; i--)
        {
            var method = t.Frames[i].Method;
            if (i < t.Depth - 2 && (method.Owner.Name.StartsWith("jdk/internal/reflect/", StringComparison.Ordinal) || method is { Name: "invoke", Owner.Name: "java/lang/reflect/Method" }))
            {
                continue;
            }

            if (++seen == 3)
            {
                return t.Vm.MirrorOf(method.Owner);
            }
        }

        return 0;
    }

    private static long StringArray(JThread t, IReadOnlyList<string?> values)
    {
        var vm = t.Vm;
        int array = vm.NewArray(vm.ArrayClassOf(vm.LoadClass(t, "java/lang/String")), values.Count);
        vm.Protect(array);
        for (int i = 0; i < values.Count; i++)
        {
            vm.Heap[array].References[i] = values[i] is { } value ? vm.NewString(value) : 0;
        }

        vm.Unprotect(array);
        return array;
    }

    /// <summary>The platform properties, placed at the indices SystemProps$Raw declares as constants.</summary>
    private static long PlatformProperties(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        var raw = vm.LoadClass(t, "jdk/internal/util/SystemProps$Raw");
        int Index(string name) => raw.File!.Pool.Int(raw.DeclaredField(name)!.Info.ConstantValueIndex);
        var values = new string?[Index("FIXED_LENGTH")];
        foreach (var (key, value) in vm.PlatformProperties())
        {
            values[Index("_" + key.Replace('.', '_') + "_NDX")] = value;
        }

        return StringArray(t, values);
    }
}
