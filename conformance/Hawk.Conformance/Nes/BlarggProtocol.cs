namespace Hawk.Conformance.Nes;

/// <summary>How a blargg ROM reports its result (see the data folder's SUITE.yaml, "protocols").</summary>
public enum BlarggProtocol
{
    /// <summary>2009+ framework: status at $6000 behind the DE B0 61 signature, text log from $6004.</summary>
    Memory6000,
    /// <summary>2005 framework: result code in zero page $F8 (1 = passed).</summary>
    ZeroPageF8,
    /// <summary>2005 PPU/APU tests: result code in zero page $F0 (1 = passed).</summary>
    ZeroPageF0,
    /// <summary>No memory protocol: the verdict is read from the text on screen.</summary>
    Screen,
}
