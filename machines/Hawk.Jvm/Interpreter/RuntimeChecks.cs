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
    private static void Record(JThread t, int frameIndex, nint pc) => t.Frames[frameIndex].Pc = (int)pc;

    /// <summary>Records the faulting instruction in the frame, then raises the exception (cold path).</summary>
    private static ImplicitJavaError Fault(JThread t, int frameIndex, nint pc, string className, string? message)
    {
        Record(t, frameIndex, pc);
        return new ImplicitJavaError(className, message);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private HeapObject NonNull(JThread t, int frameIndex, nint pc, int reference) =>
        reference != 0 ? heap[reference] : throw Fault(t, frameIndex, pc, "java/lang/NullPointerException", null);

    private static int NonZero(JThread t, int frameIndex, nint pc, int divisor) =>
        divisor != 0 ? divisor : throw Fault(t, frameIndex, pc, "java/lang/ArithmeticException", "/ by zero");

    private static long NonZero(JThread t, int frameIndex, nint pc, long divisor) =>
        divisor != 0 ? divisor : throw Fault(t, frameIndex, pc, "java/lang/ArithmeticException", "/ by zero");

    /// <summary>The element of the array below the top <paramref name="top"/> slots at the index above it, checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe ref T ArrayElement<T>(JThread t, int frameIndex, nint pc, long* s, nint top) =>
        ref Element<T>(t, frameIndex, pc, NonNull(t, frameIndex, pc, (int)s[top - 2]), (int)s[top - 1]);

    /// <summary>An array element after the type and bounds checks (so it is addressed without another one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref T Element<T>(JThread t, int frameIndex, nint pc, HeapObject array, int index)
    {
        // An exact type test: "as sbyte[]" would also accept a byte[] and needs a runtime helper to say so.
        var elements = array.Elements;
        if (elements is null || elements.GetType() != typeof(T[]))
        {
            throw NotAnArray(t, frameIndex, pc, array);
        }

        var typed = Unsafe.As<T[]>(elements);
        if ((uint)index >= (uint)typed.Length)
        {
            throw OutOfBounds(t, frameIndex, pc, index, typed.Length);
        }

        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(typed), (nint)(uint)index);
    }

    private static ImplicitJavaError OutOfBounds(JThread t, int frameIndex, nint pc, int index, int length) =>
        Fault(t, frameIndex, pc, "java/lang/ArrayIndexOutOfBoundsException", $"Index {index} out of bounds for length {length}");

    /// <summary>Only unverified bytecode can get here: an array instruction applied to the wrong kind of object.</summary>
    private static ImplicitJavaError NotAnArray(JThread t, int frameIndex, nint pc, HeapObject value) =>
        Fault(t, frameIndex, pc, "java/lang/VerifyError", $"Bad type on operand stack: {value.Class.JavaName} is not the array the instruction expects");

    /// <summary>aastore: the value must be assignable to the array's component type (ArrayStoreException).</summary>
    private void StoreReference(JThread t, int frameIndex, nint pc, HeapObject array, ref int element, int value)
    {
        if (value != 0 && !heap[value].Class.IsSubtypeOf(array.Class.Component!))
        {
            throw Fault(t, frameIndex, pc, "java/lang/ArrayStoreException", heap[value].Class.JavaName);
        }

        element = value;
    }
}
