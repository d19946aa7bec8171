using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Interpreter;

/// <summary>Exception dispatch (JVMS 2.10): the handler search a thrown exception goes through in each frame.</summary>
internal sealed partial class BytecodeInterpreter
{
    /// <summary>The handler pc for an exception thrown at <paramref name="pc"/>, or -1 (JVMS 2.10).</summary>
    private int FindHandler(JThread t, JMethod method, int pc, int throwable)
    {
        // BEGIN LAB exception-dispatch
        var type = heap[throwable].Class;
        foreach (var handler in method.Code!.Handlers)
        {
            if (pc < handler.StartPc || pc >= handler.EndPc)
            {
                continue;
            }

            if (handler.CatchType == 0)
            {
                return handler.HandlerPc;
            }

            var catchType = method.Owner.Resolved[handler.CatchType] as JClass ?? vm.ResolveClass(t, method.Owner, handler.CatchType);
            if (type.IsSubtypeOf(catchType))
            {
                return handler.HandlerPc;
            }
        }

        return -1;
        // END LAB exception-dispatch
    }
}
