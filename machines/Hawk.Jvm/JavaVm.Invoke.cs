using System.Text;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>
/// invokedynamic. Hawkbeans links the call sites plain javac output produces in the VM itself, with the
/// semantics of their JDK bootstrap methods: StringConcatFactory.makeConcatWithConstants (recipe with \1 for
/// arguments and \2 for constants, each argument turned into text by String.valueOf) and
/// LambdaMetafactory.metafactory/altMetafactory (a synthetic class implementing the functional interface whose
/// method adapts its arguments and calls the implementation method). Other bootstrap methods, dynamic constants
/// (records' ObjectMethods.bootstrap is in JavaVm.Records.cs) raise java.lang.BootstrapMethodError/InternalError in the
/// program. MethodHandle and VarHandle invocation go through java.lang.invoke itself (see InvokePolymorphic).
/// </summary>
public sealed partial class JavaVm
{
    private int lambdaCount;

    /// <summary>A linked invokedynamic call site.</summary>
    private abstract record CallSite(string Descriptor);

    private sealed record ConcatSite(string Descriptor, string Recipe, string[] Constants) : CallSite(Descriptor);

    private sealed record LambdaSite(string Descriptor, JClass LambdaClass, int Singleton) : CallSite(Descriptor);

    internal int InvokeDynamic(JThread thread, JClass from, int index, long[] stack, int sp)
    {
        var site = from.Resolved[index] as CallSite ?? LinkCallSite(thread, from, index);
        int argumentSlots = Descriptors.ArgumentSlots(site.Descriptor);
        int argBase = sp - argumentSlots;
        long result = site switch
        {
            ConcatSite concat => Concatenate(thread, concat, stack, argBase),
            LambdaSite lambda => lambda.Singleton != 0 ? lambda.Singleton : NewLambda(lambda.LambdaClass, site.Descriptor, stack, argBase),
            RecordSite record => RecordMethod(thread, record, stack, argBase),
            _ => throw new InvalidOperationException("unknown call site"),
        };
        stack[argBase] = result;
        return argBase + Descriptors.SlotSize(Descriptors.ReturnType(site.Descriptor));
    }

    private CallSite LinkCallSite(JThread thread, JClass from, int index)
    {
        var pool = from.File!.Pool;
        var (name, descriptor) = pool.NameAndTypeOf(index);
        var bootstrap = from.File.BootstrapMethods[pool.First(index)];
        var (owner, method, _) = pool.MemberRef(pool.Second(bootstrap.MethodHandle));
        CallSite site = (owner, method) switch
        {
            ("java/lang/invoke/StringConcatFactory", "makeConcatWithConstants") => new ConcatSite(descriptor,
                pool.StringValue(bootstrap.Arguments[0]),
                [.. bootstrap.Arguments.Skip(1).Select(a => ConstantText(pool, a))]),
            ("java/lang/invoke/LambdaMetafactory", "metafactory" or "altMetafactory") => LinkLambda(thread, from, name, descriptor, bootstrap),
            ("java/lang/runtime/ObjectMethods", "bootstrap") => LinkRecordMethod(thread, from, name, descriptor, bootstrap),
            _ => throw NewThrow(thread, "java/lang/BootstrapMethodError", $"Hawkbeans cannot link call sites of {owner.Replace('/', '.')}.{method} yet"),
        };
        from.Resolved[index] = site;
        return site;
    }

