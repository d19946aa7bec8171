using Hawk.Nes.Cartridges;
using Hawk.Nes.Input;
using Hawk.Nes.Media;
using Hawk.Nes.Video;

namespace Hawk.Nes.Tests;

public sealed class NesConsoleTests
{
    // Reads controller 1 over and over: strobe, eight reads shifted into $10, the finished byte copied to $12.
    private static readonly byte[] ReadPadLoop =
    [
        0xA9, 0x01, 0x8D, 0x16, 0x40, // LDA #1 ; STA $4016
        0xA9, 0x00, 0x8D, 0x16, 0x40, // LDA #0 ; STA $4016
        0xA2, 0x08,                   // LDX #8
        0xAD, 0x16, 0x40,             // loop: LDA $4016
        0x4A,                         // LSR A
        0x26, 0x10,                   // ROL $10
        0xCA,                         // DEX
        0xD0, 0xF7,                   // BNE loop
        0xA5, 0x10, 0x85, 0x12,       // LDA $10 ; STA $12
        0x4C, 0x00, 0x80,             // JMP $8000
    ];

    [Test]
    public void RunFrame_advances_one_frame_of_29781_cycles_on_average()
    {
        var console = new NesConsole(Cartridge.Parse(TestRom.WithProgram([0x4C, 0x00, 0x80]), "loop.nes"));

        console.RunFrame();
        long first = console.Cycles;
        for (int i = 0; i < 10; i++)
        {
            console.RunFrame();
        }

        Assert.Multiple(() =>
        {
            Assert.That(console.Frames, Is.EqualTo(11));
            Assert.That((console.Cycles - first) / 10.0, Is.EqualTo(29780.5).Within(1));
        });
    }

    [Test]
    public void An_input_script_presses_buttons_on_its_frames()
    {
        var console = new NesConsole(Cartridge.Parse(TestRom.WithProgram(ReadPadLoop), "pad.nes"))
        {
            Input = InputScript.Parse("# test\n3-4 a+start\n6 right\n", "script"),
        };
        var seen = new List<byte>();
        for (int i = 0; i < 8; i++)
        {
            console.RunFrame();
            seen.Add(console.Peek(0x12));
        }

        // ROL collects the first button read into bit 7: A is bit 7, Start bit 4, Right bit 0.
        Assert.That(seen, Is.EqualTo(new byte[] { 0, 0, 0, 0x90, 0x90, 0, 0x01, 0x01 }));
    }

    [Test]
    public void Input_script_errors_name_the_line_and_column()
    {
        var error = Assert.Throws<FormatException>(() => InputScript.Parse("10 a\n20 jump\n", "moves.txt"));

        Assert.That(error!.Message, Does.StartWith("moves.txt:2:4: unknown button 'jump'"));
    }

    [Test]
    public void The_frame_encodes_as_a_PNG_of_the_visible_picture()
    {
        var console = new NesConsole(Cartridge.Parse(TestRom.WithProgram([0x4C, 0x00, 0x80]), "loop.nes"));
        console.RunFrame();
        var pixels = new uint[Ppu.Width * Ppu.Height];
        console.RenderArgb(pixels);

        byte[] png = PngWriter.Encode(pixels, Ppu.Width, Ppu.Height);

        Assert.Multiple(() =>
        {
            Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            Assert.That(png.AsSpan(16, 8).ToArray(), Is.EqualTo(new byte[] { 0, 0, 1, 0, 0, 0, 0, 240 }));
            Assert.That(png.AsSpan(png.Length - 12).ToArray(), Is.EqualTo(new byte[] { 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82 }),
                "every PNG ends with the same empty IEND chunk and its CRC-32");
            Assert.That(pixels.Distinct().Count(), Is.EqualTo(1), "rendering is off: the whole picture is the backdrop");
        });
    }

    [Test]
    public void Battery_RAM_round_trips_through_a_save()
    {
        byte[] image = TestRom.WithProgram([0xA9, 0x42, 0x8D, 0x00, 0x60, 0x4C, 0x05, 0x80]); // STA $6000
        image[6] |= 0x02; // battery
        var first = new NesConsole(Cartridge.Parse(image, "save.nes"));
        first.RunFrame();
        byte[] saved = first.BatteryRam.ToArray();

        var second = new NesConsole(Cartridge.Parse(image, "save.nes"));
        second.LoadBatteryRam(saved);

        Assert.That((saved.Length, second.Peek(0x6000)), Is.EqualTo((8192, 0x42)));
    }
}
