using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Natives;

/// <summary>
/// java.lang.Thread's natives. Hawkbeans runs one Java thread at a time: <c>start()</c> of a non-daemon thread runs
/// its <c>run()</c> to completion on a thread record of its own before returning; the JDK's daemon service threads
/// (Reference Handler, Finalizer, Signal Dispatcher, cleaners) are never started.
/// </summary>
internal static class ThreadNatives
{
    private const int Runnable = 5;
    private const int Terminated = 2;

    public static void Register(NativeRegistry r)
    {
        const string thread = "java/lang/Thread";
        r.Add(thread, "currentThread()Ljava/lang/Thread;", static (t, _, _) => t.ThreadObject);
        r.Add(thread, "isAlive()Z", static (t, s, a) => t.Vm.AliveThreads.Contains((int)s[a]) ? 1 : 0);
        r.Add(thread, "holdsLock(Ljava/lang/Object;)Z", static (t, s, a) =>
            s[a] == 0 ? throw t.Vm.NewThrow(t, "java/lang/NullPointerException") : t.Vm.HoldsLock(t, (int)s[a]) ? 1 : 0);
        r.Add(thread, "start0()V", Start);
        r.Add(thread, "sleep(J)V", static (_, s, a) =>
        {
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(s[a], 10_000)));
            return 0;
        });
        r.Add(thread, "getThreads()[Ljava/lang/Thread;", static (t, _, _) =>
        {
            int array = t.Vm.NewArray(t.Vm.ArrayClassOf(t.Vm.LoadClass(t, thread)), 1);
            t.Vm.Heap[array].References[0] = t.ThreadObject;
            return array;
        });
        r.Nop(thread, "setPriority0(I)V", "yield()V", "interrupt0()V", "setNativeName(Ljava/lang/String;)V", "clearInterruptEvent()V");
    }

    private static long Start(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int threadObject = (int)s[a];
        if (vm.GetField(threadObject, "daemon") != 0)
        {
            return 0;
        }

        var child = vm.NewThread(threadObject);
        vm.SetField(threadObject, "threadStatus", Runnable);
        vm.AliveThreads.Add(threadObject);
        try
        {
            var type = vm.Heap[threadObject].Class;
            try
            {
                vm.Call(child, JavaVm.Method(type, "run", "()V"), threadObject);
            }
            catch (JavaException thrown)
            {
                vm.Call(child, JavaVm.Method(type, "dispatchUncaughtException", "(Ljava/lang/Throwable;)V"), threadObject, thrown.Throwable);
            }

            vm.Call(child, JavaVm.Method(type, "exit", "()V"), threadObject);
        }
        finally
        {
            vm.AliveThreads.Remove(threadObject);
            vm.SetField(threadObject, "threadStatus", Terminated);
            vm.EndThread(child);
        }

        return 0;
    }
}
