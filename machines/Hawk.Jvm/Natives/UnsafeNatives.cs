using System.Runtime.InteropServices;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Memory;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>
/// jdk.internal.misc.Unsafe. Offsets are Hawkbeans' own: instance fields at 16 + 8 * slot, static fields at
/// 2^32 + 8 * slot of the class mirror, array elements at 16 + index * element size (bytes addressed through
/// a byte view of the typed array, so a getLong on a byte[] reads eight bytes, little-endian). A null base means
/// an absolute native address from allocateMemory.
/// </summary>
internal static unsafe class UnsafeNatives
{
    private const string U = "jdk/internal/misc/Unsafe";
    internal const long FieldBase = 16;
    internal const long StaticBase = 1L << 32;
    internal const int ArrayBase = 16;

    private static readonly (string Name, string Descriptor, int Size)[] Types =
    [
        ("Int", "I", 4), ("Long", "J", 8), ("Reference", "Ljava/lang/Object;", 4), ("Boolean", "Z", 1), ("Byte", "B", 1),
        ("Short", "S", 2), ("Char", "C", 2), ("Float", "F", 4), ("Double", "D", 8),
    ];

    public static void Register(NativeRegistry r)
    {
        foreach (var (name, descriptor, size) in Types)
        {
            bool signed = descriptor is "B" or "S" or "I" or "Ljava/lang/Object;" or "F";
            NativeMethod get = (t, s, a) => Read(t, (int)s[a + 1], s[a + 2], size, signed);
            NativeMethod put = (t, s, a) =>
            {
                Write(t, (int)s[a + 1], s[a + 2], size, s[a + 4], signed);
                return 0;
            };
            foreach (var suffix in new[] { "", "Volatile" })
            {
                r.Add(U, $"get{name}{suffix}(Ljava/lang/Object;J){descriptor}", get);
                r.Add(U, $"put{name}{suffix}(Ljava/lang/Object;J{descriptor})V", put);
            }
        }

        foreach (var (name, descriptor, size) in new[] { ("Int", "I", 4), ("Long", "J", 8), ("Reference", "Ljava/lang/Object;", 4) })
        {
            int valueSlots = size == 8 ? 2 : 1;
            r.Add(U, $"compareAndSet{name}(Ljava/lang/Object;J{descriptor}{descriptor})Z", (t, s, a) =>
                CompareAndExchange(t, s, a, size, valueSlots) == Normalize(s[a + 4], size) ? 1 : 0);
            r.Add(U, $"compareAndExchange{name}(Ljava/lang/Object;J{descriptor}{descriptor}){descriptor}", (t, s, a) =>
                CompareAndExchange(t, s, a, size, valueSlots));
        }

        r.Add(U, "arrayBaseOffset0(Ljava/lang/Class;)I", static (_, _, _) => ArrayBase);
        r.Add(U, "arrayIndexScale0(Ljava/lang/Class;)I", (t, s, a) => ElementSize(t.Vm.ClassOfMirror((int)s[a + 1]).ElementKind));
        r.Add(U, "objectFieldOffset1(Ljava/lang/Class;Ljava/lang/String;)J", (t, s, a) =>
        {
            var type = t.Vm.ClassOfMirror((int)s[a + 1]);
            string name = t.Vm.GetString((int)s[a + 2])!;
            var field = type.DeclaredField(name);
            return field is { IsStatic: false } ? FieldBase + (8L * field.Slot) : throw t.Vm.NewThrow(t, "java/lang/InternalError", name);
        });
        r.Add(U, "objectFieldOffset0(Ljava/lang/reflect/Field;)J", (t, s, a) => FieldBase + (8L * ReflectedField(t, (int)s[a + 1]).Slot));
        r.Add(U, "staticFieldOffset0(Ljava/lang/reflect/Field;)J", (t, s, a) => StaticBase + (8L * ReflectedField(t, (int)s[a + 1]).Slot));
        r.Add(U, "staticFieldBase0(Ljava/lang/reflect/Field;)Ljava/lang/Object;", (t, s, a) => t.Vm.GetField((int)s[a + 1], "clazz"));
        r.Add(U, "ensureClassInitialized0(Ljava/lang/Class;)V", (t, s, a) =>
        {
            t.Vm.Initialize(t, t.Vm.ClassOfMirror((int)s[a + 1]));
            return 0;
        });
        r.Add(U, "shouldBeInitialized0(Ljava/lang/Class;)Z", (t, s, a) => t.Vm.ClassOfMirror((int)s[a + 1]).State == ClassState.Initialized ? 0 : 1);
        r.Add(U, "allocateInstance(Ljava/lang/Class;)Ljava/lang/Object;", (t, s, a) =>
        {
            var type = t.Vm.ClassOfMirror((int)s[a + 1]);
            t.Vm.Initialize(t, type);
            return t.Vm.NewObject(type);
        });
        r.Add(U, "throwException(Ljava/lang/Throwable;)V", static (_, s, a) => throw new JavaException((int)s[a + 1]));
        r.Add(U, "allocateMemory0(J)J", static (_, s, a) => (long)NativeMemory.AllocZeroed((nuint)Math.Max(1, s[a + 1])));
        r.Add(U, "reallocateMemory0(JJ)J", static (_, s, a) => (long)NativeMemory.Realloc((void*)s[a + 1], (nuint)Math.Max(1, s[a + 3])));
        r.Add(U, "freeMemory0(J)V", static (_, s, a) =>
        {
            NativeMemory.Free((void*)s[a + 1]);
            return 0;
        });
        r.Add(U, "setMemory0(Ljava/lang/Object;JJB)V", (t, s, a) =>
        {
            Bytes(t, (int)s[a + 1], s[a + 2], s[a + 4]).Fill((byte)s[a + 6]);
            return 0;
        });
        r.Add(U, "copyMemory0(Ljava/lang/Object;JLjava/lang/Object;JJ)V", (t, s, a) =>
        {
            long count = s[a + 7];
            Bytes(t, (int)s[a + 1], s[a + 2], count).CopyTo(Bytes(t, (int)s[a + 4], s[a + 5], count));
            return 0;
        });
        r.Add(U, "copySwapMemory0(Ljava/lang/Object;JLjava/lang/Object;JJJ)V", (t, s, a) =>
        {
            // Copies elements of elemSize bytes, reversing each element's byte order.
            long count = s[a + 7];
            int size = (int)s[a + 9];
            var source = Bytes(t, (int)s[a + 1], s[a + 2], count).ToArray();
            var target = Bytes(t, (int)s[a + 4], s[a + 5], count);
            for (int i = 0; i < source.Length; i += size)
            {
                source.AsSpan(i, size).Reverse();
            }

            source.CopyTo(target);
            return 0;
        });
        r.Add(U, "getLoadAverage0([DI)I", static (_, _, _) => -1);
        r.Nop(U, "fullFence()V", "loadFence()V", "storeFence()V", "park(ZJ)V", "unpark(Ljava/lang/Object;)V");
    }