    private static string ConstantText(ConstantPool pool, int index) => pool.Tag(index) switch
    {
        ConstantTag.String => pool.StringValue(index),
        ConstantTag.Integer => pool.Int(index).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConstantTag.Long => pool.Long(index).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"unsupported string concatenation constant {pool.Tag(index)}"),
    };

    private long Concatenate(JThread thread, ConcatSite site, long[] stack, int argBase)
    {
        var text = new StringBuilder();
        var parameters = Descriptors.Parameters(site.Descriptor);
        int argument = 0, constant = 0, slot = argBase;
        foreach (char c in site.Recipe)
        {
            if (c == '\u0001')
            {
                string type = parameters[argument++];
                text.Append(ValueText(thread, type, stack[slot]));
                slot += Descriptors.SlotSize(type);
            }
            else if (c == '\u0002')
            {
                text.Append(site.Constants[constant++]);
            }
            else
            {
                text.Append(c);
            }
        }

        return NewString(text.ToString());
    }

    /// <summary>String.valueOf of a value of the given type, run in Java so toString and number formatting are the JDK's.</summary>
    private string ValueText(JThread thread, string type, long value)
    {
        switch (type[0])
        {
            case 'Z': return value != 0 ? "true" : "false";
            case 'C': return ((char)value).ToString();
            case 'B' or 'S' or 'I': return ((int)value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 'J': return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type[0] is 'L' or '[' && value == 0)
        {
            return "null";
        }

        string descriptor = type[0] is 'L' or '[' ? "(Ljava/lang/Object;)Ljava/lang/String;" : $"({type})Ljava/lang/String;";
        var valueOf = Method(LoadClass(thread, "java/lang/String"), "valueOf", descriptor);
        return GetString((int)Call(thread, valueOf, value)) ?? "null";
    }

    // ---- lambdas ----

    private LambdaSite LinkLambda(JThread thread, JClass from, string interfaceMethod, string factoryDescriptor, BootstrapMethod bootstrap)
    {
        var pool = from.File!.Pool;
        string samDescriptor = pool.Utf8(pool.First(bootstrap.Arguments[0]));
        var implementation = ResolveHandle(thread, from, bootstrap.Arguments[1]);
        string instantiated = pool.Utf8(pool.First(bootstrap.Arguments[2]));
        var bridges = new List<string>();
        var markers = new List<string>();
        if (bootstrap.Arguments.Length > 3)
        {
            // altMetafactory: flags, then marker interfaces and bridge method types when their flags are set.
            int flags = pool.Int(bootstrap.Arguments[3]), at = 4;
            if ((flags & 1) != 0)
            {
                markers.Add("java/io/Serializable");
            }

            if ((flags & 2) != 0)
            {
                int count = pool.Int(bootstrap.Arguments[at++]);
                markers.AddRange(bootstrap.Arguments.Skip(at).Take(count).Select(pool.ClassName));
                at += count;
            }

            if ((flags & 4) != 0)
            {
                int count = pool.Int(bootstrap.Arguments[at++]);
                bridges.AddRange(bootstrap.Arguments.Skip(at).Take(count).Select(a => pool.Utf8(pool.First(a))));
            }
        }

        string interfaceName = Descriptors.ReturnType(factoryDescriptor)[1..^1];
        var captured = Descriptors.Parameters(factoryDescriptor);
        string name = $"{from.Name}$$Lambda${++lambdaCount}";
        var fields = captured.Select((d, i) => new MemberInfo(AccessFlags.Private | AccessFlags.Final, $"arg${i + 1}", d, null, 0, null)).ToArray();
        var methods = new[] { samDescriptor }.Concat(bridges).Distinct()
            .Select(d => new MemberInfo(AccessFlags.Public | AccessFlags.Native, interfaceMethod, d, null, 0, null)).ToArray();
        var file = new ClassFile(0, 61, new ConstantPool(1), AccessFlags.Final | AccessFlags.Synthetic | AccessFlags.Super, name, "java/lang/Object",
            [interfaceName, .. markers], fields, methods, null, [], from.File.NestHost ?? from.Name, null);
        var type = new JClass(file, LoadClass(thread, "java/lang/Object"), [LoadClass(thread, interfaceName), .. markers.Select(m => LoadClass(thread, m))], from.IsBootstrap)
        {
            State = ClassState.Initialized,
            IsHidden = true,
        };
        classes[name] = type;
        var instantiatedParameters = Descriptors.Parameters(instantiated);
        foreach (var method in type.Methods)
        {
            method.Native = (t, s, a) => CallImplementation(t, implementation, type, captured, instantiatedParameters, method, s, a);
        }

        int singleton = 0;
        if (captured.Count == 0)
        {
            // A non-capturing lambda evaluates to one instance, as on HotSpot; the call site keeps it alive for good.
            singleton = NewObject(type);
            Protect(singleton);
        }

        return new LambdaSite(factoryDescriptor, type, singleton);
    }

    private int NewLambda(JClass type, string factoryDescriptor, long[] stack, int argBase)
    {
        int instance = NewObject(type);
        var fields = Heap[instance].Fields;
        int slot = argBase, field = 0;
        foreach (var parameter in Descriptors.Parameters(factoryDescriptor))
        {
            fields[field++] = stack[slot];
            slot += Descriptors.SlotSize(parameter);
        }

        return instance;
    }

    /// <summary>A resolved CONSTANT_MethodHandle: its kind (JVMS table 5.4.3.5-A) and method.</summary>
    private sealed record MethodHandleConstant(int Kind, JMethod Method);

    private MethodHandleConstant ResolveHandle(JThread thread, JClass from, int index)
    {
        var pool = from.File!.Pool;
        int kind = pool.First(index), reference = pool.Second(index);
        var (owner, name, descriptor) = pool.MemberRef(reference);
        var type = LoadClass(thread, owner, from.IsBootstrap);
        var method = type.FindMethodInSuperclasses(name, descriptor) ?? type.FindInterfaceMethod(name, descriptor)
            ?? throw NewThrow(thread, "java/lang/NoSuchMethodError", $"'{JavaSignature(type, name, descriptor)}'");
        return new MethodHandleConstant(kind, method);
    }

    /// <summary>
    /// The body of a lambda's interface method: captured values, then the call's arguments adapted to the
    /// implementation's parameter types (boxing, unboxing, widening), then the call by the handle's kind.
    /// </summary>
    private long CallImplementation(JThread t, MethodHandleConstant handle, JClass lambdaClass, List<string> captured,
        List<string> instantiated, JMethod samMethod, long[] s, int a)
    {
        var target = handle.Method;
        var targetParameters = Descriptors.Parameters(target.Descriptor);
        if (!target.IsStatic && handle.Kind != 8)
        {
            targetParameters.Insert(0, "L" + target.Owner.Name + ";");
        }

        int top = t.StackTop, slot = top;
        if (handle.Kind == 8)
        {
            Initialize(t, target.Owner);
            s[slot++] = NewObject(target.Owner);
        }

        int parameter = 0;
        var fields = Heap[(int)s[a]].Fields;
        for (int i = 0; i < captured.Count; i++, parameter++)
        {
            slot = Store(t, s, slot, fields[i], captured[i], targetParameters[parameter]);
        }

        var samParameters = Descriptors.Parameters(samMethod.Descriptor);
        int from = a + 1;
        for (int i = 0; i < samParameters.Count; i++, parameter++)
        {
            string source = i < instantiated.Count && instantiated[i] is var inst && samParameters[i][0] is 'L' or '[' ? inst : samParameters[i];
            slot = Store(t, s, slot, s[from], source, targetParameters[parameter]);
            from += Descriptors.SlotSize(samParameters[i]);
        }

        var method = target;
        if (handle.Kind is 5 or 9 && !target.IsPrivate && (target.Access & AccessFlags.Final) == 0)
        {
            method = Heap[(int)NullChecked(t, s[top])].Class.SelectMethod(target) ?? target;
        }
        else if (handle.Kind == 6)
        {
            Initialize(t, target.Owner);
        }

        t.StackTop = slot;
        long result = Invoke(t, method, top);
        t.StackTop = top;
        if (handle.Kind == 8)
        {
            return s[top];
        }

        string returned = target.ReturnType, wanted = samMethod.ReturnType;
        return wanted == "V" ? 0 : Adapt(t, result, returned, wanted);
    }

    private long NullChecked(JThread t, long reference) => reference != 0 ? reference : throw NewThrow(t, "java/lang/NullPointerException");

    /// <summary>Stores an adapted argument; the arguments built so far stay below StackTop (roots, not overwritten by boxing calls).</summary>
    private int Store(JThread t, long[] s, int slot, long value, string from, string to)
    {
        t.StackTop = slot + 2;
        s[slot] = Adapt(t, value, from, to);
        return slot + Descriptors.SlotSize(to);
    }

    /// <summary>Converts a value between a lambda's and its implementation's types (JLS 5.3 invocation contexts).</summary>
    internal long Adapt(JThread t, long value, string from, string to)
    {
        bool fromReference = from[0] is 'L' or '[', toReference = to[0] is 'L' or '[';
        if (fromReference && toReference)
        {
            return value;
        }

        if (!fromReference && toReference)
        {
            var wrapper = LoadClass(t, WrapperOf(from[0]));
            return Call(t, Method(wrapper, "valueOf", $"({from})L{wrapper.Name};"), value);
        }

        if (fromReference)
        {
            if (value == 0)
            {
                throw NewThrow(t, "java/lang/NullPointerException");
            }

            var box = Heap[(int)value].Class;
            char kind = PrimitiveOfWrapper(box.Name)
                ?? throw NewThrow(t, "java/lang/ClassCastException", CastMessage(box, LoadClass(t, WrapperOf(to[0]))));
            long primitive = GetField((int)value, "value");
            return Widen(primitive, kind, to[0]);
        }

        return Widen(value, from[0], to[0]);
    }

    private static long Widen(long value, char from, char to)
    {
        if (from == to)
        {
            return value;
        }

        double asDouble = from switch { 'F' => Bytecode.F(value), 'D' => Bytecode.D(value), 'J' => value, _ => (int)value };
        return to switch
        {
            'J' => from is 'F' or 'D' ? (long)asDouble : from == 'J' ? value : (int)value,
            'F' => Bytecode.F(from == 'J' ? value : (float)asDouble),
            'D' => Bytecode.D(from == 'J' ? value : asDouble),
            _ => value,
        };
    }

    /// <summary>The primitive type a wrapper class boxes ('I' for java/lang/Integer), or null.</summary>
    internal static char? PrimitiveOfWrapper(string className) => className switch
    {
        "java/lang/Integer" => 'I', "java/lang/Long" => 'J', "java/lang/Double" => 'D', "java/lang/Float" => 'F',
        "java/lang/Short" => 'S', "java/lang/Byte" => 'B', "java/lang/Character" => 'C', "java/lang/Boolean" => 'Z',
        _ => null,
    };

    private static string WrapperOf(char primitive) => primitive switch
    {
        'I' => "java/lang/Integer", 'J' => "java/lang/Long", 'D' => "java/lang/Double", 'F' => "java/lang/Float",
        'S' => "java/lang/Short", 'B' => "java/lang/Byte", 'C' => "java/lang/Character", 'Z' => "java/lang/Boolean",
        _ => throw new ArgumentException($"not a primitive: {primitive}", nameof(primitive)),
    };

    internal long ResolveDynamicConstant(JThread thread, JClass from, int index) =>
        throw NewThrow(thread, "java/lang/InternalError", $"Hawkbeans does not support {from.File!.Pool.Tag(index)} constants yet (in {from.JavaName})");

    /// <summary>An invokeExact/invoke/VarHandle call site linked by MethodHandleNatives.linkMethod: the invoker and its appendix.</summary>
    private sealed record PolymorphicSite(JMethod Invoker, int Appendix);

    private readonly Dictionary<JMethod, PolymorphicSite> polymorphicSites = [];

    /// <summary>
    /// A signature-polymorphic call (JVMS 2.9.3), linked as HotSpot links it: invokeBasic jumps to the entry of the
    /// handle's LambdaForm, linkTo* call the target of their trailing MemberName (selected by the receiver for
    /// virtual and interface calls), and MethodHandle.invokeExact/invoke and the VarHandle access modes call the
    /// invoker that java.lang.invoke.MethodHandleNatives.linkMethod returns, with its appendix as an extra argument.
    /// </summary>
    internal long InvokePolymorphic(JThread thread, JMethod resolved, JClass from, int index, int argBase)
    {
        _ = index;
        var stack = thread.Stack;
        switch (resolved.Name)
        {
            case "invokeBasic":
                int form = (int)GetField((int)NullChecked(thread, stack[argBase]), "form");
                return Invoke(thread, MemberTarget(thread, (int)GetField(form, "vmentry")), argBase);
            case "linkToStatic" or "linkToSpecial" or "linkToVirtual" or "linkToInterface":
                var target = MemberTarget(thread, (int)stack[argBase + resolved.ArgumentSlots - 1]);
                if (target.IsStatic)
                {
                    Initialize(thread, target.Owner);
                }
                else if (resolved.Name is "linkToVirtual" or "linkToInterface" && !target.IsPrivate)
                {
                    target = Heap[(int)NullChecked(thread, stack[argBase])].Class.SelectMethod(target) ?? target;
                }

                return Invoke(thread, target, argBase);
            default:
                if (!polymorphicSites.TryGetValue(resolved, out var site))
                {
                    site = LinkPolymorphic(thread, resolved, from);
                    polymorphicSites[resolved] = site;
                }

                stack[argBase + resolved.ArgumentSlots] = site.Appendix;
                return Invoke(thread, site.Invoker, argBase);
        }
    }

    private PolymorphicSite LinkPolymorphic(JThread thread, JMethod resolved, JClass from)
    {
        var natives = LoadClass(thread, "java/lang/invoke/MethodHandleNatives");
        Initialize(thread, natives);
        int appendix = NewArray(ArrayClassOf(LoadClass(thread, "java/lang/Object")), 1);
        Protect(appendix);
        try
        {
            const int RefInvokeVirtual = 5;
            int memberName = (int)Call(thread, Method(natives, "linkMethod",
                    "(Ljava/lang/Class;ILjava/lang/Class;Ljava/lang/String;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/invoke/MemberName;"),
                MirrorOf(from), RefInvokeVirtual, MirrorOf(resolved.Owner), Intern(resolved.Name), Intern(resolved.Descriptor), appendix);
            var invoker = MemberTarget(thread, memberName);
            Initialize(thread, invoker.Owner);
            int value = Heap[appendix].References[0];
            Protect(value);
            return new PolymorphicSite(invoker, value);
        }
        finally
        {
            Unprotect(appendix);
        }
    }

    private int hiddenCount;

    /// <summary>
    /// ClassLoader.defineClass0 for Lookup.defineHiddenClass (java.lang.invoke's LambdaForm classes): the class gets
    /// a unique name "Name/0x…" like HotSpot's hidden classes, its own CONSTANT_Class entries resolve to itself, and
    /// its mirror carries the class data.
    /// </summary>
    internal int DefineHiddenClass(JThread thread, byte[] bytes, JClass lookup, int classData, bool initialize)
    {
        ClassFile file;
        try
        {
            file = ClassFileReader.Parse(bytes, "hidden class");
        }
        catch (ClassFormatException e)
        {
            throw NewThrow(thread, e.JavaErrorClass, e.JavaMessage);
        }

        string original = file.Name;
        string name = $"{original}/0x{0x800c00000L + (++hiddenCount * 0x400L):x16}";
        var super = file.SuperName is null ? null : LoadClass(thread, file.SuperName, lookup.IsBootstrap);
        var interfaces = file.Interfaces.Select(i => LoadClass(thread, i, lookup.IsBootstrap)).ToArray();
        var type = new JClass(file with { Name = name, NestHost = lookup.File?.NestHost ?? lookup.Name }, super, interfaces, lookup.IsBootstrap)
        {
            State = ClassState.Linked,
            IsHidden = true,
        };
        for (int i = 1; i < file.Pool.Count; i++)
        {
            if (file.Pool.Tag(i) == ConstantTag.Class && file.Pool.ClassName(i) == original)
            {
                type.Resolved[i] = type;
            }
        }

        classes[name] = type;
        int mirror = MirrorOf(type);
        SetField(mirror, "classData", classData);
        if (initialize)
        {
            Initialize(thread, type);
        }

        return mirror;
    }

    /// <summary>The method a resolved MemberName stands for (see MethodHandleNatives.resolve).</summary>
    private JMethod MemberTarget(JThread thread, int memberName) =>
        Heap[(int)NullChecked(thread, memberName)].VmData as JMethod
            ?? throw NewThrow(thread, "java/lang/InternalError", "MemberName is not a resolved method");
}
