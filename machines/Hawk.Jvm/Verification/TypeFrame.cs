using System.Text;

namespace Hawk.Jvm.Verification;

/// <summary>
/// A type state (JVMS 4.10.1.3): the types of the locals and the operand stack at one instruction, plus
/// flagThisUninit while a constructor has not yet called super() or this().
/// </summary>
public sealed class TypeFrame
{
    public TypeFrame(int maxLocals, int maxStack)
    {
        Locals = new VerificationType[maxLocals];
        Stack = new VerificationType[maxStack];
    }

    public VerificationType[] Locals { get; }
    public VerificationType[] Stack { get; }
    public int StackSize { get; set; }
    public bool ThisUninit { get; set; }

    /// <summary>The locals up to the last one that is not top (HotSpot's locals size).</summary>
    public int DeclaredLocals
    {
        get
        {
            int count = Locals.Length;
            while (count > 0 && Locals[count - 1].Tag == TypeTag.Top)
            {
                count--;
            }

            return count;
        }
    }

    public TypeFrame Copy()
    {
        var copy = new TypeFrame(Locals.Length, Stack.Length) { StackSize = StackSize, ThisUninit = ThisUninit };
        Locals.CopyTo(copy.Locals, 0);
        Stack.CopyTo(copy.Stack, 0);
        return copy;
    }

    public void CopyFrom(TypeFrame other)
    {
        other.Locals.CopyTo(Locals, 0);
        other.Stack.CopyTo(Stack, 0);
        StackSize = other.StackSize;
        ThisUninit = other.ThisUninit;
    }

    /// <summary>Replaces every occurrence of an object under construction once its constructor has been called.</summary>
    public void Initialize(VerificationType uninitialized, VerificationType constructed)
    {
        for (int i = 0; i < Locals.Length; i++)
        {
            if (Locals[i] == uninitialized)
            {
                Locals[i] = constructed;
            }
        }

        for (int i = 0; i < StackSize; i++)
        {
            if (Stack[i] == uninitialized)
            {
                Stack[i] = constructed;
            }
        }
    }

    /// <summary>The frame as HotSpot prints it in a VerifyError ("bci: @3", "flags: { }", trailing top locals omitted).</summary>
    public void Describe(StringBuilder text, int bci)
    {
        int locals = DeclaredLocals;

        text.Append("    bci: @").Append(bci).Append('\n');
        text.Append("    flags: {").Append(ThisUninit ? " flagThisUninit" : "").Append(" }\n");
        text.Append("    locals: {").Append(List(Locals.AsSpan(0, locals))).Append(" }\n");
        text.Append("    stack: {").Append(List(Stack.AsSpan(0, StackSize))).Append(" }\n");
    }

    private static string List(ReadOnlySpan<VerificationType> types)
    {
        var text = new StringBuilder();
        for (int i = 0; i < types.Length; i++)
        {
            text.Append(i == 0 ? " " : ", ").Append(types[i]);
        }

        return text.ToString();
    }
}
