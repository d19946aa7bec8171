using Hawk.Jvm.ClassFiles;

namespace Hawk.Jvm.Runtime;

/// <summary>
/// A loaded class, array class or primitive type: its hierarchy, field layout (instance slots after the
/// superclass's), static slots, methods, vtable, initialization state and the constant pool resolution cache.
/// </summary>
public sealed class JClass
{
    private readonly Dictionary<string, JMethod> methodsBySignature = [];
    private readonly Dictionary<string, JField> fieldsByName = [];
    private readonly Dictionary<JMethod, JMethod?> interfaceDispatch = [];

    /// <summary>A class or interface defined from a class file.</summary>
    internal JClass(ClassFile file, JClass? super, JClass[] interfaces, bool isBootstrap)
    {
        File = file;
        Name = file.Name;
        Access = file.Access;
        Super = super;
        Interfaces = interfaces;
        IsBootstrap = isBootstrap;
        Resolved = new object?[file.Pool.Count];
        NumericConstants = new long[file.Pool.Count];
        ConstantSlots = new byte[file.Pool.Count];
        for (int i = 1; i < file.Pool.Count; i++)
        {
            var tag = file.Pool.Tag(i);
            if (tag is ConstantTag.Integer or ConstantTag.Float or ConstantTag.Long or ConstantTag.Double)
            {
                bool wide = tag is ConstantTag.Long or ConstantTag.Double;
                NumericConstants[i] = wide ? file.Pool.Long(i) : file.Pool.Int(i);
                ConstantSlots[i] = (byte)(wide ? 2 : 1);
            }
        }

        int instanceSlot = super?.InstanceSlots ?? 0, staticSlot = 0;
        var refSlots = new List<int>(super?.ReferenceSlots ?? []);
        var staticRefs = new List<int>();
        var fields = new List<JField>();
        foreach (var info in file.Fields)
        {
            var field = new JField(this, info, info.IsStatic ? staticSlot++ : instanceSlot++);
            (field.IsStatic ? staticRefs : refSlots).AddRange(field.IsReference ? [field.Slot] : []);
            fields.Add(field);
            fieldsByName.TryAdd(info.Name, field);
        }

        Fields = [.. fields];
        InstanceSlots = instanceSlot;
        ReferenceSlots = [.. refSlots];
        Statics = new long[staticSlot];
        StaticReferenceSlots = [.. staticRefs];
        Methods = [.. file.Methods.Select(m => new JMethod(this, m))];
        foreach (var method in Methods)
        {
            methodsBySignature.TryAdd(method.Signature, method);
        }

        VTable = BuildVTable();
    }

    /// <summary>An array class (JVMS 5.3.3) or a primitive type's class.</summary>
    internal JClass(string name, JClass? component, JClass? objectClass, JClass[] interfaces)
    {
        Name = name;
        Component = component;
        ElementKind = component is null ? '\0' : component.IsPrimitive ? component.PrimitiveCode : 'L';
        Super = objectClass;
        Interfaces = interfaces;
        IsBootstrap = component is null || component.IsBootstrap;
        Access = AccessFlags.Public | AccessFlags.Final | AccessFlags.Abstract;
        Fields = [];
        Methods = [];
        ReferenceSlots = [];
        Statics = [];
        StaticReferenceSlots = [];
        Resolved = [];
        NumericConstants = [];
        ConstantSlots = [];
        VTable = objectClass?.VTable ?? [];
        State = ClassState.Initialized;
    }

    public string Name { get; }
    public ClassFile? File { get; }
    public AccessFlags Access { get; }
    public JClass? Super { get; }
    public JClass[] Interfaces { get; }

    /// <summary>Defined by the bootstrap loader (the runtime image) rather than from the class path.</summary>
    public bool IsBootstrap { get; }
    public JField[] Fields { get; }
    public JMethod[] Methods { get; }
    public JMethod[] VTable { get; }
    public int InstanceSlots { get; }

    /// <summary>Instance slots holding references (inherited ones included): what the collector traces.</summary>
    public int[] ReferenceSlots { get; }
    public long[] Statics { get; }
    public int[] StaticReferenceSlots { get; }

