using System.IO.Compression;
using System.Text;
using Hawk.Conformance.X86;
using Hawk.X86;

namespace Hawk.Conformance.Tests.X86;

/// <summary>The vector readers on small hand-built files, well-formed and broken.</summary>
public sealed class VectorReaderTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "hawk-x86-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Moo_registers_follow_the_bitmask_order()
    {
        // INIT sets AX (bit 0) = 1111, CS (bit 4) = 2222, IP (bit 12) = 3333; FINA sets only FLAGS (bit 13) = 0002.
        byte[] init = Chunk("REGS", [.. U16(0x1011), .. U16(0x1111), .. U16(0x2222), .. U16(0x3333)]);
        byte[] ram = Chunk("RAM ", [.. U32(1), .. U32(0x12345), 0xAB]);
        byte[] test = Chunk("TEST", [
            .. U32(0),
            .. Chunk("NAME", [.. U32(3), .. "nop"u8]),
            .. Chunk("BYTS", [.. U32(1), 0x90]),
            .. Chunk("INIT", [.. init, .. ram]),
            .. Chunk("FINA", Chunk("REGS", [.. U16(0x2000), .. U16(0x0002)])),
        ]);
        string path = WriteGzip("90.MOO.gz", [.. Chunk("MOO ", [.. U32(1), .. U32(1), .. "C286"u8]), .. test]);

        var vector = MooReader.Read(path).Single();
        Assert.Multiple(() =>
        {
            Assert.That(vector.Name, Is.EqualTo("nop"));
            Assert.That(vector.Bytes, Is.EqualTo(new byte[] { 0x90 }));
            Assert.That(vector.Initial.Registers[(int)X86Register.AX], Is.EqualTo(0x1111));
            Assert.That(vector.Initial.Registers[(int)X86Register.CS], Is.EqualTo(0x2222));
            Assert.That(vector.Initial.Registers[(int)X86Register.IP], Is.EqualTo(0x3333));
            Assert.That(vector.Initial.Registers[(int)X86Register.BX], Is.Null);
            Assert.That(vector.Initial.Ram, Is.EqualTo(new[] { (0x12345u, (byte)0xAB) }));
            Assert.That(vector.Final.Registers[(int)X86Register.Flags], Is.EqualTo(0x0002));
        });
    }

    [Test]
    public void Moo_chunk_running_past_its_parent_is_reported_with_its_offset()
    {
        string path = WriteGzip("bad.MOO.gz", [.. Chunk("MOO ", [.. U32(1), .. U32(1), .. "C286"u8]), .. "TEST"u8, .. U32(500), 0, 0]);
        var error = Assert.Throws<X86VectorFormatException>(() => MooReader.Read(path));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Offset, Is.EqualTo(20));
            Assert.That(error.Message, Does.Contain("chunk 'TEST' of 500 bytes"));
        });
    }

    [Test]
    public void Json_with_an_unknown_register_names_the_test()
    {
        string json = """[{"name":"x","bytes":[144],"initial":{"regs":{"eax":1},"ram":[]},"final":{"regs":{},"ram":[]}}]""";
        string path = WriteGzip("90.json.gz", Encoding.UTF8.GetBytes(json));
        var error = Assert.Throws<X86VectorFormatException>(() => SingleStep8086Reader.Read(path));
        Assert.That(error!.Message, Does.Contain("unknown register 'eax'"));
    }

    private string WriteGzip(string name, byte[] content)
    {
        string path = Path.Combine(_folder, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(content);
        return path;
    }

    private static byte[] Chunk(string tag, byte[] body) => [.. Encoding.ASCII.GetBytes(tag), .. U32((uint)body.Length), .. body];

    private static byte[] U16(int value) => BitConverter.GetBytes((ushort)value);

    private static byte[] U32(uint value) => BitConverter.GetBytes(value);
}
