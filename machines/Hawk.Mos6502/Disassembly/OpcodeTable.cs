namespace Hawk.Mos6502.Disassembly;

/// <summary>Mnemonic and addressing mode of an opcode. Undocumented opcodes are flagged, as nestest.log marks them with '*'.</summary>
public readonly record struct OpcodeInfo(byte Opcode, string Mnemonic, AddressingMode Mode, bool Undocumented)
{
    public int Length => 1 + Mode.OperandLength();
}

/// <summary>The 256 NMOS opcodes. Mnemonics for undocumented ones follow nestest.log (ISB, not ISC).</summary>
public static class OpcodeTable
{
    // One row per high nibble, sixteen "mnemonic mode" cells per row; a leading '*' marks undocumented opcodes.
    private const string Rows = """
        BRK imp|ORA izx|*JAM imp|*SLO izx|*NOP zp|ORA zp|ASL zp|*SLO zp|PHP imp|ORA imm|ASL acc|*ANC imm|*NOP abs|ORA abs|ASL abs|*SLO abs
        BPL rel|ORA izy|*JAM imp|*SLO izy|*NOP zpx|ORA zpx|ASL zpx|*SLO zpx|CLC imp|ORA aby|*NOP imp|*SLO aby|*NOP abx|ORA abx|ASL abx|*SLO abx
        JSR abs|AND izx|*JAM imp|*RLA izx|BIT zp|AND zp|ROL zp|*RLA zp|PLP imp|AND imm|ROL acc|*ANC imm|BIT abs|AND abs|ROL abs|*RLA abs
        BMI rel|AND izy|*JAM imp|*RLA izy|*NOP zpx|AND zpx|ROL zpx|*RLA zpx|SEC imp|AND aby|*NOP imp|*RLA aby|*NOP abx|AND abx|ROL abx|*RLA abx
        RTI imp|EOR izx|*JAM imp|*SRE izx|*NOP zp|EOR zp|LSR zp|*SRE zp|PHA imp|EOR imm|LSR acc|*ALR imm|JMP abs|EOR abs|LSR abs|*SRE abs
        BVC rel|EOR izy|*JAM imp|*SRE izy|*NOP zpx|EOR zpx|LSR zpx|*SRE zpx|CLI imp|EOR aby|*NOP imp|*SRE aby|*NOP abx|EOR abx|LSR abx|*SRE abx
        RTS imp|ADC izx|*JAM imp|*RRA izx|*NOP zp|ADC zp|ROR zp|*RRA zp|PLA imp|ADC imm|ROR acc|*ARR imm|JMP ind|ADC abs|ROR abs|*RRA abs
        BVS rel|ADC izy|*JAM imp|*RRA izy|*NOP zpx|ADC zpx|ROR zpx|*RRA zpx|SEI imp|ADC aby|*NOP imp|*RRA aby|*NOP abx|ADC abx|ROR abx|*RRA abx
        *NOP imm|STA izx|*NOP imm|*SAX izx|STY zp|STA zp|STX zp|*SAX zp|DEY imp|*NOP imm|TXA imp|*ANE imm|STY abs|STA abs|STX abs|*SAX abs
        BCC rel|STA izy|*JAM imp|*SHA izy|STY zpx|STA zpx|STX zpy|*SAX zpy|TYA imp|STA aby|TXS imp|*TAS aby|*SHY abx|STA abx|*SHX aby|*SHA aby
        LDY imm|LDA izx|LDX imm|*LAX izx|LDY zp|LDA zp|LDX zp|*LAX zp|TAY imp|LDA imm|TAX imp|*LXA imm|LDY abs|LDA abs|LDX abs|*LAX abs
        BCS rel|LDA izy|*JAM imp|*LAX izy|LDY zpx|LDA zpx|LDX zpy|*LAX zpy|CLV imp|LDA aby|TSX imp|*LAS aby|LDY abx|LDA abx|LDX aby|*LAX aby
        CPY imm|CMP izx|*NOP imm|*DCP izx|CPY zp|CMP zp|DEC zp|*DCP zp|INY imp|CMP imm|DEX imp|*SBX imm|CPY abs|CMP abs|DEC abs|*DCP abs
        BNE rel|CMP izy|*JAM imp|*DCP izy|*NOP zpx|CMP zpx|DEC zpx|*DCP zpx|CLD imp|CMP aby|*NOP imp|*DCP aby|*NOP abx|CMP abx|DEC abx|*DCP abx
        CPX imm|SBC izx|*NOP imm|*ISB izx|CPX zp|SBC zp|INC zp|*ISB zp|INX imp|SBC imm|NOP imp|*SBC imm|CPX abs|SBC abs|INC abs|*ISB abs
        BEQ rel|SBC izy|*JAM imp|*ISB izy|*NOP zpx|SBC zpx|INC zpx|*ISB zpx|SED imp|SBC aby|*NOP imp|*ISB aby|*NOP abx|SBC abx|INC abx|*ISB abx
        """;

    private static readonly OpcodeInfo[] Table = Build();

    public static OpcodeInfo Get(byte opcode) => Table[opcode];

    public static IReadOnlyList<OpcodeInfo> All => Table;

    private static OpcodeInfo[] Build()
    {
        string[] cells = Rows.Split(['|', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length != 256)
        {
            throw new InvalidOperationException($"The opcode table has {cells.Length} cells, not 256.");
        }
        var table = new OpcodeInfo[256];
        for (int opcode = 0; opcode < 256; opcode++)
        {
            string cell = cells[opcode];
            bool undocumented = cell[0] == '*';
            string[] parts = cell.TrimStart('*').Split(' ');
            table[opcode] = new OpcodeInfo((byte)opcode, parts[0], ParseMode(parts[1]), undocumented);
        }
        return table;
    }

    private static AddressingMode ParseMode(string mode) => mode switch
    {
        "imp" => AddressingMode.Implied,
        "acc" => AddressingMode.Accumulator,
        "imm" => AddressingMode.Immediate,
        "zp" => AddressingMode.ZeroPage,
        "zpx" => AddressingMode.ZeroPageX,
        "zpy" => AddressingMode.ZeroPageY,
        "abs" => AddressingMode.Absolute,
        "abx" => AddressingMode.AbsoluteX,
        "aby" => AddressingMode.AbsoluteY,
        "ind" => AddressingMode.Indirect,
        "izx" => AddressingMode.IndexedIndirect,
        "izy" => AddressingMode.IndirectIndexed,
        "rel" => AddressingMode.Relative,
        _ => throw new InvalidOperationException($"Unknown addressing mode '{mode}' in the opcode table."),
    };
}
