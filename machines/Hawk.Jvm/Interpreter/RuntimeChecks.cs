using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hawk.Jvm.Memory;

namespace Hawk.Jvm.Interpreter;

/// <summary>
/// The checks instructions make at run time (null references, array bounds and element types, division by zero).
/// The passing case is inlined into the dispatch loop; raising the exception is out of line.
/// </summary>
internal sealed partial class BytecodeInterpreter
{
    /// <summary>Records the pc of the instruction that may throw, call or allocate (a GC point) in its frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Record(JThread t, int frameIndex, nint pc) => t.Frames[frameIndex].Pc = (int)pc;

    /// <summary>Records the faulting instruction in the frame, then raises the exception (cold path).</summary>
    private static ImplicitJavaError Fault(JThread t, int frameIndex, nint pc, string className, string? message)
    {
        Record(t, frameIndex, pc);
        return new ImplicitJavaError(className, message);
    }

    /// <summary>
    /// Raises the exception for the instruction at <paramref name="ip"/> in the running method's pinned quick code.
    /// The dispatch loop's checks take the instruction pointer, so its pc and frame are only looked up on failure.
    /// </summary>
    private static unsafe ImplicitJavaError Fault(JThread t, byte* ip, string className, string? message) =>
        Fault(t, t.Top, Pc(t, ip), className, message);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private HeapObject NonNull(JThread t, int frameIndex, nint pc, int reference) =>
        reference != 0 ? heap[reference] : throw Fault(t, frameIndex, pc, "java/lang/NullPointerException", null);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe HeapObject NonNull(JThread t, byte* ip, int reference) =>
        reference != 0 ? heap[reference] : throw Fault(t, ip, "java/lang/NullPointerException", null);

    private static unsafe int NonZero(JThread t, byte* ip, int divisor) =>
        divisor != 0 ? divisor : throw Fault(t, ip, "java/lang/ArithmeticException", "/ by zero");

    private static unsafe long NonZero(JThread t, byte* ip, long divisor) =>
        divisor != 0 ? divisor : throw Fault(t, ip, "java/lang/ArithmeticException", "/ by zero");

    /// <summary>The element of the array in the slot two below <paramref name="top"/> at the index in the slot below it, checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe ref T ArrayElement<T>(JThread t, byte* ip, long* top) =>
        ref Element<T>(t, ip, NonNull(t, ip, (int)top[-2]), (int)top[-1]);

    /// <summary>An array element after the type and bounds checks (so it is addressed without another one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe ref T Element<T>(JThread t, byte* ip, HeapObject array, int index)
    {
        // An exact type test: "as sbyte[]" would also accept a byte[] and needs a runtime helper to say so.
        var elements = array.Elements;
        if (elements is null || elements.GetType() != typeof(T[]))
        {
            throw NotAnArray(t, ip, array);
        }

        var typed = Unsafe.As<T[]>(elements);
        if ((uint)index >= (uint)typed.Length)
        {
            throw OutOfBounds(t, ip, index, typed.Length);
        }

        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(typed), (nint)(uint)index);
    }

    private static unsafe ImplicitJavaError OutOfBounds(JThread t, byte* ip, int index, int length) =>
        Fault(t, ip, "java/lang/ArrayIndexOutOfBoundsException", $"Index {index} out of bounds for length {length}");

    /// <summary>Only unverified bytecode can get here: an array instruction applied to the wrong kind of object.</summary>
    private static unsafe ImplicitJavaError NotAnArray(JThread t, byte* ip, HeapObject value) =>
        Fault(t, ip, "java/lang/VerifyError", $"Bad type on operand stack: {value.Class.JavaName} is not the array the instruction expects");

    /// <summary>aastore: the value must be assignable to the array's component type (ArrayStoreException).</summary>
    private unsafe void StoreReference(JThread t, byte* ip, HeapObject array, ref int element, int value)
    {
        if (value != 0 && !heap[value].Class.IsSubtypeOf(array.Class.Component!))
        {
            throw Fault(t, ip, "java/lang/ArrayStoreException", heap[value].Class.JavaName);
        }

        element = value;
    }
}
