namespace Hawk.X86;

/// <summary>Architectural registers. The first eight follow the ModR/M register encoding, the segment registers
/// follow the segment encoding (ES, CS, SS, DS).</summary>
public enum X86Register
{
    AX,
    CX,
    DX,
    BX,
    SP,
    BP,
    SI,
    DI,
    ES,
    CS,
    SS,
    DS,
    IP,
    Flags,
}
