namespace Hawk.Conformance.Mos6502;

/// <summary>How one of Klaus Dormann's (and Bruce Clark's) test images is loaded, started and judged (SUITE.yaml).</summary>
/// <param name="Image">The binary image, loaded at <paramref name="LoadAddress"/>.</param>
/// <param name="SuccessTrap">The trap address that means PASS, when the program ends in a trap.</param>
/// <param name="StopAddress">The address that ends the program when it ends by reaching it (the decimal test), else -1.</param>
/// <param name="ErrorFlag">The byte that must be zero after the stop address is reached, else -1.</param>
/// <param name="FeedbackPort">The interrupt feedback register, for the interrupt test, else -1.</param>
public sealed record DormannProgram(
    string Id,
    string Image,
    ushort LoadAddress,
    ushort StartAddress,
    int SuccessTrap,
    int StopAddress = -1,
    int ErrorFlag = -1,
    int FeedbackPort = -1)
{
    public string Listing => Path.ChangeExtension(Image, ".lst");

    /// <summary>Where the functional tests keep the number of the test in progress.</summary>
    public const ushort TestCaseAddress = 0x0200;

    public static IReadOnlyList<DormannProgram> All { get; } =
    [
        new("6502_functional_test", "6502_functional_test.bin", 0x0000, 0x0400, SuccessTrap: 0x3469),
        new("6502_decimal_test", "6502_decimal_test.bin", 0x0200, 0x0200, SuccessTrap: -1, StopAddress: 0x024B, ErrorFlag: 0x000B),
        new("6502_interrupt_test", "6502_interrupt_test.bin", 0x000A, 0x0400, SuccessTrap: 0x06F5, FeedbackPort: 0xBFFC),
        new("65C02_extended_opcodes_test", "65C02_extended_opcodes_test.bin", 0x0000, 0x0400, SuccessTrap: 0x24F1),
    ];
}
