using System.Runtime.CompilerServices;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Interpreter;

/// <summary>One activation on a thread's frame stack: the method, where its locals start and its current pc.</summary>
internal struct Frame
{
    public JMethod Method;
    public int Base;
    public int Pc;
}

/// <summary>A native method: arguments are <c>stack[args..]</c> (receiver first); returns the value (0 for void).</summary>
public delegate long NativeMethod(JThread thread, long[] stack, int args);

/// <summary>
/// A Java thread's execution state: one slot stack shared by all frames (a callee's locals start at its
/// arguments on the caller's operand stack, as in HotSpot's interpreter) and the frame records.
/// </summary>
public sealed class JThread
{
    public const int MaxFrames = 6000;

    /// <summary>Frames beyond <see cref="MaxFrames"/> that only the construction of a StackOverflowError may use.</summary>
    public const int ReservedFrames = 200;

    public JThread(JavaVm vm, int stackSlots)
    {
        Vm = vm;
        Stack = new long[stackSlots];
    }

    public JavaVm Vm { get; }
    public long[] Stack { get; }
    internal Frame[] Frames { get; } = new Frame[MaxFrames + ReservedFrames];

    /// <summary>Current frame limit: raised into the reserve while a StackOverflowError is being built.</summary>
    internal int FrameLimit { get; set; } = MaxFrames;
    public int Depth { get; internal set; }

    /// <summary>The index of the top frame (the running method's while it runs).</summary>
    internal int Top
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Depth - 1;
    }

    /// <summary>The method of the top frame.</summary>
    internal JMethod TopMethod
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Frames[Depth - 1].Method;
    }

    /// <summary>The java.lang.Thread object of this thread.</summary>
    public int ThreadObject { get; internal set; }

    /// <summary>A Throwable being propagated, kept here as a collection root.</summary>
    public int InFlight { get; internal set; }

    /// <summary>Slots in use up to the top frame's operand stack limit: the extent the collector scans.</summary>
    public int StackTop { get; internal set; }
}
