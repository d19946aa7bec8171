namespace Hawk.Conformance.Mos6502;

/// <summary>
/// Known defects of the SingleStepTests 6502 v1 data held here, corrected before comparison and named in results.
/// </summary>
internal static class SingleStepErrata
{
    /// <summary>
    /// The v1 vectors of the undocumented NOP abs (0C) and NOP abs,X (1C 3C 5C 7C DC FC) omit the final data read:
    /// 3 and 4 cycles where the NMOS chip makes 4 and 4+1 (nestest.log's CYC column agrees with the chip).
    /// Upstream accepted this as a bug (SingleStepTests/ProcessorTests issue #46) after this data was cut.
    /// </summary>
    public const string NopFinalRead = "upstream v1 data omits the final read of NOP abs/abs,X (ProcessorTests issue #46); that read is restored before comparing";

    private static readonly byte[] NopsWithFinalReadMissing = [0x0C, 0x1C, 0x3C, 0x5C, 0x7C, 0xDC, 0xFC];

    public static bool Applies(byte opcode) => Array.IndexOf(NopsWithFinalReadMissing, opcode) >= 0;

    /// <summary>The bus cycles the chip makes for this vector: the recorded ones, plus the omitted final read.</summary>
    public static IReadOnlyList<BusCycle> ExpectedCycles(SingleStepVector vector)
    {
        byte opcode = RamAt(vector, vector.Initial.PC);
        if (!Applies(opcode))
        {
            return vector.Cycles;
        }
        ushort operand = (ushort)(RamAt(vector, (ushort)(vector.Initial.PC + 1)) | (RamAt(vector, (ushort)(vector.Initial.PC + 2)) << 8));
        ushort address = opcode == 0x0C ? operand : (ushort)(operand + vector.Initial.X);
        BusCycle finalRead = new(address, RamAt(vector, address), IsWrite: false);
        return vector.Cycles.Count > 3 && vector.Cycles[^1] == finalRead && (opcode == 0x0C || ((operand ^ address) & 0xFF00) == 0)
            ? vector.Cycles
            : [.. vector.Cycles, finalRead];
    }

    private static byte RamAt(SingleStepVector vector, ushort address)
    {
        foreach ((ushort at, byte value) in vector.InitialRam)
        {
            if (at == address)
            {
                return value;
            }
        }
        return 0;
    }
}
