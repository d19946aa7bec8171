using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>
/// The C# implementations of java.base's native methods, keyed "class.name(descriptor)". A native nobody
/// registered raises java.lang.UnsatisfiedLinkError in the program, like a missing JNI symbol.
/// </summary>
internal sealed class NativeRegistry
{
    private readonly Dictionary<string, NativeMethod> methods = new(StringComparer.Ordinal);

    public NativeRegistry(JavaVm vm)
    {
        Vm = vm;
        LangNatives.Register(this);
        ClassNatives.Register(this);
        ReflectionNatives.Register(this);
        ThrowableNatives.Register(this);
        UnsafeNatives.Register(this);
        MiscNatives.Register(this);
        IoNatives.Register(this);
        LoaderNatives.Register(this);
        ZipNatives.Register(this);
        InvokeNatives.Register(this);
    }

    public JavaVm Vm { get; }

    public void Add(string className, string nameAndDescriptor, NativeMethod implementation) =>
        methods[className + "." + nameAndDescriptor] = implementation;

    /// <summary>Registers a native that does nothing and returns 0/null/false.</summary>
    public void Nop(string className, params string[] nameAndDescriptors)
    {
        foreach (var method in nameAndDescriptors)
        {
            Add(className, method, static (_, _, _) => 0);
        }
    }

    public NativeMethod Bind(JMethod method)
    {
        if (methods.TryGetValue(method.Owner.Name + "." + method.Signature, out var implementation))
        {
            return implementation;
        }

        // registerNatives/initIDs only connect C functions in HotSpot's JDK; nothing to do here.
        if (method.Name is "registerNatives" or "initIDs" && method.Descriptor == "()V")
        {
            return static (_, _, _) => 0;
        }

        return (thread, _, _) => throw thread.Vm.NewThrow(thread, "java/lang/UnsatisfiedLinkError",
            $"'{JavaVm.JavaSignature(method.Owner, method.Name, method.Descriptor)}'");
    }
}
