using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;
using Hawk.Jvm.Verification;

namespace Hawk.Jvm;

/// <summary>Verification at link time (JVMS 5.4.1) and the per-method reference maps the collector reads frames with.</summary>
public sealed partial class JavaVm
{
    private readonly HashSet<JClass> verified = [];
    private readonly Dictionary<JMethod, ReferenceMap?> referenceMaps = [];

    /// <summary>Java frames a collection had to scan conservatively because their types could not be computed.</summary>
    internal long ImpreciseFrames { get; private set; }

    /// <summary>Time spent verifying application classes (reported by diagnostics and benchmarks).</summary>
    public TimeSpan VerificationTime { get; private set; }

    /// <summary>
    /// Links a class: its superclass and superinterfaces first, then verification of its own code. As on HotSpot
    /// (BytecodeVerificationLocal=false), classes of the boot loader are trusted and not verified. A failure is the
    /// program's java.lang.VerifyError; the class stays unlinked, so a later attempt fails the same way.
    /// </summary>
    internal void Link(JThread thread, JClass type)
    {
        if (type.IsBootstrap || type.File is null || verified.Contains(type))
        {
            return;
        }

        if (type.Super is not null)
        {
            Link(thread, type.Super);
        }

        foreach (var superinterface in type.Interfaces)
        {
            Link(thread, superinterface);
        }

        var clock = System.Diagnostics.Stopwatch.StartNew();
        VerificationFailure? problem;
        try
        {
            problem = ClassVerifier.Verify(type.File, new VmClassHierarchy(this, thread, type));
        }
        finally
        {
            VerificationTime += clock.Elapsed;
        }

        if (problem is not null)
        {
            throw NewThrow(thread, problem.ErrorClass, problem.Message);
        }

        verified.Add(type);
    }

    /// <summary>The reference map of a method, computed on its first use by a collection and cached.</summary>
    private ReferenceMap? ReferenceMapOf(JMethod method)
    {
        if (!referenceMaps.TryGetValue(method, out var map))
        {
            map = ReferenceMap.Compute(method);
            referenceMaps[method] = map;
        }

        return map;
    }

    /// <summary>
    /// The roots of one thread's slot stack. A Java frame contributes exactly the slots its reference map marks at
    /// its recorded pc; a native frame its reference-typed arguments. Slots at or above the next frame's base
    /// belong to that frame (a call's arguments become the callee's locals). Slots between a frame's own extent and
    /// the next frame (or the stack top) are values C# code staged there, untyped: those are scanned conservatively,
    /// as is a frame whose types cannot be computed.
    /// </summary>
    private void VisitFrames(JThread thread, Action<int> visit)
    {
        var stack = thread.Stack;
        for (int i = 0; i < thread.Depth; i++)
        {
            ref var frame = ref thread.Frames[i];
            var method = frame.Method;
            int limit = i + 1 < thread.Depth ? thread.Frames[i + 1].Base : thread.StackTop;
            int extent;
            if (method.IsNative)
            {
                extent = frame.Base + method.ArgumentSlots;
                if (method.IsSignaturePolymorphicStub)
                {
                    VisitConservatively(stack, frame.Base, Math.Min(extent, limit), visit);
                }
                else
                {
                    VisitArguments(method, stack, frame.Base, limit, visit);
                }
            }
            else
            {
                var code = method.Code!;
                extent = frame.Base + code.MaxLocals + code.MaxStack;
                if (ReferenceMapOf(method)?.At(frame.Pc) is { } slots)
                {
                    foreach (int slot in slots)
                    {
                        int at = frame.Base + slot;
                        if (at < limit)
                        {
                            VisitSlot(stack[at], visit);
                        }
                    }
                }
                else
                {
                    ImpreciseFrames++;
                    VisitConservatively(stack, frame.Base, Math.Min(extent, limit), visit);
                }
            }

            VisitConservatively(stack, extent, limit, visit);
        }
    }

    private void VisitArguments(JMethod method, long[] stack, int start, int limit, Action<int> visit)
    {
        int at = start;
        if (!method.IsStatic)
        {
            VisitSlot(at < limit ? stack[at] : 0, visit);
            at++;
        }

        foreach (var parameter in ClassFiles.Descriptors.Parameters(method.Descriptor))
        {
            if (ClassFiles.Descriptors.IsReference(parameter) && at < limit)
            {
                VisitSlot(stack[at], visit);
            }

            at += ClassFiles.Descriptors.SlotSize(parameter);
        }
    }

    private void VisitConservatively(long[] stack, int from, int to, Action<int> visit)
    {
        for (int at = from; at < to; at++)
        {
            VisitSlot(stack[at], visit);
        }
    }

    /// <summary>
    /// A slot typed reference holds null or a live object, except one case: the arguments of a call whose callee
    /// has already returned or thrown (the callee reused them as locals) while the caller is still at the call's pc.
    /// Those are dead, so values that are not live objects are skipped rather than trusted.
    /// </summary>
    private void VisitSlot(long value, Action<int> visit)
    {
        if (value > 0 && value < Heap.Capacity && Heap.IsLive((int)value))
        {
            visit((int)value);
        }
    }
}
