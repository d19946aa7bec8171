using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>
/// Core reflection: Class.getDeclaredFields0/Methods0/Constructors0 build java.lang.reflect objects whose slot is
/// the member's index in its class; NativeMethodAccessorImpl.invoke0 and NativeConstructorAccessorImpl.newInstance0
/// call through them, unboxing arguments, boxing results and wrapping exceptions in InvocationTargetException.
/// </summary>
internal static class ReflectionNatives
{
    private const string Cls = "java/lang/Class";

    /// <summary>HotSpot's JVM_RECOGNIZED_METHOD_MODIFIERS: the access flags reflection reports (synthetic and bridge included).</summary>
    private const int RecognizedMethodModifiers = 0x1DFF;

    public static void Register(NativeRegistry r)
    {
        r.Add(Cls, "getDeclaredFields0(Z)[Ljava/lang/reflect/Field;", (t, s, a) =>
        {
            var type = t.Vm.ClassOfMirror((int)s[a]);
            return Members(t, "java/lang/reflect/Field", type.Fields.Select((f, i) => (f.Access, i)), s[a + 1] != 0, i => NewField(t, type, i));
        });
        r.Add(Cls, "getDeclaredMethods0(Z)[Ljava/lang/reflect/Method;", (t, s, a) =>
        {
            var type = t.Vm.ClassOfMirror((int)s[a]);
            return Members(t, "java/lang/reflect/Method", Indexed(type).Where(m => m.Method.Name is not ("<init>" or "<clinit>")).Select(m => (m.Method.Access, m.Index)),
                s[a + 1] != 0, i => NewMethod(t, type, i, constructor: false));
        });
        r.Add(Cls, "getDeclaredConstructors0(Z)[Ljava/lang/reflect/Constructor;", (t, s, a) =>
        {
            var type = t.Vm.ClassOfMirror((int)s[a]);
            return Members(t, "java/lang/reflect/Constructor", Indexed(type).Where(m => m.Method.Name == "<init>").Select(m => (m.Method.Access, m.Index)),
                s[a + 1] != 0, i => NewMethod(t, type, i, constructor: true));
        });
        r.Add(Cls, "getRecordComponents0()[Ljava/lang/reflect/RecordComponent;", RecordComponents);
        r.Add("jdk/internal/reflect/NativeMethodAccessorImpl", "invoke0(Ljava/lang/reflect/Method;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;", Invoke);
        r.Add("jdk/internal/reflect/NativeConstructorAccessorImpl", "newInstance0(Ljava/lang/reflect/Constructor;[Ljava/lang/Object;)Ljava/lang/Object;", NewInstance);
    }

    private static IEnumerable<(JMethod Method, int Index)> Indexed(JClass type) => type.Methods.Select((m, i) => (m, i));

    private static long Members(JThread t, string memberClass, IEnumerable<(AccessFlags Access, int Index)> members, bool publicOnly, Func<int, int> create)
    {
        var vm = t.Vm;
        var selected = members.Where(m => !publicOnly || (m.Access & AccessFlags.Public) != 0).Select(m => m.Index).ToList();
        int array = vm.NewArray(vm.ArrayClassOf(vm.LoadClass(t, memberClass)), selected.Count);
        vm.Protect(array);
        try
        {
            for (int i = 0; i < selected.Count; i++)
            {
                vm.Heap[array].References[i] = create(selected[i]);
            }
        }
        finally
        {
            vm.Unprotect(array);
        }

        return array;
    }

    private static int NewField(JThread t, JClass owner, int slot)
    {
        var vm = t.Vm;
        var field = owner.Fields[slot];
        var fieldClass = vm.LoadClass(t, "java/lang/reflect/Field");
        vm.Initialize(t, fieldClass);
        int result = vm.NewObject(fieldClass);
        vm.Protect(result);
        try
        {
            bool trustedFinal = (field.Access & AccessFlags.Final) != 0 && (field.IsStatic || owner.Super?.Name == "java/lang/Record");
            vm.Call(t, JavaVm.Method(fieldClass, "<init>", "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/Class;IZILjava/lang/String;[B)V"),
                result, vm.MirrorOf(owner), vm.Intern(field.Name), vm.MirrorOf(vm.ClassForDescriptor(t, field.Descriptor)), (int)field.Access,
                trustedFinal ? 1 : 0, slot, field.Info.Signature is { } signature ? vm.Intern(signature) : 0, 0);
        }
        finally
        {
            vm.Unprotect(result);
        }

        return result;
    }

