using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>Resolution with access checks (JVMS 5.4.3, 5.4.4), method selection and initialization (JVMS 5.5).</summary>
public sealed partial class JavaVm
{
    internal JClass ResolveClass(JThread thread, JClass from, int index)
    {
        var type = LoadClass(thread, from.File!.Pool.ClassName(index), from.IsBootstrap);
        var element = type;
        while (element.Component is not null)
        {
            element = element.Component;
        }

        if (!element.IsPrimitive && !IsClassAccessible(element, from))
        {
            throw NewThrow(thread, "java/lang/IllegalAccessError",
                $"failed to access class {element.JavaName} from class {from.JavaName} ({Describe(element)}; {Describe(from)})");
        }

        from.Resolved[index] = type;
        return type;
    }

    private static bool IsClassAccessible(JClass type, JClass from) =>
        (type.Access & AccessFlags.Public) != 0 || SameRuntimePackage(type, from);

    private static bool SameRuntimePackage(JClass a, JClass b) => a.IsBootstrap == b.IsBootstrap && a.Package == b.Package;

    /// <summary>JVMS 5.4.4 member access, with nestmates (JVMS 5.4.4, Java 11+) for private members.</summary>
    private static bool IsMemberAccessible(JClass owner, AccessFlags access, JClass from)
    {
        if ((access & AccessFlags.Public) != 0 || ReferenceEquals(owner, from))
        {
            return true;
        }

        if ((access & AccessFlags.Private) != 0)
        {
            return NestHostName(owner) == NestHostName(from) && owner.IsBootstrap == from.IsBootstrap;
        }

        if (SameRuntimePackage(owner, from))
        {
            return true;
        }

        return (access & AccessFlags.Protected) != 0 && from.IsSubtypeOf(owner);
    }

    private static string NestHostName(JClass type) => type.File?.NestHost ?? type.Name;

    internal JField ResolveField(JThread thread, JClass from, int index, bool isStatic)
    {
        var (owner, name, descriptor) = from.File!.Pool.MemberRef(index);
        var type = from.Resolved[from.File.Pool.First(index)] as JClass ?? ResolveClass(thread, from, from.File.Pool.First(index));
        var field = type.FindField(name, descriptor) ?? throw NewThrow(thread, "java/lang/NoSuchFieldError", name);
        if (!IsMemberAccessible(field.Owner, field.Access, from))
        {
            throw NewThrow(thread, "java/lang/IllegalAccessError",
                $"class {from.JavaName} tried to access {AccessWord(field.Access)}field {field.Owner.JavaName}.{name} ({Describe(from)}; {Describe(field.Owner)})");
        }

        if (field.IsStatic != isStatic)
        {
            throw NewThrow(thread, "java/lang/IncompatibleClassChangeError",
                $"Expected {(isStatic ? "static" : "non-static")} field {owner.Replace('/', '.')}.{name}");
        }

        from.Resolved[index] = field;
        return field;
    }

    internal JMethod ResolveMethod(JThread thread, JClass from, int index, int opcode)
    {
        var pool = from.File!.Pool;
        var (_, name, descriptor) = pool.MemberRef(index);
        var type = from.Resolved[pool.First(index)] as JClass ?? ResolveClass(thread, from, pool.First(index));
        bool interfaceRef = pool.Tag(index) == ConstantTag.InterfaceMethodref;
        if (interfaceRef != type.IsInterface)
        {
            throw NewThrow(thread, "java/lang/IncompatibleClassChangeError",
                $"Found {(type.IsInterface ? "interface" : "class")} {type.JavaName}, but {(type.IsInterface ? "class" : "interface")} was expected");
        }

        var method = interfaceRef
            ? type.DeclaredMethod(name, descriptor)
                ?? (LoadClass(thread, "java/lang/Object").DeclaredMethod(name, descriptor) is { IsStatic: false } m && (m.Access & AccessFlags.Public) != 0 ? m : null)
                ?? type.FindInterfaceMethod(name, descriptor)
            : SignaturePolymorphic(type, name, descriptor)
                ?? type.FindMethodInSuperclasses(name, descriptor)
                ?? type.FindInterfaceMethod(name, descriptor);
        if (method is null)
        {
            throw NewThrow(thread, "java/lang/NoSuchMethodError", $"'{JavaSignature(type, name, descriptor)}'");
        }

        if (!IsMemberAccessible(method.Owner, method.Access, from))
        {
            throw NewThrow(thread, "java/lang/IllegalAccessError",
                $"class {from.JavaName} tried to access {AccessWord(method.Access)}method '{JavaSignature(method.Owner, name, descriptor)}' ({Describe(from)}; {Describe(method.Owner)})");
        }

        if (method.IsStatic != (opcode == 0xb8))
        {
            throw NewThrow(thread, "java/lang/IncompatibleClassChangeError",
                $"Expected {(opcode == 0xb8 ? "static" : "non-static")} method '{JavaSignature(method.Owner, name, descriptor)}'");
        }

        from.Resolved[index] = method;
        return method;
    }

