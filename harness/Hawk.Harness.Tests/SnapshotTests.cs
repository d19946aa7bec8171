using System.Buffers.Binary;
using System.IO.Compression;
using Hawk.Cli;
using Hawk.Harness.Configuration;
using Hawk.Harness.NUnit.Snapshots;
using Hawk.Harness.Snapshots;
using Hawk.Harness.Tests.Support;

namespace Hawk.Harness.Tests;

public sealed class SnapshotTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("hawk-snapshots-");

    [TearDown]
    public void DeleteFolder() => _folder.Delete(recursive: true);

    /// <summary>A test source file in the temporary folder; snapshots go to its Snapshots/ subfolder.</summary>
    private string Source => Path.Combine(_folder.FullName, "FakeTests.cs");

    private string SnapshotPath(string kind, string extension = "txt") => Path.Combine(_folder.FullName, "Snapshots", $"Fake.Case.{kind}.{extension}");

    [Test]
    public void A_missing_snapshot_fails_and_leaves_the_observation_as_received()
    {
        var failure = Assert.Throws<AssertionException>(() => Snapshot.VerifyText("line 1\n", name: "Fake.Case", sourceFile: Source));

        Assert.That(failure!.Message, Does.StartWith($"No accepted snapshot {SnapshotPath("verified")}"));
        Assert.That(File.ReadAllText(SnapshotPath("received")), Is.EqualTo("line 1\n"));
    }

    [Test]
    public void An_accepted_snapshot_passes_and_removes_a_stale_received_file()
    {
        Assert.Throws<AssertionException>(() => Snapshot.VerifyText("same\n", name: "Fake.Case", sourceFile: Source));
        SnapshotFiles.Accept(_folder.FullName);
        File.WriteAllText(SnapshotPath("received"), "stale");

        Snapshot.VerifyText("same\r\n", name: "Fake.Case", sourceFile: Source);

        Assert.That(File.Exists(SnapshotPath("received")), Is.False);
        Assert.That(File.ReadAllText(SnapshotPath("verified")), Is.EqualTo("same\n"));
    }

    [Test]
    public void A_difference_fails_with_a_line_diff()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SnapshotPath("verified"))!);
        File.WriteAllText(SnapshotPath("verified"), "a\nb\nc\nd\ne\nf\ng\n");

        var failure = Assert.Throws<AssertionException>(() => Snapshot.VerifyText("a\nb\nc\nD\ne\nf\ng\n", name: "Fake.Case", sourceFile: Source));

        Assert.That(failure!.Message, Does.Contain("1 line(s) only in verified (-), 1 only in received (+):"));
        Assert.That(failure.Message, Does.Contain("  b\n  c\n- d\n+ D\n  e\n  f\n".Replace("\n", Environment.NewLine, StringComparison.Ordinal)));
        Assert.That(failure.Message, Does.Not.Contain("  a" + Environment.NewLine), "only two lines of context");
    }

    [Test]
    public void Json_snapshots_are_indented_json()
    {
        Assert.Throws<AssertionException>(() => Snapshot.VerifyJson(new { Pc = 0xC000, Flags = "nv-bdIzc" }, name: "Fake.Case", sourceFile: Source));

        Assert.That(File.ReadAllText(SnapshotPath("received", "json")), Is.EqualTo($"{{{Environment.NewLine}  \"Pc\": 49152,{Environment.NewLine}  \"Flags\": \"nv-bdIzc\"{Environment.NewLine}}}\n"));
    }

    [Test]
    public void Png_snapshots_compare_pixels_not_encodings()
    {
        var pixels = Enumerable.Range(0, 12 * 5).Select(i => 0xFF000000u | (uint)(i * 0x010203)).ToArray();
        var plain = Png(pixels, 12, 5, filter: 0);
        var sub = Png(pixels, 12, 5, filter: 1);
        var up = Png(pixels, 12, 5, filter: 2);
        var paeth = Png(pixels, 12, 5, filter: 4);
        var changed = (uint[])pixels.Clone();
        changed[(3 * 12) + 7] = 0xFFFF0000;

        Assert.That(plain, Is.Not.EqualTo(sub));
        Assert.That(SnapshotComparer.ComparePng(plain, sub), Is.Null);
        Assert.That(SnapshotComparer.ComparePng(plain, up), Is.Null);
        Assert.That(SnapshotComparer.ComparePng(plain, paeth), Is.Null);
        Assert.That(SnapshotComparer.ComparePng(plain, Png(changed, 12, 5, filter: 1)),
            Is.EqualTo($"1 of 60 pixels differ, within (7,3)-(7,3); first at (7,3): verified #{pixels[43]:X8}, received #FFFF0000 (AARRGGBB)."));
        Assert.That(SnapshotComparer.ComparePng(plain, Png(pixels, 6, 10, filter: 0)), Is.EqualTo("Image size differs: verified 12x5, received 6x10."));
        Assert.That(SnapshotComparer.ComparePng(plain, [1, 2, 3]), Does.StartWith("The PNG files differ byte for byte").And.Contain("not a PNG signature"));
    }

    [Test]
    public void A_png_mismatch_fails_the_snapshot_and_keeps_the_received_frame()
    {
        var pixels = new uint[16];
        Directory.CreateDirectory(Path.GetDirectoryName(SnapshotPath("verified", "png"))!);
        File.WriteAllBytes(SnapshotPath("verified", "png"), Png(pixels, 4, 4, 0));
        pixels[5] = 0xFFFFFFFF;

        var failure = Assert.Throws<AssertionException>(() => Snapshot.VerifyPng(Png(pixels, 4, 4, 0), name: "Fake.Case", sourceFile: Source));

        Assert.That(failure!.Message, Does.Contain("1 of 16 pixels differ, within (1,1)-(1,1)"));
        Assert.That(PngImage.Decode(File.ReadAllBytes(SnapshotPath("received", "png")))[1, 1], Is.EqualTo(0xFFFFFFFF));
    }

    [TestCase(3, "a b")]
    public void Snapshot_names_follow_class_method_and_arguments(int number, string text) =>
        Assert.That(Snapshot.NameOfCurrentTest(), Is.EqualTo("SnapshotTests.Snapshot_names_follow_class_method_and_arguments_3_a_b"));

    [Test]
    public void Snapshot_names_of_plain_tests_are_class_and_method() =>
        Assert.That(Snapshot.NameOfCurrentTest(), Is.EqualTo("SnapshotTests.Snapshot_names_of_plain_tests_are_class_and_method"));

    [Test]
    public void Accept_is_honoured_locally_but_never_on_ci()
    {
        var local = new FixedEnvironment(new Dictionary<string, string> { ["HAWK_ACCEPT"] = "1" }, "/home", "/");
        var ci = new FixedEnvironment(new Dictionary<string, string> { ["HAWK_ACCEPT"] = "1", ["CI"] = "true" }, "/home", "/");

        Assert.That(Snapshot.AcceptRequested(local), Is.True);
        Assert.That(Snapshot.AcceptRequested(ci), Is.False);
        Assert.That(Snapshot.AcceptRequested(new FixedEnvironment(new Dictionary<string, string>(), "/home", "/")), Is.False);
    }

    [Test]
    public void Hawk_snapshots_accept_renames_received_files_outside_build_output()
    {
        using var repository = new TempRepository();
        var tests = Directory.CreateDirectory(Path.Combine(repository.Root.FullName, "machines", "X.Tests", "Snapshots"));
        File.WriteAllText(Path.Combine(tests.FullName, "A.B.received.txt"), "new");
        File.WriteAllText(Path.Combine(tests.FullName, "A.B.verified.txt"), "old");
        File.WriteAllBytes(Path.Combine(tests.FullName, "A.C.received.png"), [1]);
        var bin = Directory.CreateDirectory(Path.Combine(repository.Root.FullName, "machines", "X.Tests", "bin"));
        File.WriteAllText(Path.Combine(bin.FullName, "A.B.received.txt"), "copy");

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = HawkApp.Run(["snapshots", "accept"], [], output, error, repository.Environment());

        Assert.That(exit, Is.EqualTo(ExitCodes.Success), error.ToString());
        Assert.That(output.ToString(), Does.Contain("2 snapshot(s) accepted."));
        Assert.That(File.ReadAllText(Path.Combine(tests.FullName, "A.B.verified.txt")), Is.EqualTo("new"));
        Assert.That(File.Exists(Path.Combine(tests.FullName, "A.C.verified.png")), Is.True);
        Assert.That(Directory.GetFiles(tests.FullName, "*.received.*"), Is.Empty);
        Assert.That(File.Exists(Path.Combine(bin.FullName, "A.B.received.txt")), Is.True, "build output is left alone");
        Assert.That(HawkApp.Run(["snapshots", "accept", Path.Combine(repository.Root.FullName, "nowhere")], [], output, error, repository.Environment()),
            Is.EqualTo(ExitCodes.Configuration));
    }

    [Test]
    public void Verified_name_of_a_received_file()
    {
        Assert.That(SnapshotFiles.VerifiedFor("/x/Snapshots/A.B_1.received.png"), Is.EqualTo("/x/Snapshots/A.B_1.verified.png"));
        Assert.Throws<ArgumentException>(() => SnapshotFiles.VerifiedFor("/x/A.B.verified.png"));
    }

    /// <summary>An 8-bit RGB PNG with every row under one filter type (0 none, 1 sub, 2 up, 4 Paeth); CRCs are not checked by the reader.</summary>
    private static byte[] Png(uint[] argb, int width, int height, byte filter)
    {
        var raw = new List<byte>();
        var previous = new byte[width * 3];
        for (var y = 0; y < height; y++)
        {
            var row = argb.Skip(y * width).Take(width).SelectMany(p => new[] { (byte)(p >> 16), (byte)(p >> 8), (byte)p }).ToArray();
            raw.Add(filter);
            for (var i = 0; i < row.Length; i++)
            {
                int a = i >= 3 ? row[i - 3] : 0, b = previous[i], c = i >= 3 ? previous[i - 3] : 0;
                int predictor = filter switch { 1 => a, 2 => b, 4 => Paeth(a, b, c), _ => 0 };
                raw.Add((byte)(row[i] - predictor));
            }

            previous = row;
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(raw.ToArray());
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        png.Write(System.Text.Encoding.ASCII.GetBytes(type));
        png.Write(data);
        png.Write(new byte[4]);
    }
}
