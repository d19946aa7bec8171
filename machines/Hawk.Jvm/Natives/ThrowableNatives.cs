using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>A captured Java stack: the frames (method, pc) of a Throwable, innermost first.</summary>
internal sealed record Backtrace((JMethod Method, int Pc)[] Frames);

/// <summary>Throwable.fillInStackTrace and StackTraceElement.initStackTraceElements (HotSpot's backtrace protocol).</summary>
internal static class ThrowableNatives
{
    public static void Register(NativeRegistry r)
    {
        r.Add("java/lang/Throwable", "fillInStackTrace(I)Ljava/lang/Throwable;", FillInStackTrace);
        r.Add("java/lang/NullPointerException", "getExtendedNPEMessage()Ljava/lang/String;", (t, s, a) =>
            t.Vm.Heap[(int)s[a]].VmData is Backtrace { Frames: [var (method, pc), ..] } && !method.IsNative
                && NullPointerMessages.For(method, pc) is { } message ? t.Vm.NewString(message) : 0);
        r.Add("java/lang/StackTraceElement", "initStackTraceElements([Ljava/lang/StackTraceElement;Ljava/lang/Throwable;)V", InitElements);
    }

    /// <summary>
    /// Records the frames below the throwable's construction: skips this native, fillInStackTrace and the
    /// constructors of the throwable's own class chain, as HotSpot does. The throwable itself is the backtrace object.
    /// </summary>
    private static long FillInStackTrace(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int throwable = (int)s[a];
        var type = vm.Heap[throwable].Class;
        int top = t.Depth - 1;
        while (top >= 0 && t.Frames[top].Method.Name == "fillInStackTrace" && t.Frames[top].Method.Owner.IsSubtypeOf(vm.LoadClass(t, "java/lang/Throwable")))
        {
            top--;
        }

        while (top >= 0 && t.Frames[top].Method.Name == "<init>" && type.IsSubtypeOf(t.Frames[top].Method.Owner))
        {
            top--;
        }

        var frames = new List<(JMethod, int)>(top + 1);
        for (int i = top; i >= 0; i--)
        {
            if (!t.Frames[i].Method.IsHiddenFrame)
            {
                frames.Add((t.Frames[i].Method, t.Frames[i].Pc));
            }
        }

        vm.Heap[throwable].VmData = new Backtrace([.. frames]);
        vm.SetField(throwable, "backtrace", throwable);
        vm.SetField(throwable, "depth", frames.Count);
        return throwable;
    }

    private static long InitElements(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int elements = (int)s[a], backtraceObject = (int)s[a + 1], depth = vm.Heap[elements].Length;
        if (vm.Heap[backtraceObject].VmData is not Backtrace backtrace)
        {
            return 0;
        }

        for (int i = 0; i < depth && i < backtrace.Frames.Length; i++)
        {
            int element = vm.Heap[elements].References[i];
            var (method, pc) = backtrace.Frames[i];
            var owner = method.Owner;
            vm.SetField(element, "declaringClassObject", vm.MirrorOf(owner));
            vm.SetField(element, "declaringClass", vm.NewString(owner.JavaName));
            vm.SetField(element, "methodName", vm.NewString(method.Name));
            vm.SetField(element, "fileName", owner.SourceFile is { } file ? vm.NewString(file) : 0);
            vm.SetField(element, "lineNumber", method.IsNative ? -2 : method.Code?.LineAt(pc) ?? -1);
            if (owner.IsBootstrap)
            {
                vm.SetField(element, "moduleName", vm.Intern(vm.Image.ModuleOf(owner.Package) ?? "java.base"));
            }
        }

        return 0;
    }
}
