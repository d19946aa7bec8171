using Hawk.Jvm.ClassFiles;

namespace Hawk.Jvm.Runtime;

/// <summary>A field of a loaded class: its slot in the instance's or the class's static slot array.</summary>
public sealed class JField(JClass owner, MemberInfo info, int slot)
{
    public JClass Owner { get; } = owner;
    public string Name { get; } = info.Name;
    public string Descriptor { get; } = info.Descriptor;
    public AccessFlags Access { get; } = info.Access;
    public MemberInfo Info { get; } = info;

    /// <summary>Index into <see cref="Memory.HeapObject.Fields"/> or <see cref="JClass.Statics"/>.</summary>
    public int Slot { get; } = slot;
    public bool IsStatic => (Access & AccessFlags.Static) != 0;
    public bool IsReference => Descriptors.IsReference(Descriptor);

    /// <summary>The first descriptor character: the kind of value stored (B C D F I J S Z L [).</summary>
    public char Kind { get; } = info.Descriptor[0];

    /// <summary>Operand stack slots the value takes: 2 for long and double.</summary>
    public int Slots { get; } = info.Descriptor[0] is 'J' or 'D' ? 2 : 1;

    public override string ToString() => $"{Owner.Name}.{Name}:{Descriptor}";
}
