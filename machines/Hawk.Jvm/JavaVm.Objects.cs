using System.Text;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Memory;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>Allocation, strings, class mirrors and the collector's root set.</summary>
public sealed partial class JavaVm : IRootSet
{
    private const int ObjectHeader = 16;
    private readonly Dictionary<string, int> interned = new(StringComparer.Ordinal);
    private readonly List<JThread> threads = [];
    private readonly List<int> handles = [];
    private long safepoints;

    public int NewObject(JClass type) =>
        Heap.Allocate(new HeapObject(type, type.InstanceSlots == 0 ? [] : new long[type.InstanceSlots], null, ObjectHeader + (8L * type.InstanceSlots)));

    /// <summary>Allocates an array; sizes count element bytes (references 4) like a compressed-oops HotSpot.</summary>
    public int NewArray(JClass arrayType, int length)
    {
        var (elements, elementSize) = arrayType.ElementKind switch
        {
            'Z' or 'B' => ((Array)new sbyte[length], 1),
            'C' => (new char[length], 2),
            'S' => (new short[length], 2),
            'I' or 'L' => (new int[length], 4),
            'F' => (new float[length], 4),
            'J' => (new long[length], 8),
            'D' => (new double[length], 8),
            _ => throw new InvalidOperationException($"{arrayType.Name} is not an array class"),
        };
        return Heap.Allocate(new HeapObject(arrayType, [], elements, ObjectHeader + ((long)length * elementSize)));
    }

    internal int NewArrayChecked(JThread thread, JClass arrayType, int length, int stackTop)
    {
        if (length < 0)
        {
            throw NewThrow(thread, "java/lang/NegativeArraySizeException", length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        // HotSpot's arrayOopDesc::max_array_length on 64 bits: the length plus a two-word header must fit an int of words.
        const int MaxArrayLength = int.MaxValue - 2;
        if (length > MaxArrayLength)
        {
            throw NewThrow(thread, "java/lang/OutOfMemoryError", "Requested array size exceeds VM limit");
        }

        int elementSize = arrayType.ElementKind switch { 'Z' or 'B' => 1, 'C' or 'S' => 2, 'J' or 'D' => 8, _ => 4 };
        Safepoint(thread, ObjectHeader + ((long)length * elementSize), stackTop);
        return NewArray(arrayType, length);
    }

    internal int NewMultiArray(JThread thread, JClass arrayType, int[] lengths, int dimension, int stackTop)
    {
        int array = NewArrayChecked(thread, arrayType, lengths[dimension], stackTop);
        if (dimension + 1 < lengths.Length)
        {
            // The outer array is reachable from a handle while the inner ones are allocated.
            handles.Add(array);
            try
            {
                var elements = Heap[array].References;
                for (int i = 0; i < elements.Length; i++)
                {
                    elements[i] = NewMultiArray(thread, arrayType.Component!, lengths, dimension + 1, stackTop);
                }
            }
            finally
            {
                handles.RemoveAt(handles.Count - 1);
            }
        }

        return array;
    }

    /// <summary>
    /// An allocation point in the interpreter: every live reference is in a frame, a static or a handle, so the
    /// heap may be collected here. Throws OutOfMemoryError when the object does not fit even after collecting.
    /// </summary>
    internal void Safepoint(JThread thread, long bytes, int stackTop)
    {
        bool stress = Options.CollectEvery > 0 && ++safepoints % Options.CollectEvery == 0;
        if (!stress && !Heap.ShouldCollect(bytes))
        {
            return;
        }

        int savedTop = thread.StackTop;
        thread.StackTop = Math.Max(savedTop, stackTop);
        Heap.Collect(this);
        thread.StackTop = savedTop;
        if (!Heap.Fits(bytes))
        {
            throw NewThrow(thread, "java/lang/OutOfMemoryError", "Java heap space");
        }
    }

    /// <summary>
    /// Roots: class statics and mirrors, interned strings, handles and the threads' frames. Java frames are read
    /// precisely through their methods' reference maps at the recorded pc (see <see cref="VisitFrames"/>), so an
    /// int that happens to equal an object's reference does not keep that object alive.
    /// </summary>
    public void VisitRoots(Action<int> visit)
    {
        foreach (var type in classes.Values)
        {
            visit(type.Mirror);
            foreach (int slot in type.StaticReferenceSlots)
            {
                visit((int)type.Statics[slot]);
            }
        }

        foreach (var primitive in primitives.Values)
        {
            visit(primitive.Mirror);
        }

        foreach (int reference in interned.Values)
        {
            visit(reference);
        }

        foreach (int reference in handles)
        {
            visit(reference);
        }

        foreach (var thread in threads)
        {
            visit(thread.ThreadObject);
            visit(thread.InFlight);
            VisitFrames(thread, visit);
        }
    }

    /// <summary>Keeps a reference alive across allocations made by C# code; pair with <see cref="Unprotect"/>.</summary>
    public void Protect(int reference) => handles.Add(reference);

    public void Unprotect(int reference) => handles.RemoveAt(handles.LastIndexOf(reference));

    // ---- strings ----

    private JField? stringValue, stringCoder;

    /// <summary>A new java.lang.String: Latin-1 bytes when every char fits (compact strings), else UTF-16.</summary>
    public int NewString(string text)
    {
        var stringClass = LoadClass(null, "java/lang/String");
        stringValue ??= stringClass.DeclaredField("value")!;
        stringCoder ??= stringClass.DeclaredField("coder")!;
        bool latin1 = text.All(c => c <= 0xFF);
        int bytes = NewArray(ArrayClassOf(PrimitiveClass('B')), latin1 ? text.Length : text.Length * 2);
        var elements = (sbyte[])Heap[bytes].Elements!;
        for (int i = 0; i < text.Length; i++)
        {
            if (latin1)
            {
                elements[i] = (sbyte)text[i];
            }
            else
            {
                elements[2 * i] = (sbyte)(text[i] & 0xFF);
                elements[(2 * i) + 1] = (sbyte)(text[i] >> 8);
            }
        }

        int result = NewObject(stringClass);
        Heap[result].Fields[stringValue.Slot] = bytes;
        Heap[result].Fields[stringCoder.Slot] = latin1 ? 0 : 1;
        return result;
    }

    /// <summary>The text of a java.lang.String, or null for the null reference.</summary>
    public string? GetString(int reference)
    {
        if (reference == 0)
        {
            return null;
        }

        var value = Heap[reference];
        stringValue ??= value.Class.DeclaredField("value")!;
        stringCoder ??= value.Class.DeclaredField("coder")!;
        var bytes = (sbyte[])Heap[(int)value.Fields[stringValue.Slot]].Elements!;
        if (value.Fields[stringCoder.Slot] == 0)
        {
            var chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)(byte)bytes[i];
            }

            return new string(chars);
        }

        var builder = new StringBuilder(bytes.Length / 2);
        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            builder.Append((char)((byte)bytes[i] | ((byte)bytes[i + 1] << 8)));
        }

