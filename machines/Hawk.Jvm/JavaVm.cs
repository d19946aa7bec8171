using System.Diagnostics;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Loading;
using Hawk.Jvm.Memory;
using Hawk.Jvm.Natives;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>
/// Hawkbeans, a Java Virtual Machine: the bootstrap loader reads the host JDK's runtime image (java.base is the
/// real class library), the application loader reads a class path; classes are linked and initialized as JVMS
/// chapter 5 says and run by <see cref="BytecodeInterpreter"/> on a heap the VM manages itself.
/// </summary>
public sealed partial class JavaVm : IDisposable
{
    private readonly Dictionary<string, JClass> classes = [];
    private readonly HashSet<string> loading = [];
    private readonly JImage image;
    private readonly ClassPath classPath;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly BytecodeInterpreter interpreter;
    private long executedBeforeChunk;
    private long chunkSize;

    public JavaVm(JavaVmOptions options)
    {
        Options = options;
        image = JImage.OpenJavaHome(options.JavaHome);
        classPath = new ClassPath(options.ClassPath);
        Heap = new Heap(options.HeapLimit, new MarkSweepCollector());
        Natives = new NativeRegistry(this);
        interpreter = new BytecodeInterpreter(this);
        chunkSize = InstructionBudget = Math.Min(1_000_000, options.MaxInstructions);
    }

    public JavaVmOptions Options { get; }
    public Heap Heap { get; }
    internal NativeRegistry Natives { get; }

    /// <summary>Instructions left in the current chunk; the interpreter charges it at calls and backward branches.</summary>
    internal long InstructionBudget;

    /// <summary>Bytecode instructions executed so far, as estimated by the budget charges.</summary>
    public long InstructionsExecuted => executedBeforeChunk + chunkSize - InstructionBudget;

    public IReadOnlyCollection<JClass> LoadedClasses => classes.Values;

    internal JImage Image => image;

    /// <summary>
    /// Called when the chunk counter goes negative: the instructions are counted in chunks of a million so the hot
    /// loop only subtracts; here the totals, the wall clock and cancellation are checked.
    /// </summary>
    internal void CheckBudget()
    {
        executedBeforeChunk += chunkSize - InstructionBudget;
        if (executedBeforeChunk >= Options.MaxInstructions)
        {
            chunkSize = InstructionBudget = 0;
            throw new BudgetExceededException($"instruction budget of {Options.MaxInstructions:N0} exhausted");
        }

        if (clock.Elapsed > Options.WallTime)
        {
            throw new BudgetExceededException($"wall-time budget of {Options.WallTime.TotalSeconds:F0} s exhausted");
        }

        Options.Cancellation.ThrowIfCancellationRequested();
        chunkSize = InstructionBudget = Math.Min(1_000_000, Options.MaxInstructions - executedBeforeChunk);
    }

    /// <summary>Runs a method with arguments from C#: copies them above the thread's top frame.</summary>
    public long Call(JThread thread, JMethod method, params ReadOnlySpan<long> arguments)
    {
        int at = thread.StackTop;
        arguments.CopyTo(thread.Stack.AsSpan(at));
        return interpreter.Invoke(thread, method, at);
    }

    internal long Invoke(JThread thread, JMethod method, int argBase) => interpreter.Invoke(thread, method, argBase);

    /// <summary>Finds a method declared in a class or inherited from its superclasses, or throws.</summary>
    public static JMethod Method(JClass type, string name, string descriptor) =>
        type.FindMethodInSuperclasses(name, descriptor) ?? throw new InvalidOperationException($"{type.Name}.{name}{descriptor} not found");

    public void Dispose()
    {
        image.Dispose();
        classPath.Dispose();
        CloseFiles();
    }

    // ---- loading and linking (JVMS 5.3, 5.4) ----

    /// <summary>
    /// Loads a class by internal name. Classes from the runtime image are defined by the bootstrap loader; a class
    /// not there is looked up on the class path unless the requester itself is a bootstrap class.
    /// </summary>
    public JClass LoadClass(JThread? thread, string name, bool bootstrapOnly = false)
    {
        if (classes.TryGetValue(name, out var known))
        {
            return known;
        }

        if (name.StartsWith('['))
        {
            var component = ClassForDescriptor(thread, name[1..], bootstrapOnly);
            return ArrayClassOf(component);
        }

        bool isBootstrap = true;
        var bytes = image.ReadClass(name);
        if (bytes is null && !bootstrapOnly)
        {
            bytes = classPath.ReadClass(name);
            isBootstrap = false;
        }

        if (bytes is null)
        {
            throw Fail(thread, "java/lang/NoClassDefFoundError", name);
        }

        return DefineClass(thread, name, bytes, isBootstrap);
    }

