using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>
/// invokedynamic, dynamic constants and signature-polymorphic calls (java.lang.invoke). Not implemented yet:
/// they raise java.lang.InternalError in the program so it fails cleanly with a Java stack trace.
/// </summary>
public sealed partial class JavaVm
{
    internal int InvokeDynamic(JThread thread, JClass from, int index, long[] stack, int sp) =>
        throw NewThrow(thread, "java/lang/InternalError", $"Hawkbeans does not support invokedynamic yet ({from.File!.Pool.NameAndTypeOf(index).Name} in {from.JavaName})");

    internal long ResolveDynamicConstant(JThread thread, JClass from, int index) =>
        throw NewThrow(thread, "java/lang/InternalError", $"Hawkbeans does not support {from.File!.Pool.Tag(index)} constants yet (in {from.JavaName})");

    internal long InvokePolymorphic(JThread thread, JMethod resolved, JClass from, int index, int argBase) =>
        throw NewThrow(thread, "java/lang/InternalError", $"Hawkbeans does not support {resolved.Owner.JavaName}.{resolved.Name} yet (in {from.JavaName})");
}