    /// <summary>JVMS 5.4.3.3 step 1: MethodHandle/VarHandle's native varargs methods match any descriptor.</summary>
    internal static JMethod? SignaturePolymorphic(JClass type, string name, string descriptor)
    {
        if (type.Name is not ("java/lang/invoke/MethodHandle" or "java/lang/invoke/VarHandle"))
        {
            return null;
        }

        var declared = type.Methods.FirstOrDefault(m => m.Name == name && m.IsSignaturePolymorphicStub);
        return declared is null ? null : new JMethod(type, declared.Info with { Descriptor = descriptor });
    }

    /// <summary>invokespecial selection (JVMS 6.5): super calls start at the current class's superclass.</summary>
    internal static JMethod SelectSpecial(JClass current, JMethod resolved)
    {
        if (resolved.Name == "<init>" || resolved.IsPrivate || resolved.Owner.IsInterface || !current.IsSubtypeOf(resolved.Owner) || ReferenceEquals(current, resolved.Owner))
        {
            return resolved;
        }

        return current.Super!.FindMethodInSuperclasses(resolved.Name, resolved.Descriptor) ?? resolved;
    }

    internal int ResolveString(JClass from, int index)
    {
        int reference = Intern(from.File!.Pool.StringValue(index));
        from.Resolved[index] = reference;
        return reference;
    }

    // ---- initialization (JVMS 5.5) ----

    /// <summary>
    /// Initializes a class: superclass first, then superinterfaces declaring default methods, then the
    /// ConstantValue statics and &lt;clinit&gt;. A failing initializer marks the class erroneous and surfaces as
    /// ExceptionInInitializerError (Errors pass through); later uses get NoClassDefFoundError.
    /// </summary>
    public void Initialize(JThread thread, JClass type)
    {
        switch (type.State)
        {
            case ClassState.Initialized:
                return;
            case ClassState.Initializing when ReferenceEquals(type.InitializingThread, thread):
                return;
            case ClassState.Erroneous:
                var error = NewThrow(thread, "java/lang/NoClassDefFoundError", $"Could not initialize class {type.JavaName}");
                if (type.InitializationError != 0)
                {
                    CallVirtual(thread, error.Throwable, "initCause", "(Ljava/lang/Throwable;)Ljava/lang/Throwable;", type.InitializationError);
                }

                throw error;
        }

        Link(thread, type);

        type.State = ClassState.Initializing;
        type.InitializingThread = thread;
        try
        {
            if (!type.IsInterface && type.Super is not null)
            {
                Initialize(thread, type.Super);
            }

            if (!type.IsInterface)
            {
                foreach (var i in type.Interfaces)
                {
                    if (i.Methods.Any(m => !m.IsStatic && !m.IsAbstract))
                    {
                        Initialize(thread, i);
                    }
                }
            }

            SetConstantValues(type);
            if (type.DeclaredMethod("<clinit>", "()V") is { } initializer)
            {
                Call(thread, initializer);
            }

            type.State = ClassState.Initialized;
        }
        catch (JavaException thrown)
        {
            type.State = ClassState.Erroneous;
            type.InitializationError = RecordInitializationError(thread, thrown.Throwable);
            if (Heap[thrown.Throwable].Class.IsSubtypeOf(LoadClass(thread, "java/lang/Error")))
            {
                throw;
            }

            throw NewThrow(thread, "java/lang/ExceptionInInitializerError", cause: thrown.Throwable);
        }
        finally
        {
            type.InitializingThread = null;
        }
    }

    /// <summary>
    /// HotSpot's record of a failed initialization: a new ExceptionInInitializerError "Exception C: message [in
    /// thread "T"]" carrying the original exception's stack trace (not the exception itself). Kept as a handle for
    /// the life of the VM; 0 when building it failed.
    /// </summary>
    private int RecordInitializationError(JThread thread, int original)
    {
        Protect(original);
        try
        {
            string? message = GetString((int)GetField(original, "detailMessage"));
            string threadName = GetString((int)GetField(thread.ThreadObject, "name")) ?? "";
            string text = $"Exception {Heap[original].Class.JavaName}{(message is null ? "" : ":")} {(message is null ? "" : message + " ")}[in thread \"{threadName}\"]";
            int error = NewThrow(thread, "java/lang/ExceptionInInitializerError", text).Throwable;
            Protect(error);
            int trace = (int)CallVirtual(thread, original, "getStackTrace", "()[Ljava/lang/StackTraceElement;");
            SetField(error, "stackTrace", trace);
            Heap[error].VmData = null;
            return error;
        }
        catch (JavaException)
        {
            return 0;
        }
        finally
        {
            Unprotect(original);
        }
    }