    /// <summary>Constant pool resolution cache, indexed like the pool.</summary>
    internal object?[] Resolved { get; }

    /// <summary>int/float/long/double pool entries as stack slot values, so ldc of a number is two array reads.</summary>
    internal long[] NumericConstants { get; }

    /// <summary>Stack slots a numeric pool entry takes (1 or 2); 0 for entries ldc must resolve.</summary>
    internal byte[] ConstantSlots { get; }

    public ClassState State { get; internal set; } = ClassState.Loaded;
    internal Interpreter.JThread? InitializingThread { get; set; }

    /// <summary>
    /// The ExceptionInInitializerError HotSpot records when &lt;clinit&gt; failed (a protected handle, 0 if none): the
    /// cause of the NoClassDefFoundError that later uses of the class get.
    /// </summary>
    internal int InitializationError { get; set; }

    /// <summary>Heap reference of the java.lang.Class object, 0 until created.</summary>
    public int Mirror { get; internal set; }

    /// <summary>Component type of an array class.</summary>
    public JClass? Component { get; }
    public bool IsArray => Component is not null;

    /// <summary>The descriptor character of a primitive type's class (I, J, ... V), else '\0'.</summary>
    public char PrimitiveCode { get; internal init; }
    public bool IsPrimitive => PrimitiveCode != '\0';

    /// <summary>A VM-generated class (lambda proxies), hidden from stack traces like HotSpot's hidden classes.</summary>
    public bool IsHidden { get; internal init; }
    public bool IsInterface => (Access & AccessFlags.Interface) != 0 && !IsArray;

    /// <summary>Element kind of an array: the component's descriptor character, 'L' for references ('\0' otherwise).</summary>
    public char ElementKind { get; }

    /// <summary>The name as Class.getName returns it: dots, arrays in descriptor form.</summary>
    public string JavaName => IsPrimitive ? Name : BaseName.Replace('/', '.') + Name[BaseName.Length..];

    /// <summary>This class's descriptor: "I", "Ljava/lang/String;", "[I".</summary>
    public string Descriptor => IsPrimitive ? PrimitiveCode.ToString() : IsArray ? Name : "L" + Name + ";";

    public string? SourceFile => File?.SourceFile;

    public string Package => BaseName.LastIndexOf('/') is var slash and >= 0 ? BaseName[..slash] : "";

    /// <summary>The name without a hidden class's "/0x…" suffix (JavaVm.DefineHiddenClass).</summary>
    private string BaseName => IsHidden && Name.IndexOf("/0x", StringComparison.Ordinal) is var suffix and > 0 ? Name[..suffix] : Name;

    public JMethod? DeclaredMethod(string name, string descriptor) => methodsBySignature.GetValueOrDefault(name + descriptor);

    public JField? DeclaredField(string name) => fieldsByName.GetValueOrDefault(name);

    /// <summary>Field lookup of JVMS 5.4.3.2: this class, its superinterfaces, then its superclasses.</summary>
    public JField? FindField(string name, string descriptor)
    {
        for (var c = this; c is not null; c = c.Super)
        {
            if (c.fieldsByName.TryGetValue(name, out var field) && field.Descriptor == descriptor)
            {
                return field;
            }

            foreach (var i in c.Interfaces)
            {
                if (i.FindField(name, descriptor) is { } inherited)
                {
                    return inherited;
                }
            }
        }

        return null;
    }

