using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Verification;

/// <summary>
/// Which slots of a frame hold references at each instruction of a method: the verifier's type states, recorded
/// before every instruction. Slot offsets are relative to the frame's base (locals 0..max_locals-1, then the
/// operand stack from its bottom), matching the interpreter's frame layout.
/// </summary>
public sealed class ReferenceMap
{
    private static readonly int[] None = [];
    private readonly int[]?[] slotsAt;

    private ReferenceMap(int codeLength)
    {
        slotsAt = new int[]?[codeLength];
    }

    /// <summary>The reference slots before the instruction at <paramref name="pc"/>, or null if pc starts no instruction.</summary>
    public int[]? At(int pc) => (uint)pc < (uint)slotsAt.Length ? slotsAt[pc] : null;

    /// <summary>
    /// Computes the map from the method's StackMapTable and the type rules. Code that is trusted (the runtime
    /// image) is not checked against the class hierarchy here; null when the types cannot be computed (no usable
    /// stack map, e.g. a class file older than version 50).
    /// </summary>
    public static ReferenceMap? Compute(JMethod method)
    {
        if (method.Code is null || method.Owner.File is null)
        {
            return null;
        }

        var map = new ReferenceMap(method.Code.Code.Length);
        int maxLocals = method.Code.MaxLocals;
        try
        {
            MethodVerifier.Verify(method.Owner.File, method.Info, TrustingHierarchy.Instance, (pc, frame) =>
            {
                var slots = new List<int>();
                for (int i = 0; i < frame.Locals.Length; i++)
                {
                    if (frame.Locals[i].IsReference)
                    {
                        slots.Add(i);
                    }
                }

                for (int i = 0; i < frame.StackSize; i++)
                {
                    if (frame.Stack[i].IsReference)
                    {
                        slots.Add(maxLocals + i);
                    }
                }

                map.slotsAt[pc] = slots.Count == 0 ? None : [.. slots];
            });
        }
        catch (VerifyException)
        {
            return null;
        }

        return map;
    }
}