    private static JField ReflectedField(JThread t, int field)
    {
        var vm = t.Vm;
        var owner = vm.ClassOfMirror((int)vm.GetField(field, "clazz"));
        string name = vm.GetString((int)vm.GetField(field, "name"))!;
        return owner.DeclaredField(name) ?? throw vm.NewThrow(t, "java/lang/InternalError", name);
    }

    internal static int ElementSize(char kind) => kind switch { 'Z' or 'B' => 1, 'C' or 'S' => 2, 'J' or 'D' => 8, _ => 4 };

    private static long Normalize(long value, int size) => size == 8 ? value : (int)value;

    private static long CompareAndExchange(JThread t, long[] s, int a, int size, int valueSlots)
    {
        int target = (int)s[a + 1];
        long offset = s[a + 2];
        long expected = Normalize(s[a + 4], size), update = s[a + 4 + valueSlots];
        long current = Read(t, target, offset, size, signed: true);
        if (current == expected)
        {
            Write(t, target, offset, size, update, signed: true);
        }

        return current;
    }

    private static long Read(JThread t, int target, long offset, int size, bool signed)
    {
        if (Slot(t, target, offset) is { } slots)
        {
            return slots.Array[slots.Index];
        }

        var bytes = Bytes(t, target, offset, size);
        return size switch
        {
            1 => signed ? (sbyte)bytes[0] : bytes[0],
            2 => signed ? MemoryMarshal.Read<short>(bytes) : MemoryMarshal.Read<ushort>(bytes),
            4 => MemoryMarshal.Read<int>(bytes),
            _ => MemoryMarshal.Read<long>(bytes),
        };
    }

    private static void Write(JThread t, int target, long offset, int size, long value, bool signed)
    {
        if (Slot(t, target, offset) is { } slots)
        {
            slots.Array[slots.Index] = size switch
            {
                8 => value,
                4 => (int)value,
                2 => signed ? (short)value : (char)value,
                _ => signed ? (sbyte)value : value & 1,
            };
            return;
        }

        var bytes = Bytes(t, target, offset, size);
        switch (size)
        {
            case 1: bytes[0] = (byte)value; break;
            case 2: MemoryMarshal.Write(bytes, (short)value); break;
            case 4: MemoryMarshal.Write(bytes, (int)value); break;
            default: MemoryMarshal.Write(bytes, value); break;
        }
    }

    /// <summary>The field slot an offset names in an object or a class's statics; null for arrays and native memory.</summary>
    private static (long[] Array, int Index)? Slot(JThread t, int target, long offset)
    {
        if (target == 0)
        {
            return null;
        }

        var value = t.Vm.Heap[target];
        if (value.Elements is not null)
        {
            return null;
        }

        return offset >= StaticBase
            ? (((JClass)value.VmData!).Statics, (int)((offset - StaticBase) / 8))
            : (value.Fields, (int)((offset - FieldBase) / 8));
    }

    /// <summary>The bytes at an offset in an array, or at an absolute native address when the base is null.</summary>
    private static Span<byte> Bytes(JThread t, int target, long offset, long count)
    {
        if (target == 0)
        {
            return new Span<byte>((void*)offset, checked((int)count));
        }

        var value = t.Vm.Heap[target];
        return ArrayBytes(value).Slice((int)(offset - ArrayBase), (int)count);
    }

    internal static Span<byte> ArrayBytes(HeapObject array) => array.Elements switch
    {
        sbyte[] b => MemoryMarshal.AsBytes(b.AsSpan()),
        char[] c => MemoryMarshal.AsBytes(c.AsSpan()),
        short[] h => MemoryMarshal.AsBytes(h.AsSpan()),
        int[] i => MemoryMarshal.AsBytes(i.AsSpan()),
        long[] l => MemoryMarshal.AsBytes(l.AsSpan()),
        float[] f => MemoryMarshal.AsBytes(f.AsSpan()),
        double[] d => MemoryMarshal.AsBytes(d.AsSpan()),
        _ => throw new InvalidOperationException("not an array"),
    };
}
