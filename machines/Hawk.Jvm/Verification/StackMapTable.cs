using System.Buffers.Binary;
using System.Text;
using Hawk.Jvm.ClassFiles;

namespace Hawk.Jvm.Verification;

/// <summary>
/// The decoded StackMapTable attribute (JVMS 4.7.4): the full type state declared at each frame's offset, every
/// compressed frame kind (same, same_locals_1_stack_item, chop, append, their extended forms, full) expanded
/// against the previous frame, and the entries as HotSpot lists them in a VerifyError's "Stackmap Table".
/// </summary>
public sealed class StackMapTable
{
    private readonly TypeFrame?[] frames;

    private StackMapTable(int codeLength)
    {
        frames = new TypeFrame?[codeLength];
    }

    /// <summary>The declared frame at <paramref name="pc"/>, or null when there is none.</summary>
    public TypeFrame? At(int pc) => (uint)pc < (uint)frames.Length ? frames[pc] : null;

    /// <summary>One line per entry, e.g. "append_frame(@13,Integer)".</summary>
    public List<string> Entries { get; } = [];

    /// <param name="initial">The method's implicit initial frame, the base the first entry is relative to.</param>
    /// <param name="isInstructionStart">Whether an offset is where an instruction begins.</param>
    public static StackMapTable Decode(CodeAttribute code, ConstantPool pool, TypeFrame initial, Func<int, bool> isInstructionStart)
    {
        var table = new StackMapTable(code.Code.Length);
        var data = code.StackMapTable;
        if (data is null)
        {
            return table;
        }

        var reader = new Reader(data, code.Code, pool, code.MaxLocals, code.MaxStack);
        int count = reader.U2();
        var locals = new List<VerificationType>(initial.Locals.Take(initial.DeclaredLocals));
        int offset = -1;
        for (int i = 0; i < count; i++)
        {
            int type = reader.U1();
            if (type is >= 128 and < 247)
            {
                throw VerifyException.Format("StackMapTable format error: reserved frame type");
            }

            int delta = type < 64 ? type : type < 128 ? type - 64 : reader.U2();
            offset = offset < 0 ? delta : offset + delta + 1;
            if (offset >= code.Code.Length || !isInstructionStart(offset))
            {
                throw new VerifyException("StackMapTable error: bad offset", Math.Min(offset, code.Code.Length), "Invalid stackmap specification.");
            }

            var stack = new List<VerificationType>();
            string entry = type switch
            {
                < 64 => $"same_frame(@{offset})",
                < 128 => $"same_locals_1_stack_item_frame(@{offset},{reader.Read(stack)})",
                247 => $"same_locals_1_stack_item_extended(@{offset},{reader.Read(stack)})",
                < 251 => $"chop_frame(@{offset},{Chop(locals, 251 - type)})",
                251 => $"same_frame_extended(@{offset})",
                < 255 => $"append_frame(@{offset},{string.Join(",", Enumerable.Range(0, type - 251).Select(_ => reader.Read(locals)).ToList())})",
                _ => FullFrame(reader, locals, stack, offset),
            };

            if (locals.Count > code.MaxLocals || stack.Count > code.MaxStack)
            {
                throw VerifyException.Format("StackMapTable format error: bad type array size");
            }

            var frame = new TypeFrame(code.MaxLocals, code.MaxStack) { StackSize = stack.Count };
            locals.CopyTo(frame.Locals);
            stack.CopyTo(frame.Stack);
            frame.ThisUninit = locals.Contains(VerificationType.UninitializedThis);
            table.frames[offset] = frame;
            table.Entries.Add(entry);
        }

        if (reader.Remaining != 0)
        {
            throw VerifyException.Format("StackMapTable format error: wrong attribute size");
        }

        return table;
    }

    private static string FullFrame(Reader reader, List<VerificationType> locals, List<VerificationType> stack, int offset)
    {
        locals.Clear();
        string fullLocals = reader.ReadList(locals), fullStack = reader.ReadList(stack);
        return $"full_frame(@{offset},{{{fullLocals}}},{{{fullStack}}})";
    }

    /// <summary>Removes the last <paramref name="k"/> locals (a long or double counts as one); returns k.</summary>
    private static int Chop(List<VerificationType> locals, int k)
    {
        for (int i = 0; i < k; i++)
        {
            if (locals.Count == 0)
            {
                throw VerifyException.Format("StackMapTable format error: bad type array size");
            }

            bool high = locals[^1].IsHighHalf;
            locals.RemoveAt(locals.Count - 1);
            if (high)
            {
                locals.RemoveAt(locals.Count - 1);
            }
        }

        return k;
    }

    /// <summary>Reads verification_type_info entries (JVMS 4.7.4), expanding long and double to two slots.</summary>
    private sealed class Reader(byte[] data, byte[] code, ConstantPool pool, int maxLocals, int maxStack)
    {
        private int position;

        public int Remaining => data.Length - position;

        public int U1() => position < data.Length ? data[position++] : throw Truncated();

        public int U2()
        {
            if (position + 2 > data.Length)
            {
                throw Truncated();
            }

            int value = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position));
            position += 2;
            return value;
        }

        /// <summary>Appends one type to <paramref name="into"/> and returns HotSpot's name for it.</summary>
        public string Read(List<VerificationType> into)
        {
            int tag = U1();
            switch (tag)
            {
                case 0: into.Add(VerificationType.Top); return "Top";
                case 1: into.Add(VerificationType.Integer); return "Integer";
                case 2: into.Add(VerificationType.Float); return "Float";
                case 3: into.Add(VerificationType.Double); into.Add(VerificationType.DoubleHigh); return "Double";
                case 4: into.Add(VerificationType.Long); into.Add(VerificationType.LongHigh); return "Long";
                case 5: into.Add(VerificationType.Null); return "Null";
                case 6: into.Add(VerificationType.UninitializedThis); return "UninitializedThis";
                case 7:
                    int index = U2();
                    if (pool.Tag(index) != ConstantTag.Class)
                    {
                        throw VerifyException.Format("StackMapTable format error: bad class index");
                    }

                    into.Add(VerificationType.Class(pool.ClassName(index)));
                    return $"Object[#{index}]";
                case 8:
                    int offset = U2();
                    if (offset >= code.Length || code[offset] != 0xbb)
                    {
                        throw VerifyException.Format("StackMapTable format error: bad offset for Uninitialized");
                    }

                    into.Add(VerificationType.UninitializedAt(offset));
                    return $"Uninitialized[#{offset}]";
                default:
                    throw VerifyException.Format("StackMapTable format error: bad verification type");
            }
        }

        /// <summary>A u2 count and that many types (a full_frame's locals or stack).</summary>
        public string ReadList(List<VerificationType> into)
        {
            int count = U2();
            if (count > Math.Max(maxLocals, maxStack))
            {
                throw VerifyException.Format("StackMapTable format error: bad type array size");
            }

            var names = new StringBuilder();
            for (int i = 0; i < count; i++)
            {
                names.Append(i == 0 ? "" : ",").Append(Read(into));
            }

            return names.ToString();
        }

        private static VerifyException Truncated() => VerifyException.Format("StackMapTable format error: access beyond the end of attribute");
    }
}