    private static int NewMethod(JThread t, JClass owner, int slot, bool constructor)
    {
        var vm = t.Vm;
        var method = owner.Methods[slot];
        var reflected = vm.LoadClass(t, constructor ? "java/lang/reflect/Constructor" : "java/lang/reflect/Method");
        vm.Initialize(t, reflected);
        var parameterTypes = Descriptors.Parameters(method.Descriptor).Select(d => vm.ClassForDescriptor(t, d)).ToList();
        int parameters = (int)ClassNatives.ClassArray(t, parameterTypes);
        vm.Protect(parameters);
        int exceptions = (int)ClassNatives.ClassArray(t, [.. method.Info.Exceptions.Select(e => vm.LoadClass(t, e))]);
        vm.Protect(exceptions);
        int result = vm.NewObject(reflected);
        vm.Protect(result);
        try
        {
            int signature = method.Info.Signature is { } text ? vm.Intern(text) : 0;
            if (constructor)
            {
                vm.Call(t, JavaVm.Method(reflected, "<init>", "(Ljava/lang/Class;[Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B)V"),
                    result, vm.MirrorOf(owner), parameters, exceptions, (int)method.Access & RecognizedMethodModifiers, slot, signature, 0, 0);
            }
            else
            {
                vm.Call(t, JavaVm.Method(reflected, "<init>", "(Ljava/lang/Class;Ljava/lang/String;[Ljava/lang/Class;Ljava/lang/Class;[Ljava/lang/Class;IILjava/lang/String;[B[B[B)V"),
                    result, vm.MirrorOf(owner), vm.Intern(method.Name), parameters, vm.MirrorOf(vm.ClassForDescriptor(t, method.ReturnType)),
                    exceptions, (int)method.Access & RecognizedMethodModifiers, slot, signature, 0, 0, 0);
            }
        }
        finally
        {
            vm.Unprotect(result);
            vm.Unprotect(exceptions);
            vm.Unprotect(parameters);
        }

        return result;
    }

    /// <summary>Class.getRecordComponents0: RecordComponent objects (name, type, accessor Method, signature), as HotSpot fills them in.</summary>
    private static long RecordComponents(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        var type = vm.ClassOfMirror((int)s[a]);
        if (type.File?.RecordComponents is not { } components)
        {
            return 0;
        }

        var componentClass = vm.LoadClass(t, "java/lang/reflect/RecordComponent");
        vm.Initialize(t, componentClass);
        int array = vm.NewArray(vm.ArrayClassOf(componentClass), components.Length);
        vm.Protect(array);
        try
        {
            for (int i = 0; i < components.Length; i++)
            {
                var info = components[i];
                int component = vm.NewObject(componentClass);
                vm.Heap[array].References[i] = component;
                vm.SetField(component, "clazz", vm.MirrorOf(type));
                vm.SetField(component, "name", vm.Intern(info.Name));
                vm.SetField(component, "type", vm.MirrorOf(vm.ClassForDescriptor(t, info.Descriptor)));
                vm.SetField(component, "signature", info.Signature is null ? 0 : vm.Intern(info.Signature));
                int accessor = Array.FindIndex(type.Methods, m => m.Name == info.Name && m.Descriptor == "()" + info.Descriptor);
                vm.SetField(component, "accessor", accessor < 0 ? 0 : NewMethod(t, type, accessor, constructor: false));
            }
        }
        finally
        {
            vm.Unprotect(array);
        }

        return array;
    }

