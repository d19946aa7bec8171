namespace Hawk.Conformance.Mos6502;

/// <summary>The fixed columns of a nestest.log line, for field-by-field comparison.</summary>
public static class NestestLine
{
    private static readonly (string Name, int Start, int End)[] Columns =
    [
        ("PC", 0, 4), ("bytes", 6, 14), ("undocumented", 15, 16), ("disassembly", 16, 48),
        ("A", 50, 52), ("X", 55, 57), ("Y", 60, 62), ("P", 65, 67), ("SP", 71, 73), ("PPU", 78, 85), ("CYC", 90, int.MaxValue),
    ];

    /// <summary>The fields whose text differs, as "name: expected 'x', actual 'y'".</summary>
    public static IEnumerable<string> Differences(string expected, string actual) =>
        from column in Columns
        let e = Field(expected, column.Start, column.End)
        let a = Field(actual, column.Start, column.End)
        where e != a
        select $"{column.Name}: expected '{e}', actual '{a}'";

    private static string Field(string line, int start, int end) =>
        start >= line.Length ? "" : line[start..Math.Min(end, line.Length)].Trim();
}
