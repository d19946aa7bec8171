using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Natives;

/// <summary>
/// java.lang.invoke.MethodHandleNatives: resolution of MemberNames (the JDK's symbolic references to methods and
/// fields) as HotSpot does it. A resolved MemberName carries its JMethod or JField as VM data (HotSpot's vmtarget);
/// MethodHandle.invokeBasic and linkTo* (JavaVm.Invoke) call through it.
/// </summary>
internal static class InvokeNatives
{
    private const string Natives = "java/lang/invoke/MethodHandleNatives";
    private const int IsMethod = 0x10000, IsConstructor = 0x20000, IsField = 0x40000;
    private const int RecognizedFieldModifiers = 0x50DF, RecognizedMethodModifiers = 0x1DFF;

    public static void Register(NativeRegistry r)
    {
        r.Add(Natives, "resolve(Ljava/lang/invoke/MemberName;Ljava/lang/Class;IZ)Ljava/lang/invoke/MemberName;", Resolve);
        r.Add(Natives, "objectFieldOffset(Ljava/lang/invoke/MemberName;)J", static (t, s, a) => UnsafeNatives.FieldBase + (8L * Field(t, s[a]).Slot));
        r.Add(Natives, "staticFieldOffset(Ljava/lang/invoke/MemberName;)J", static (t, s, a) => UnsafeNatives.StaticBase + (8L * Field(t, s[a]).Slot));
        r.Add(Natives, "staticFieldBase(Ljava/lang/invoke/MemberName;)Ljava/lang/Object;", static (t, s, a) => t.Vm.MirrorOf(Field(t, s[a]).Owner));
        r.Add(Natives, "getNamedCon(I[Ljava/lang/Object;)I", static (_, _, _) => 0);
        r.Add(Natives, "init(Ljava/lang/invoke/MemberName;Ljava/lang/Object;)V", Init);
    }

    private static JField Field(JThread t, long memberName) =>
        t.Vm.Heap[(int)memberName].VmData as JField ?? throw t.Vm.NewThrow(t, "java/lang/InternalError", "unresolved field MemberName");

    /// <summary>
    /// MethodHandleNatives.resolve: looks the member up in its class (superclasses and interfaces included), fills
    /// in the declaring class, modifiers and kind, and attaches the target; a miss is a LinkageError (or null when
    /// speculative), which MemberName.Factory turns into the lookup's ReflectiveOperationException.
    /// </summary>
    private static long Resolve(JThread t, long[] s, int a)
    {
        var vm = t.Vm;
        int self = (int)s[a];
        bool speculative = s[a + 3] != 0;
        var owner = vm.ClassOfMirror((int)vm.GetField(self, "clazz"));
        string name = vm.GetString((int)vm.GetField(self, "name")) ?? "";
        int flags = (int)vm.GetField(self, "flags");
        int kind = (int)(flags & 0xFF000000);
        string descriptor = TypeDescriptor(t, (int)vm.GetField(self, "type"));
        if ((flags & IsField) != 0)
        {
            var field = owner.FindField(name, descriptor);
            if (field is null)
            {
                return speculative ? 0 : throw vm.NewThrow(t, "java/lang/NoSuchFieldError", name);
            }

            vm.SetField(self, "clazz", vm.MirrorOf(field.Owner));
            vm.SetField(self, "flags", ((int)field.Access & RecognizedFieldModifiers) | IsField | kind);
            vm.Heap[self].VmData = field;
            return self;
        }

        var method = JavaVm.SignaturePolymorphic(owner, name, descriptor)
            ?? owner.FindMethodInSuperclasses(name, descriptor)
            ?? owner.FindInterfaceMethod(name, descriptor)
            ?? (owner.IsInterface ? vm.LoadClass(t, "java/lang/Object").DeclaredMethod(name, descriptor) : null);
        if (method is null)
        {
            return speculative ? 0 : throw vm.NewThrow(t, "java/lang/NoSuchMethodError", $"'{JavaVm.JavaSignature(owner, name, descriptor)}'");
        }

        vm.SetField(self, "clazz", vm.MirrorOf(method.Owner));
        vm.SetField(self, "flags", ((int)method.Access & RecognizedMethodModifiers) | (name == "<init>" ? IsConstructor : IsMethod) | kind);
        vm.Heap[self].VmData = method;
        return self;
    }

    /// <summary>
    /// MethodHandleNatives.init: a MemberName for a reflected Method, Constructor or Field, with the reference kind
    /// HotSpot's CallInfo gives it (static, interface, statically bound = special, else virtual; getField/getStatic).
    /// The name and the type (as a descriptor string) are filled in here rather than expanded later.
    /// </summary>
    private static long Init(JThread t, long[] s, int a)
    {
        const int RefGetField = 1, RefGetStatic = 2, RefInvokeVirtual = 5, RefInvokeStatic = 6, RefInvokeSpecial = 7, RefInvokeInterface = 9;
        var vm = t.Vm;
        int self = (int)s[a], reflected = (int)s[a + 1];
        var owner = vm.ClassOfMirror((int)vm.GetField(reflected, "clazz"));
        int slot = (int)vm.GetField(reflected, "slot");
        object target;
        string name, descriptor;
        int flags;
        if (vm.Heap[reflected].Class.Name == "java/lang/reflect/Field")
        {
            var field = owner.Fields[slot];
            (target, name, descriptor) = (field, field.Name, field.Descriptor);
            flags = ((int)field.Access & RecognizedFieldModifiers) | IsField | ((field.IsStatic ? RefGetStatic : RefGetField) << 24);
        }
        else
        {
            var method = owner.Methods[slot];
            (target, name, descriptor) = (method, method.Name, method.Descriptor);
            int kind = method.IsStatic ? RefInvokeStatic
                : method.Name == "<init>" || method.IsPrivate || ((method.Access | owner.Access) & AccessFlags.Final) != 0 ? RefInvokeSpecial
                : owner.IsInterface ? RefInvokeInterface : RefInvokeVirtual;
            flags = ((int)method.Access & RecognizedMethodModifiers) | (method.Name == "<init>" ? IsConstructor : IsMethod) | (kind << 24);
        }

        vm.SetField(self, "clazz", vm.MirrorOf(owner));
        vm.SetField(self, "name", vm.Intern(name));
        vm.SetField(self, "type", vm.Intern(descriptor));
        vm.SetField(self, "flags", flags);
        vm.Heap[self].VmData = target;
        return 0;
    }

    /// <summary>The descriptor of a MemberName's type: a MethodType, a Class (fields) or a descriptor string.</summary>
    private static string TypeDescriptor(JThread t, int type)
    {
        var vm = t.Vm;
        var typeClass = vm.Heap[type].Class;
        switch (typeClass.Name)
        {
            case "java/lang/String":
                return vm.GetString(type)!;
            case "java/lang/Class":
                return vm.ClassOfMirror(type).Descriptor;
            case "java/lang/invoke/MethodType":
                var parameters = vm.Heap[(int)vm.GetField(type, "ptypes")].References;
                var text = new System.Text.StringBuilder("(");
                foreach (int parameter in parameters)
                {
                    text.Append(vm.ClassOfMirror(parameter).Descriptor);
                }

                return text.Append(')').Append(vm.ClassOfMirror((int)vm.GetField(type, "rtype")).Descriptor).ToString();
            default:
                throw vm.NewThrow(t, "java/lang/InternalError", $"unexpected MemberName type {typeClass.JavaName}");
        }
    }
}
