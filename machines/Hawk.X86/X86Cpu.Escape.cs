namespace Hawk.X86;

/// <summary>ESC (D8-DF) without a coprocessor: the CPU decodes the operand and, on the 80286, checks the memory
/// operand against the segment limit for the operand size the coprocessor instruction would transfer.</summary>
public sealed partial class X86Cpu<TBus>
{
    // Bytes transferred by the memory form of each ESC opcode (rows D8-DF) and reg field; from the 80287 opcode map.
    private static readonly byte[] EscapeOperandSizes =
    [
        4, 4, 4, 4, 4, 4, 4, 4,
        4, 0, 4, 4, 14, 2, 14, 2,
        4, 4, 4, 4, 4, 4, 4, 4,
        4, 0, 4, 4, 0, 10, 0, 10,
        8, 8, 8, 8, 8, 8, 8, 8,
        8, 0, 8, 8, 94, 0, 94, 2,
        2, 2, 2, 2, 2, 2, 2, 2,
        2, 0, 2, 2, 10, 8, 10, 8,
    ];

    private void Escape(int op)
    {
        DecodeModRm();
        if (!_rmIsRegister)
        {
            int size = EscapeOperandSizes[((op - 0xD8) * 8) + ModReg];
            if (size != 0)
            {
                CheckLimit(_eaOffset, size);
            }
        }
    }
}
