using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;

namespace Hawk.Jvm.Runtime;

/// <summary>A method of a loaded class, with what the interpreter needs precomputed.</summary>
public sealed class JMethod
{
    public JMethod(JClass owner, MemberInfo info)
    {
        Owner = owner;
        Info = info;
        Name = info.Name;
        Descriptor = info.Descriptor;
        Access = info.Access;
        Code = info.Code;
        ArgumentSlots = Descriptors.ArgumentSlots(Descriptor) + (IsStatic ? 0 : 1);
        ReturnType = Descriptors.ReturnType(Descriptor);
        ReturnSlots = Descriptors.SlotSize(ReturnType);
        IsIntrinsic = (owner.Name == "java/lang/Math"
            && ((Descriptor == "(D)D" && Name is "sin" or "cos" or "tan" or "exp" or "log" or "log10") || (Descriptor == "(DD)D" && Name == "pow")))
            || (owner.Name == "java/lang/Class" && Name == "getResourceAsStream" && Descriptor == "(Ljava/lang/String;)Ljava/io/InputStream;");
    }

    public JClass Owner { get; }
    public MemberInfo Info { get; }
    public string Name { get; }
    public string Descriptor { get; }
    public AccessFlags Access { get; }
    public CodeAttribute? Code { get; }

    /// <summary>Local slots the arguments occupy, the receiver included.</summary>
    public int ArgumentSlots { get; }
    public string ReturnType { get; }
    public int ReturnSlots { get; }

    /// <summary>Index in the owner's vtable, or -1 for methods not dispatched virtually.</summary>
    public int VTableIndex { get; internal set; } = -1;

    /// <summary>The C# implementation of a native method, bound on first call.</summary>
    internal NativeMethod? Native { get; set; }

    /// <summary>The interpreter's private copy of the bytecode, rewritten into quick forms as instructions resolve.</summary>
    internal byte[]? QuickCode { get; set; }

    public bool IsStatic => (Access & AccessFlags.Static) != 0;
    /// <summary>
    /// A method bound to a native instead of its bytecode: the java.lang.Math methods HotSpot's interpreter runs as
    /// intrinsics (libm stubs, nearly correctly rounded, where the bytecode would use StrictMath's fdlibm), and
    /// Class.getResourceAsStream, whose bytecode needs the module system Hawkbeans does not boot (see JavaVm.Boot).
    /// </summary>
    public bool IsIntrinsic { get; }

    /// <summary>
    /// Left out of stack traces like HotSpot's hidden methods: those of hidden classes and, in the runtime image,
    /// those annotated @Hidden (java.lang.invoke's LambdaForm holders and invokers).
    /// </summary>
    public bool IsHiddenFrame => Owner.IsHidden
        || (Owner.IsBootstrap && Array.Exists(Info.Annotations, a => a is "Ljdk/internal/vm/annotation/Hidden;" or "Ljava/lang/invoke/LambdaForm$Hidden;"));

    public bool IsNative => (Access & AccessFlags.Native) != 0 || IsIntrinsic;
    public bool IsAbstract => (Access & AccessFlags.Abstract) != 0;
    public bool IsPrivate => (Access & AccessFlags.Private) != 0;
    public bool IsSynchronized => (Access & AccessFlags.Synchronized) != 0;

    /// <summary>MethodHandle.invoke*/linkTo* and VarHandle accessors: typed by each call site (JVMS 2.9.3).</summary>
    public bool IsSignaturePolymorphicStub =>
        IsNative && (Access & AccessFlags.Varargs) != 0 && Owner.Name is "java/lang/invoke/MethodHandle" or "java/lang/invoke/VarHandle";

    /// <summary>"name(descriptor)", the key natives and lookups use.</summary>
    public string Signature => Name + Descriptor;

    public override string ToString() => $"{Owner.Name}.{Name}{Descriptor}";
}