        return builder.ToString();
    }

    /// <summary>
    /// String.intern: one String object per distinct text; interned strings are roots. A text seen for the first
    /// time is represented by <paramref name="candidate"/> when given (String.intern() of that very object).
    /// </summary>
    public int Intern(string text, int candidate = 0)
    {
        if (!interned.TryGetValue(text, out int reference))
        {
            reference = candidate != 0 ? candidate : NewString(text);
            interned[text] = reference;
        }

        return reference;
    }

    // ---- class mirrors ----

    /// <summary>The java.lang.Class object of a class, created on first use.</summary>
    public int MirrorOf(JClass type)
    {
        if (type.Mirror != 0)
        {
            return type.Mirror;
        }

        var classClass = LoadClass(null, "java/lang/Class");
        int mirror = NewObject(classClass);
        Heap[mirror].VmData = type;
        type.Mirror = mirror;
        SetField(mirror, "module", unnamedModule);
        if (type.Component is not null)
        {
            SetField(mirror, "componentType", MirrorOf(type.Component));
        }

        return mirror;
    }

    private int unnamedModule;

    /// <summary>
    /// BootLoader's unnamed module: from now on every class mirror (those made so far included) reports it from
    /// Class.getModule(), since Hawkbeans defines no named modules (System.initPhase2 is not run).
    /// </summary>
    internal void SetUnnamedModule(int module)
    {
        unnamedModule = module;
        Protect(module);
        foreach (var type in classes.Values)
        {
            if (type.Mirror != 0)
            {
                SetField(type.Mirror, "module", module);
            }
        }
    }

    /// <summary>The class a java.lang.Class object stands for.</summary>
    public JClass ClassOfMirror(int mirror) => (JClass)Heap[mirror].VmData!;

    // ---- field access by name (natives and boot code) ----

    public long GetField(int reference, string name) => Heap[reference].Fields[FieldOf(Heap[reference].Class, name).Slot];

    public void SetField(int reference, string name, long value) => Heap[reference].Fields[FieldOf(Heap[reference].Class, name).Slot] = value;

    private static JField FieldOf(JClass type, string name)
    {
        for (var c = type; c is not null; c = c.Super)
        {
            if (c.DeclaredField(name) is { IsStatic: false } field)
            {
                return field;
            }
        }

        throw new InvalidOperationException($"{type.Name} has no instance field {name}");
    }

    public static void SetStatic(JClass type, string name, long value) =>
        type.Statics[(type.DeclaredField(name) ?? throw new InvalidOperationException($"{type.Name} has no field {name}")).Slot] = value;

    public static long GetStatic(JClass type, string name) =>
        type.Statics[(type.DeclaredField(name) ?? throw new InvalidOperationException($"{type.Name} has no field {name}")).Slot];

    internal void AddThread(JThread thread) => threads.Add(thread);
}