    private void SetConstantValues(JClass type)
    {
        var pool = type.File?.Pool;
        foreach (var field in type.Fields)
        {
            int index = field.Info.ConstantValueIndex;
            if (!field.IsStatic || index == 0 || pool is null)
            {
                continue;
            }

            type.Statics[field.Slot] = pool.Tag(index) == ConstantTag.String ? Intern(pool.StringValue(index)) : pool.Long(index);
        }
    }

    // ---- the JVM's own exceptions ----

    private int creatingThrowable;

    /// <summary>Creates a Throwable of the named class with a message (or a cause) by running its constructor.</summary>
    public JavaException NewThrow(JThread thread, string className, string? message = null, int cause = 0)
    {
        // An exception class that cannot itself be loaded would recurse forever: report it to the host instead.
        if (creatingThrowable > 4)
        {
            throw new JavaLinkageException(className, message ?? "");
        }

        JClass type;
        creatingThrowable++;
        Protect(cause);
        try
        {
            type = LoadClass(thread, className);
            Initialize(thread, type);
        }
        finally
        {
            Unprotect(cause);
            creatingThrowable--;
        }

        int text = message is null ? 0 : NewString(message);
        Protect(text);
        int throwable = NewObject(type);
        Unprotect(text);
        if (cause != 0)
        {
            Call(thread, Method(type, "<init>", "(Ljava/lang/Throwable;)V"), throwable, cause);
        }
        else if (message is not null)
        {
            Call(thread, Method(type, "<init>", "(Ljava/lang/String;)V"), throwable, text);
        }
        else
        {
            Call(thread, Method(type, "<init>", "()V"), throwable);
        }

        return new JavaException(throwable);
    }

    /// <summary>A StackOverflowError, built in the reserved frames (like HotSpot's yellow zone).</summary>
    internal JavaException NewStackOverflow(JThread thread)
    {
        thread.FrameLimit = JThread.MaxFrames + JThread.ReservedFrames;
        try
        {
            return NewThrow(thread, "java/lang/StackOverflowError");
        }
        finally
        {
            thread.FrameLimit = JThread.MaxFrames;
        }
    }

    /// <summary>HotSpot's ClassCastException text, naming modules and loaders.</summary>
    internal string CastMessage(JClass actual, JClass target)
    {
        string a = Describe(actual), b = Describe(target);
        return a == b
            ? $"class {actual.JavaName} cannot be cast to class {target.JavaName} ({actual.JavaName} and {target.JavaName} are in {a})"
            : $"class {actual.JavaName} cannot be cast to class {target.JavaName} ({actual.JavaName} is in {a}; {target.JavaName} is in {b})";
    }

    /// <summary>"module java.base of loader 'bootstrap'" or "unnamed module of loader 'app'".</summary>
    private string Describe(JClass type)
    {
        var element = type;
        while (element.Component is not null)
        {
            element = element.Component;
        }

        if (element.IsPrimitive || element.IsBootstrap)
        {
            return $"module {(element.IsPrimitive ? "java.base" : image.ModuleOf(element.Package) ?? "java.base")} of loader 'bootstrap'";
        }

        return "unnamed module of loader 'app'";
    }

    private static string AccessWord(AccessFlags access) =>
        (access & AccessFlags.Private) != 0 ? "private " : (access & AccessFlags.Protected) != 0 ? "protected " : "";

    /// <summary>"void Foo.bar(int, java.lang.String)", the form HotSpot's NoSuchMethodError uses.</summary>
    internal static string JavaSignature(JClass owner, string name, string descriptor) =>
        $"{JavaTypeName(Descriptors.ReturnType(descriptor))} {owner.JavaName}.{name}({string.Join(", ", Descriptors.Parameters(descriptor).Select(JavaTypeName))})";

    internal static string JavaTypeName(string descriptor) => descriptor[0] switch
    {
        'B' => "byte", 'C' => "char", 'D' => "double", 'F' => "float", 'I' => "int", 'J' => "long",
        'S' => "short", 'Z' => "boolean", 'V' => "void",
        '[' => JavaTypeName(descriptor[1..]) + "[]",
        _ => descriptor[1..^1].Replace('/', '.'),
    };
}