    /// <summary>Method lookup in this class and its superclasses (JVMS 5.4.3.3 step 2).</summary>
    public JMethod? FindMethodInSuperclasses(string name, string descriptor)
    {
        for (var c = this; c is not null; c = c.Super)
        {
            if (c.DeclaredMethod(name, descriptor) is { } m)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Maximally-specific superinterface method (JVMS 5.4.3.3 step 3): non-abstract preferred.</summary>
    public JMethod? FindInterfaceMethod(string name, string descriptor)
    {
        JMethod? found = null;
        foreach (var i in AllInterfaces())
        {
            if (i.DeclaredMethod(name, descriptor) is { } m && !m.IsStatic && !m.IsPrivate)
            {
                if (found is null || (found.IsAbstract && !m.IsAbstract) || (!m.IsAbstract && found.Owner.IsSubtypeOf(m.Owner) is false && m.Owner.IsSubtypeOf(found.Owner)))
                {
                    found = m;
                }
            }
        }

        return found;
    }

    public IEnumerable<JClass> AllInterfaces()
    {
        var seen = new HashSet<JClass>();
        var pending = new Stack<JClass>();
        for (var c = this; c is not null; c = c.Super)
        {
            foreach (var i in c.Interfaces)
            {
                pending.Push(i);
            }
        }

        while (pending.Count > 0)
        {
            var i = pending.Pop();
            if (seen.Add(i))
            {
                yield return i;
                foreach (var parent in i.Interfaces)
                {
                    pending.Push(parent);
                }
            }
        }
    }

    /// <summary>The method invokeinterface/invokevirtual selects on a receiver of this class (JVMS 5.4.6).</summary>
    public JMethod? SelectMethod(JMethod resolved)
    {
        if (resolved.VTableIndex >= 0 && !resolved.Owner.IsInterface && resolved.VTableIndex < VTable.Length)
        {
            return VTable[resolved.VTableIndex];
        }

        if (interfaceDispatch.TryGetValue(resolved, out var cached))
        {
            return cached;
        }

        JMethod? selected = null;
        for (var c = this; c is not null && selected is null; c = c.Super)
        {
            if (c.DeclaredMethod(resolved.Name, resolved.Descriptor) is { IsStatic: false } m)
            {
                selected = m;
            }
        }

        selected ??= FindInterfaceMethod(resolved.Name, resolved.Descriptor);
        interfaceDispatch[resolved] = selected;
        return selected;
    }

    /// <summary>Assignability of JVMS 6.5 checkcast/instanceof: class, interface and array rules.</summary>
    public bool IsSubtypeOf(JClass target)
    {
        if (ReferenceEquals(this, target))
        {
            return true;
        }

        if (IsArray)
        {
            if (target.IsArray)
            {
                return Component!.IsPrimitive || target.Component!.IsPrimitive
                    ? ReferenceEquals(Component, target.Component)
                    : Component!.IsSubtypeOf(target.Component!);
            }

            return target.Name is "java/lang/Object" or "java/lang/Cloneable" or "java/io/Serializable";
        }

        if (target.IsInterface)
        {
            for (var c = this; c is not null; c = c.Super)
            {
                foreach (var i in c.Interfaces)
                {
                    if (i.IsSubtypeOf(target))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        for (var c = Super; c is not null; c = c.Super)
        {
            if (ReferenceEquals(c, target))
            {
                return true;
            }
        }

        return false;
    }

    private JMethod[] BuildVTable()
    {
        if (IsInterface)
        {
            return [];
        }

        var table = new List<JMethod>(Super?.VTable ?? []);
        foreach (var method in Methods)
        {
            if (method.IsStatic || method.IsPrivate || method.Name == "<init>" || method.Name == "<clinit>")
            {
                continue;
            }

            int overridden = table.FindIndex(m => m.Name == method.Name && m.Descriptor == method.Descriptor && CanOverride(method, m));
            if (overridden >= 0)
            {
                table[overridden] = method;
                method.VTableIndex = overridden;
            }
            else
            {
                method.VTableIndex = table.Count;
                table.Add(method);
            }
        }

        return [.. table];
    }

    /// <summary>JVMS 5.4.5: package-private methods are overridden only from the same runtime package.</summary>
    private bool CanOverride(JMethod method, JMethod candidate)
    {
        var access = candidate.Access;
        if ((access & (AccessFlags.Public | AccessFlags.Protected)) != 0)
        {
            return true;
        }

        return candidate.Owner.Package == Package && candidate.Owner.IsBootstrap == IsBootstrap && method is not null;
    }

    public override string ToString() => Name;
}
