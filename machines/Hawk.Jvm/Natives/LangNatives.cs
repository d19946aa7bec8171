using System.Diagnostics;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Memory;
using Hawk.Jvm.Runtime;
using static Hawk.Jvm.Interpreter.Bytecode;

namespace Hawk.Jvm.Natives;

/// <summary>Natives of java.lang: Object, System, Thread, String, Runtime, Shutdown, Float/Double, StrictMath.</summary>
internal static class LangNatives
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    public static void Register(NativeRegistry r)
    {
        const string obj = "java/lang/Object";
        r.Add(obj, "getClass()Ljava/lang/Class;", (t, s, a) => t.Vm.MirrorOf(t.Vm.Heap[(int)s[a]].Class));
        r.Add(obj, "hashCode()I", (t, s, a) => IdentityHash(t.Vm, t.Vm.Heap[(int)s[a]]));
        r.Add(obj, "clone()Ljava/lang/Object;", Clone);
        r.Add(obj, "notify()V", static (t, s, a) => NotifyChecked(t, s[a]));
        r.Add(obj, "notifyAll()V", static (t, s, a) => NotifyChecked(t, s[a]));
        r.Add(obj, "wait(J)V", Wait);

        const string system = "java/lang/System";
        r.Add(system, "arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V", ArrayCopy);
        r.Add(system, "currentTimeMillis()J", static (_, _, _) => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        r.Add(system, "nanoTime()J", static (_, _, _) => (long)(Clock.ElapsedTicks * (1e9 / Stopwatch.Frequency)));
        r.Add(system, "identityHashCode(Ljava/lang/Object;)I", (t, s, a) => s[a] == 0 ? 0 : IdentityHash(t.Vm, t.Vm.Heap[(int)s[a]]));
        r.Add(system, "mapLibraryName(Ljava/lang/String;)Ljava/lang/String;", (t, s, a) => t.Vm.NewString("lib" + t.Vm.GetString((int)s[a]) + ".so"));
        foreach (var (name, field) in new[] { ("setIn0", "in"), ("setOut0", "out"), ("setErr0", "err") })
        {
            string descriptor = name == "setIn0" ? "(Ljava/io/InputStream;)V" : "(Ljava/io/PrintStream;)V";
            r.Add(system, name + descriptor, (t, s, a) =>
            {
                JavaVm.SetStatic(t.Vm.LoadClass(t, system), field, s[a]);
                return 0;
            });
        }

        // References are strong for now: the collector does not clear referents (see Heap).
        foreach (var reference in new[] { "java/lang/ref/Reference", "java/lang/ref/PhantomReference" })
        {
            r.Add(reference, "refersTo0(Ljava/lang/Object;)Z", (t, s, a) => t.Vm.GetField((int)s[a], "referent") == s[a + 1] ? 1 : 0);
        }

        r.Add("java/lang/ref/Reference", "clear0()V", (t, s, a) =>
        {
            t.Vm.SetField((int)s[a], "referent", 0);
            return 0;
        });
        r.Add("java/lang/String", "intern()Ljava/lang/String;", (t, s, a) => t.Vm.Intern(t.Vm.GetString((int)s[a])!, (int)s[a]));
        r.Add("java/util/concurrent/atomic/AtomicLong", "VMSupportsCS8()Z", static (_, _, _) => 1);
        r.Add("java/lang/StringUTF16", "isBigEndian()Z", static (_, _, _) => BitConverter.IsLittleEndian ? 0 : 1);

        const string runtime = "java/lang/Runtime";
        r.Add(runtime, "availableProcessors()I", static (_, _, _) => Environment.ProcessorCount);
        r.Add("java/lang/ProcessEnvironment", "environ()[[B", Environ);
        r.Add(runtime, "maxMemory()J", (t, _, _) => t.Vm.Heap.Limit);
        r.Add(runtime, "totalMemory()J", (t, _, _) => t.Vm.Heap.Limit);
        r.Add(runtime, "freeMemory()J", (t, _, _) => t.Vm.Heap.Limit - t.Vm.Heap.Used);
        r.Add(runtime, "gc()V", static (_, _, _) => 0);
        r.Add("java/lang/Shutdown", "halt0(I)V", static (_, s, a) => throw new JavaExitException((int)s[a]));
        r.Nop("java/lang/Shutdown", "beforeHalt()V");

        r.Add("java/lang/Float", "floatToRawIntBits(F)I", static (_, s, a) => (int)s[a]);
        r.Add("java/lang/Float", "intBitsToFloat(I)F", static (_, s, a) => (int)s[a]);
        r.Add("java/lang/Double", "doubleToRawLongBits(D)J", static (_, s, a) => s[a]);
        r.Add("java/lang/Double", "longBitsToDouble(J)D", static (_, s, a) => s[a]);
        RegisterStrictMath(r);
        ThreadNatives.Register(r);
    }

    private static void RegisterStrictMath(NativeRegistry r)
    {
        const string math = "java/lang/StrictMath";
        foreach (var (name, function) in new (string, Func<double, double>)[]
        {
            ("sin", Math.Sin), ("cos", Math.Cos), ("tan", Math.Tan), ("asin", Math.Asin), ("acos", Math.Acos),
            ("atan", Math.Atan), ("exp", Math.Exp), ("log", Math.Log), ("log10", Math.Log10), ("sqrt", Math.Sqrt),
            ("cbrt", Math.Cbrt), ("sinh", Math.Sinh), ("cosh", Math.Cosh), ("tanh", Math.Tanh),
            ("expm1", x => Math.Abs(x) < 1e-5 ? x + (x * x / 2) + (x * x * x / 6) : Math.Exp(x) - 1),
            ("log1p", x => Math.Abs(x) < 1e-5 ? x - (x * x / 2) + (x * x * x / 3) : Math.Log(1 + x)),
        })
        {
            r.Add(math, name + "(D)D", (_, s, a) => D(function(D(s[a]))));
        }

        // The intrinsics of JMethod.IsIntrinsic: the host's libm, like HotSpot's stubs.
        foreach (var (name, function) in new (string, Func<double, double>)[]
        {
            ("sin", Math.Sin), ("cos", Math.Cos), ("tan", Math.Tan), ("exp", Math.Exp), ("log", Math.Log), ("log10", Math.Log10),
        })
        {
            r.Add("java/lang/Math", name + "(D)D", (_, s, a) => D(function(D(s[a]))));
        }

        r.Add("java/lang/Math", "pow(DD)D", static (_, s, a) => D(Math.Pow(D(s[a]), D(s[a + 2]))));

        foreach (var (name, function) in new (string, Func<double, double, double>)[]
        {
            ("atan2", Math.Atan2), ("pow", Math.Pow), ("hypot", (x, y) => Math.Sqrt((x * x) + (y * y))), ("IEEEremainder", Math.IEEERemainder),
        })
        {
            r.Add(math, name + "(DD)D", (_, s, a) => D(function(D(s[a]), D(s[a + 2]))));
        }
    }

    /// <summary>ProcessEnvironment.environ: alternating name and value byte arrays of the program's environment.</summary>
    private static long Environ(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        var variables = vm.Options.Environment.ToList();
        var byteArray = vm.ArrayClassOf(vm.PrimitiveClass('B'));
        int result = vm.NewArray(vm.ArrayClassOf(byteArray), variables.Count * 2);
        vm.Protect(result);
        for (int i = 0; i < variables.Count; i++)
        {
            foreach (var (offset, text) in new[] { (0, variables[i].Key), (1, variables[i].Value) })
            {
                var bytes = System.Text.Encoding.UTF8.GetBytes(text);
                int array = vm.NewArray(byteArray, bytes.Length);
                bytes.AsSpan().CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(((sbyte[])vm.Heap[array].Elements!).AsSpan()));
                vm.Heap[result].References[(2 * i) + offset] = array;
            }
        }

        vm.Unprotect(result);
        return result;
    }

    internal static int IdentityHash(JavaVm vm, HeapObject value)
    {
        if (value.IdentityHash == 0)
        {
            // Marsaglia xor-shift, as HotSpot's default hashCode mode, kept to 31 bits and never 0.
            uint x = vm.HashState;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            vm.HashState = x;
            value.IdentityHash = (int)(x & 0x7FFFFFFF) | 1;
        }

        return value.IdentityHash;
    }

    /// <summary>No other thread can be waiting (see JavaVm.Monitors), so notify only checks ownership.</summary>
    private static long NotifyChecked(JThread t, long reference)
    {
        t.Vm.CheckMonitorOwner(t, (int)reference);
        return 0;
    }

    /// <summary>
    /// Object.wait: with no other thread able to notify, a timed wait sleeps its timeout (bounded) and an untimed
    /// one returns at once, as a spurious wakeup may.
    /// </summary>
    private static long Wait(JThread t, long[] s, int a)
    {
        long timeout = s[a + 1];
        if (timeout < 0)
        {
            throw t.Vm.NewThrow(t, "java/lang/IllegalArgumentException", "timeout value is negative");
        }

        t.Vm.CheckMonitorOwner(t, (int)s[a]);
        Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(timeout, 10_000)));
        return 0;
    }

    private static long Clone(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        var source = vm.Heap[(int)s[a]];
        if (!source.Class.IsArray && !source.Class.IsSubtypeOf(vm.LoadClass(t, "java/lang/Cloneable")))
        {
            throw vm.NewThrow(t, "java/lang/CloneNotSupportedException", source.Class.JavaName);
        }

        int copy = source.Class.IsArray ? vm.NewArray(source.Class, source.Length) : vm.NewObject(source.Class);
        var target = vm.Heap[copy];
        if (source.Elements is not null)
        {
            Array.Copy(source.Elements, target.Elements!, source.Length);
        }
        else
        {
            source.Fields.AsSpan().CopyTo(target.Fields);
            target.VmData = source.VmData;
        }

        return copy;
    }

    private static long ArrayCopy(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int src = (int)s[a], srcPos = (int)s[a + 1], dst = (int)s[a + 2], dstPos = (int)s[a + 3], length = (int)s[a + 4];
        if (src == 0 || dst == 0)
        {
            throw vm.NewThrow(t, "java/lang/NullPointerException");
        }

        var source = vm.Heap[src];
        var target = vm.Heap[dst];
        if (!source.Class.IsArray || !target.Class.IsArray)
        {
            var notArray = source.Class.IsArray ? target : source;
            throw vm.NewThrow(t, "java/lang/ArrayStoreException",
                $"arraycopy: {(source.Class.IsArray ? "destination" : "source")} type {notArray.Class.JavaName} is not an array");
        }

        char sk = source.Class.ElementKind, dk = target.Class.ElementKind;
        if (sk != dk)
        {
            throw vm.NewThrow(t, "java/lang/ArrayStoreException",
                $"arraycopy: type mismatch: can not copy {ArrayTypeName(source.Class)} into {ArrayTypeName(target.Class)}");
        }

        string? problem = length < 0 ? $"arraycopy: length {length} is negative"
            : srcPos < 0 ? $"arraycopy: source index {srcPos} out of bounds for {ArrayTypeName(source.Class, source.Length)}"
            : dstPos < 0 ? $"arraycopy: destination index {dstPos} out of bounds for {ArrayTypeName(target.Class, target.Length)}"
            : (long)srcPos + length > source.Length ? $"arraycopy: last source index {(long)srcPos + length} out of bounds for {ArrayTypeName(source.Class, source.Length)}"
            : (long)dstPos + length > target.Length ? $"arraycopy: last destination index {(long)dstPos + length} out of bounds for {ArrayTypeName(target.Class, target.Length)}"
            : null;
        if (problem is not null)
        {
            throw vm.NewThrow(t, "java/lang/ArrayIndexOutOfBoundsException", problem);
        }

        if (sk == 'L' && !source.Class.Component!.IsSubtypeOf(target.Class.Component!))
        {
            var from = source.References;
            var to = target.References;
            for (int i = 0; i < length; i++)
            {
                int element = from[srcPos + i];
                if (element != 0 && !vm.Heap[element].Class.IsSubtypeOf(target.Class.Component!))
                {
                    throw vm.NewThrow(t, "java/lang/ArrayStoreException",
                        $"arraycopy: element type mismatch: can not cast one of the elements of {JavaTypeName(source.Class)} to the type of the destination array, {target.Class.Component!.JavaName}");
                }

                to[dstPos + i] = element;
            }

            return 0;
        }

        Array.Copy(source.Elements!, srcPos, target.Elements!, dstPos, length);
        return 0;
    }

    /// <summary>"java.lang.Object[][]": a class's name as Java source spells it.</summary>
    private static string JavaTypeName(JClass type) => type.Component is { } component ? JavaTypeName(component) + "[]" : type.JavaName;

    /// <summary>"int[]", "object array[]" or with a length "int[10]", as HotSpot's arraycopy messages say.</summary>
    private static string ArrayTypeName(JClass arrayType, int length = -1)
    {
        string element = arrayType.ElementKind == 'L' ? "object array" : JavaVm.JavaTypeName(arrayType.ElementKind.ToString());
        return length < 0 ? element + "[]" : $"{element}[{length}]";
    }
}