    private static long Invoke(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int reflected = (int)s[a], receiver = (int)s[a + 1], arguments = (int)s[a + 2];
        var owner = vm.ClassOfMirror((int)vm.GetField(reflected, "clazz"));
        var method = owner.Methods[(int)vm.GetField(reflected, "slot")];
        if (method.IsStatic)
        {
            vm.Initialize(t, owner);
        }
        else if (receiver == 0)
        {
            throw vm.NewThrow(t, "java/lang/NullPointerException");
        }
        else if (!vm.Heap[receiver].Class.IsSubtypeOf(owner))
        {
            throw vm.NewThrow(t, "java/lang/IllegalArgumentException", "object is not an instance of declaring class");
        }

        var target = method.IsStatic || method.IsPrivate ? method : vm.Heap[receiver].Class.SelectMethod(method) ?? method;
        long result = CallReflectively(t, target, method.IsStatic ? null : receiver, arguments);
        return method.ReturnType == "V" ? 0 : vm.Adapt(t, result, method.ReturnType, "Ljava/lang/Object;");
    }

    private static long NewInstance(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int reflected = (int)s[a], arguments = (int)s[a + 1];
        var owner = vm.ClassOfMirror((int)vm.GetField(reflected, "clazz"));
        if ((owner.Access & AccessFlags.Abstract) != 0)
        {
            throw vm.NewThrow(t, "java/lang/InstantiationException");
        }

        vm.Initialize(t, owner);
        int instance = vm.NewObject(owner);
        vm.Protect(instance);
        try
        {
            CallReflectively(t, owner.Methods[(int)vm.GetField(reflected, "slot")], instance, arguments);
        }
        finally
        {
            vm.Unprotect(instance);
        }

        return instance;
    }

    /// <summary>
    /// An argument of Method.invoke/Constructor.newInstance as HotSpot's Reflection::invoke converts it: a reference
    /// must be an instance of the parameter type; a primitive parameter takes a wrapper whose value widens to it
    /// (JLS 5.1.2); anything else is an IllegalArgumentException ("argument type mismatch", no message for null).
    /// </summary>
    private static long ReflectiveArgument(JThread t, int argument, string parameter)
    {
        var vm = t.Vm;
        const string Mismatch = "argument type mismatch";
        if (parameter[0] is 'L' or '[')
        {
            return argument == 0 || vm.Heap[argument].Class.IsSubtypeOf(vm.ClassForDescriptor(t, parameter))
                ? argument
                : throw vm.NewThrow(t, "java/lang/IllegalArgumentException", Mismatch);
        }

        if (argument == 0)
        {
            throw vm.NewThrow(t, "java/lang/IllegalArgumentException");
        }

        char? boxed = JavaVm.PrimitiveOfWrapper(vm.Heap[argument].Class.Name);
        bool widens = boxed == parameter[0] || (boxed, parameter[0]) switch
        {
            ('B', 'S' or 'I' or 'J' or 'F' or 'D') or ('S' or 'C', 'I' or 'J' or 'F' or 'D') or ('I', 'J' or 'F' or 'D') or ('J', 'F' or 'D') or ('F', 'D') => true,
            _ => false,
        };
        return widens ? vm.Adapt(t, argument, "Ljava/lang/Object;", parameter) : throw vm.NewThrow(t, "java/lang/IllegalArgumentException", Mismatch);
    }

    /// <summary>Unboxes the Object[] arguments to the method's parameter types and calls it; exceptions become InvocationTargetException.</summary>
    private static long CallReflectively(JThread t, JMethod method, int? receiver, int arguments)
    {
        var vm = t.Vm;
        var parameters = Descriptors.Parameters(method.Descriptor);
        int given = arguments == 0 ? 0 : vm.Heap[arguments].Length;
        if (given != parameters.Count)
        {
            throw vm.NewThrow(t, "java/lang/IllegalArgumentException", "wrong number of arguments");
        }

        var slots = new List<long>();
        if (receiver is { } self)
        {
            slots.Add(self);
        }

        for (int i = 0; i < parameters.Count; i++)
        {
            long value = ReflectiveArgument(t, vm.Heap[arguments].References[i], parameters[i]);
            slots.Add(value);
            if (Descriptors.SlotSize(parameters[i]) == 2)
            {
                slots.Add(0);
            }
        }

        try
        {
            return vm.Call(t, method, [.. slots]);
        }
        catch (JavaException thrown)
        {
            throw vm.NewThrow(t, "java/lang/reflect/InvocationTargetException", cause: thrown.Throwable);
        }
    }
}