    internal JClass DefineClass(JThread? thread, string name, byte[] bytes, bool isBootstrap)
    {
        ClassFile file;
        try
        {
            file = ClassFileReader.Parse(bytes, name);
        }
        catch (ClassFormatException e)
        {
            throw Fail(thread, e.JavaErrorClass, e.JavaMessage);
        }

        if (file.Name != name)
        {
            throw Fail(thread, "java/lang/NoClassDefFoundError", $"{name} (wrong name: {file.Name})");
        }

        if (!loading.Add(name))
        {
            throw Fail(thread, "java/lang/ClassCircularityError", name.Replace('/', '.'));
        }

        try
        {
            var super = file.SuperName is null ? null : LoadClass(thread, file.SuperName, isBootstrap);
            if (super is not null && super.IsInterface)
            {
                throw Fail(thread, "java/lang/IncompatibleClassChangeError", $"class {file.Name.Replace('/', '.')} has interface {super.JavaName} as super class");
            }

            if (super is not null && (super.Access & AccessFlags.Final) != 0)
            {
                throw Fail(thread, "java/lang/VerifyError", $"Cannot inherit from final class");
            }

            var interfaces = new JClass[file.Interfaces.Length];
            for (int i = 0; i < interfaces.Length; i++)
            {
                interfaces[i] = LoadClass(thread, file.Interfaces[i], isBootstrap);
                if (!interfaces[i].IsInterface)
                {
                    throw Fail(thread, "java/lang/IncompatibleClassChangeError", $"class {file.Name.Replace('/', '.')} can not implement {interfaces[i].JavaName}, because it is not an interface ({interfaces[i].JavaName} is in unnamed module of loader 'app')");
                }
            }

            var type = new JClass(file, super, interfaces, isBootstrap) { State = ClassState.Linked };
            classes[name] = type;
            return type;
        }
        finally
        {
            loading.Remove(name);
        }
    }

    /// <summary>The class of a field descriptor: a primitive type, an array or a named class.</summary>
    public JClass ClassForDescriptor(JThread? thread, string descriptor, bool bootstrapOnly = false) => descriptor[0] switch
    {
        'L' => LoadClass(thread, descriptor[1..^1], bootstrapOnly),
        '[' => LoadClass(thread, descriptor, bootstrapOnly),
        _ => PrimitiveClass(descriptor[0]),
    };

    private readonly Dictionary<char, JClass> primitives = [];

    public JClass PrimitiveClass(char code)
    {
        if (!primitives.TryGetValue(code, out var type))
        {
            string name = code switch
            {
                'Z' => "boolean", 'B' => "byte", 'C' => "char", 'S' => "short", 'I' => "int",
                'J' => "long", 'F' => "float", 'D' => "double", 'V' => "void",
                _ => throw new ArgumentException($"not a primitive type code: {code}", nameof(code)),
            };
            type = new JClass(name, null, null, []) { PrimitiveCode = code };
            primitives[code] = type;
        }

        return type;
    }

    public JClass ArrayClassOf(JClass component)
    {
        string name = "[" + component.Descriptor;
        if (!classes.TryGetValue(name, out var type))
        {
            type = new JClass(name, component, LoadClass(null, "java/lang/Object"),
                [LoadClass(null, "java/lang/Cloneable"), LoadClass(null, "java/io/Serializable")]);
            classes[name] = type;
        }

        return type;
    }

    /// <summary>newarray's type codes (JVMS 6.5 newarray: 4 boolean ... 11 long).</summary>
    internal JClass PrimitiveArrayClass(int typeCode) => ArrayClassOf(PrimitiveClass("ZCFDBSIJ"[typeCode - 4]));

    /// <summary>A Java error during loading: thrown in the program when a thread runs, else a host exception.</summary>
    private Exception Fail(JThread? thread, string errorClass, string message) =>
        thread is null ? new JavaLinkageException(errorClass, message) : NewThrow(thread, errorClass, message);
}

/// <summary>Loading failed before any Java thread existed (e.g. while booting).</summary>
public sealed class JavaLinkageException : Exception
{
    public JavaLinkageException(string errorClass, string message) : base($"{errorClass.Replace('/', '.')}: {message}")
    {
        ErrorClass = errorClass;
    }

    public JavaLinkageException()
    {
        ErrorClass = "";
    }

    public JavaLinkageException(string message) : base(message)
    {
        ErrorClass = "";
    }

    public JavaLinkageException(string message, Exception innerException) : base(message, innerException)
    {
        ErrorClass = "";
    }

    public string ErrorClass { get; }
}
