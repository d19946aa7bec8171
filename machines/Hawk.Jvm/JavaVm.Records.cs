using System.Text;
using Hawk.Jvm.ClassFiles;
using Hawk.Jvm.Interpreter;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm;

/// <summary>
/// Records' toString/equals/hashCode call sites (bootstrap java.lang.runtime.ObjectMethods.bootstrap), with that
/// method's semantics: "Name[a=1, b=x]", component-wise equality (Float/Double.compare for floating point,
/// Objects.equals for references) and the hash 31 * h + hash(component) starting from 0.
/// </summary>
public sealed partial class JavaVm
{
    private sealed record RecordSite(string Descriptor, string Method, JClass Record, string[] Names, JField[] Fields) : CallSite(Descriptor);

    private RecordSite LinkRecordMethod(JThread thread, JClass from, string name, string descriptor, BootstrapMethod bootstrap)
    {
        var pool = from.File!.Pool;
        var record = LoadClass(thread, pool.ClassName(bootstrap.Arguments[0]), from.IsBootstrap);
        string names = pool.StringValue(bootstrap.Arguments[1]);
        var fields = bootstrap.Arguments.Skip(2).Select(handle =>
        {
            var (_, field, fieldDescriptor) = pool.MemberRef(pool.Second(handle));
            return record.FindField(field, fieldDescriptor) ?? throw NewThrow(thread, "java/lang/NoSuchFieldError", field);
        }).ToArray();
        return new RecordSite(descriptor, name, record, names.Length == 0 ? [] : names.Split(';'), fields);
    }

    private long RecordMethod(JThread thread, RecordSite site, long[] stack, int argBase)
    {
        int receiver = (int)NullChecked(thread, stack[argBase]);
        var values = Heap[receiver].Fields;
        switch (site.Method)
        {
            case "toString":
                var text = new StringBuilder(SimpleName(site.Record)).Append('[');
                for (int i = 0; i < site.Fields.Length; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(site.Names[i]).Append('=');
                    text.Append(ValueText(thread, site.Fields[i].Descriptor, values[site.Fields[i].Slot]));
                }

                return NewString(text.Append(']').ToString());
            case "hashCode":
                int hash = 0;
                foreach (var field in site.Fields)
                {
                    hash = unchecked((hash * 31) + ComponentHash(thread, field.Descriptor, values[field.Slot]));
                }

                return hash;
            default:
                int other = (int)stack[argBase + 1];
                if (other == 0 || !ReferenceEquals(Heap[other].Class, site.Record))
                {
                    return 0;
                }

                foreach (var field in site.Fields)
                {
                    if (!ComponentEquals(thread, field.Descriptor, values[field.Slot], Heap[other].Fields[field.Slot]))
                    {
                        return 0;
                    }
                }

                return 1;
        }
    }

    /// <summary>Class.getSimpleName for a nested or local class: the name after the last '$', without a local class's digits.</summary>
    private static string SimpleName(JClass type)
    {
        string name = type.Name[(type.Name.LastIndexOf('/') + 1)..];
        name = name[(name.LastIndexOf('$') + 1)..];
        return name.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    }

    private int ComponentHash(JThread thread, string descriptor, long value)
    {
        if (descriptor[0] is 'L' or '[')
        {
            return value == 0 ? 0 : (int)CallVirtual(thread, (int)value, "hashCode", "()I");
        }

        var wrapper = LoadClass(thread, WrapperOf(descriptor[0]));
        return (int)Call(thread, Method(wrapper, "hashCode", $"({descriptor})I"), value);
    }

    private bool ComponentEquals(JThread thread, string descriptor, long a, long b) => descriptor[0] switch
    {
        'F' => BitConverter.SingleToInt32Bits(Bytecode.F(a)) == BitConverter.SingleToInt32Bits(Bytecode.F(b)) || (float.IsNaN(Bytecode.F(a)) && float.IsNaN(Bytecode.F(b))),
        'D' => a == b || (double.IsNaN(Bytecode.D(a)) && double.IsNaN(Bytecode.D(b))),
        'L' or '[' => a == b || (a != 0 && CallVirtual(thread, (int)a, "equals", "(Ljava/lang/Object;)Z", b) != 0),
        _ => a == b,
    };

    /// <summary>Calls an instance method selected by the receiver's class (invokevirtual from C#).</summary>
    internal long CallVirtual(JThread thread, int receiver, string name, string descriptor, params ReadOnlySpan<long> arguments)
    {
        var type = Heap[receiver].Class;
        var method = type.FindMethodInSuperclasses(name, descriptor) ?? type.FindInterfaceMethod(name, descriptor)
            ?? throw NewThrow(thread, "java/lang/AbstractMethodError", name);
        Span<long> all = stackalloc long[arguments.Length + 1];
        all[0] = receiver;
        arguments.CopyTo(all[1..]);
        return Call(thread, method, all);
    }
}
