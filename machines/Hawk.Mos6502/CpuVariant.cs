namespace Hawk.Mos6502;

/// <summary>Which chip the core behaves as, where the chips differ.</summary>
public enum CpuVariant
{
    /// <summary>
    /// The NMOS 6502 as SingleStepTests' vectors record it: decimal mode, ANE/LXA constant $EE, and SHA/SHX/SHY/TAS
    /// ANDing with the high byte of the carried address + 1.
    /// </summary>
    Nmos6502,

    /// <summary>
    /// The NES's Ricoh 2A03 as blargg's tests see it on consoles: no decimal mode, ANE/LXA constant $FF, and
    /// SHA/SHX/SHY/TAS ANDing with the base address's high byte + 1 and, on a page cross, storing to the page the
    /// stored value names.
    /// </summary>
    Ricoh2A03,
}
