using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>java.lang.Class natives: names, hierarchy, modifiers, Class.forName.</summary>
internal static class ClassNatives
{
    private const string Cls = "java/lang/Class";

    public static void Register(NativeRegistry r)
    {
        r.Add(Cls, "getPrimitiveClass(Ljava/lang/String;)Ljava/lang/Class;", (t, s, a) =>
        {
            string name = t.Vm.GetString((int)s[a])!;
            char code = name switch
            {
                "boolean" => 'Z', "byte" => 'B', "char" => 'C', "short" => 'S', "int" => 'I',
                "long" => 'J', "float" => 'F', "double" => 'D', "void" => 'V',
                _ => throw t.Vm.NewThrow(t, "java/lang/ClassNotFoundException", name),
            };
            return t.Vm.MirrorOf(t.Vm.PrimitiveClass(code));
        });
        r.Add(Cls, "desiredAssertionStatus0(Ljava/lang/Class;)Z", static (_, _, _) => 0);
        r.Add(Cls, "isPrimitive()Z", (t, s, a) => Of(t, s, a).IsPrimitive ? 1 : 0);
        r.Add(Cls, "isArray()Z", (t, s, a) => Of(t, s, a).IsArray ? 1 : 0);
        r.Add(Cls, "isInterface()Z", (t, s, a) => Of(t, s, a).IsInterface ? 1 : 0);
        r.Add(Cls, "isHidden()Z", (t, s, a) => Of(t, s, a).IsHidden ? 1 : 0);
        r.Add(Cls, "isRecord0()Z", (t, s, a) => Of(t, s, a).Super?.Name == "java/lang/Record" ? 1 : 0);
        r.Add(Cls, "isAssignableFrom(Ljava/lang/Class;)Z", (t, s, a) =>
            s[a + 1] == 0 ? throw t.Vm.NewThrow(t, "java/lang/NullPointerException") : Assignable(t.Vm.ClassOfMirror((int)s[a + 1]), Of(t, s, a)) ? 1 : 0);
        r.Add(Cls, "isInstance(Ljava/lang/Object;)Z", (t, s, a) =>
            s[a + 1] != 0 && Assignable(t.Vm.Heap[(int)s[a + 1]].Class, Of(t, s, a)) ? 1 : 0);
        r.Add(Cls, "getSuperclass()Ljava/lang/Class;", (t, s, a) =>
        {
            var type = Of(t, s, a);
            return type.IsInterface || type.IsPrimitive || type.Super is null ? 0 : t.Vm.MirrorOf(type.Super);
        });
        r.Add(Cls, "getInterfaces0()[Ljava/lang/Class;", (t, s, a) => ClassArray(t, Of(t, s, a).Interfaces));
        r.Add(Cls, "getModifiers()I", (t, s, a) => Modifiers(Of(t, s, a)));
        r.Add(Cls, "initClassName()Ljava/lang/String;", (t, s, a) =>
        {
            int name = t.Vm.Intern(Of(t, s, a).JavaName);
            t.Vm.SetField((int)s[a], "name", name);
            return name;
        });
        r.Add(Cls, "forName0(Ljava/lang/String;ZLjava/lang/ClassLoader;Ljava/lang/Class;)Ljava/lang/Class;", ForName);
        r.Add(Cls, "getNestHost0()Ljava/lang/Class;", (t, s, a) =>
            Of(t, s, a).File?.NestHost is { } host ? t.Vm.MirrorOf(t.Vm.LoadClass(t, host)) : s[a]);
        r.Add(Cls, "getGenericSignature0()Ljava/lang/String;", (t, s, a) =>
            Of(t, s, a).File?.Signature is { } signature ? t.Vm.NewString(signature) : 0);
        r.Add(Cls, "getSimpleBinaryName0()Ljava/lang/String;", (t, s, a) =>
            InnerEntry(Of(t, s, a)) is { SimpleName: { } simple } ? t.Vm.Intern(simple) : 0);
        r.Add(Cls, "getDeclaringClass0()Ljava/lang/Class;", (t, s, a) =>
            InnerEntry(Of(t, s, a)) is { Outer: { } outer } ? t.Vm.MirrorOf(t.Vm.LoadClass(t, outer)) : 0);
        r.Add(Cls, "getDeclaredClasses0()[Ljava/lang/Class;", (t, s, a) =>
        {
            var type = Of(t, s, a);
            return ClassArray(t, [.. (type.File?.InnerClasses ?? []).Where(e => e.Outer == type.Name).Select(e => t.Vm.LoadClass(t, e.Inner))]);
        });
        r.Add(Cls, "getEnclosingMethod0()[Ljava/lang/Object;", EnclosingMethod);
        r.Add(Cls, "getPermittedSubclasses0()[Ljava/lang/Class;", (t, s, a) =>
            Of(t, s, a).File?.PermittedSubclasses is { } permitted ? ClassArray(t, [.. permitted.Select(name => t.Vm.LoadClass(t, name))]) : 0);
        r.Nop(Cls, "getRawAnnotations()[B", "getRawTypeAnnotations()[B", "getConstantPool()Ljdk/internal/reflect/ConstantPool;",
            "getProtectionDomain0()Ljava/security/ProtectionDomain;");
    }

    private static JClass Of(JThread t, long[] s, int a) => t.Vm.ClassOfMirror((int)s[a]);

    /// <summary>This class's own InnerClasses entry, when it is a nested, local or anonymous class.</summary>
    private static InnerClassEntry? InnerEntry(JClass type) => type.File?.InnerClasses.FirstOrDefault(e => e.Inner == type.Name);

    /// <summary>[enclosing class, method name, method descriptor] of a local or anonymous class, else null.</summary>
    private static long EnclosingMethod(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        if (Of(t, s, a).File?.EnclosingMethod is not { } enclosing)
        {
            return 0;
        }

        int array = vm.NewArray(vm.ArrayClassOf(vm.LoadClass(t, "java/lang/Object")), 3);
        var elements = vm.Heap[array].References;
        elements[0] = vm.MirrorOf(vm.LoadClass(t, enclosing.Class));
        elements[1] = enclosing.Name is null ? 0 : vm.Intern(enclosing.Name);
        elements[2] = enclosing.Descriptor is null ? 0 : vm.Intern(enclosing.Descriptor);
        return array;
    }

    /// <summary>Class.isAssignableFrom: primitives only to themselves.</summary>
    private static bool Assignable(JClass from, JClass to) =>
        from.IsPrimitive || to.IsPrimitive ? ReferenceEquals(from, to) : from.IsSubtypeOf(to);

    internal static long ClassArray(JThread t, IReadOnlyList<JClass> types)
    {
        var vm = t.Vm;
        int array = vm.NewArray(vm.ArrayClassOf(vm.LoadClass(t, Cls)), types.Count);
        vm.Protect(array);
        for (int i = 0; i < types.Count; i++)
        {
            vm.Heap[array].References[i] = vm.MirrorOf(types[i]);
        }

        vm.Unprotect(array);
        return array;
    }

    /// <summary>Class.getModifiers: arrays are public/final/abstract per their element; inner-class flags omitted.</summary>
    private static int Modifiers(JClass type)
    {
        if (type.IsPrimitive)
        {
            return (int)(AccessFlags.Public | AccessFlags.Final | AccessFlags.Abstract);
        }

        if (type.IsArray)
        {
            return (Modifiers(type.Component!) & (int)(AccessFlags.Public | AccessFlags.Private | AccessFlags.Protected)) | (int)(AccessFlags.Final | AccessFlags.Abstract);
        }

        var access = InnerEntry(type)?.Access ?? type.Access;
        return (int)(access & ~AccessFlags.Super);
    }

    private static long ForName(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        string name = vm.GetString((int)s[a])!;
        if (name.Contains('/') || name.Length == 0)
        {
            throw vm.NewThrow(t, "java/lang/ClassNotFoundException", name);
        }

        JClass type;
        try
        {
            type = vm.LoadClass(t, name.Replace('.', '/'));
        }
        catch (JavaException thrown) when (vm.Heap[thrown.Throwable].Class.Name == "java/lang/NoClassDefFoundError" && !vm.IsClassKnown(name.Replace('.', '/')))
        {
            throw vm.NewThrow(t, "java/lang/ClassNotFoundException", name);
        }

        if (s[a + 1] != 0)
        {
            vm.Initialize(t, type);
        }

        return vm.MirrorOf(type);
    }
}
