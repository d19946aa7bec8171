using Hawk.Containers.Images;
using Hawk.Containers.Tests.Support;
using Hawk.Harness.NUnit;

namespace Hawk.Containers.Tests;

/// <summary>OCI image layouts: manifest selection, digest checks, layers with whiteouts, zstd, and run-image end to end.</summary>
public sealed class ImageTests
{
    private string _work = "";

    [SetUp]
    public void CreateWork() => _work = Directory.CreateTempSubdirectory("hawker-image-").FullName;

    [TearDown]
    public void RemoveWork() => Directory.Delete(_work, recursive: true);

    [TestCase("gzip")]
    [TestCase("none")]
    [TestCase("zstd")]
    public void Layers_apply_in_order_with_whiteouts_and_opaque_directories(string compression)
    {
        if (compression == "zstd")
        {
            new RequiredComponent("ZSTD").Ensure(Host.Which("zstd") is null ? "the zstd command makes the test's layer (apt-get install zstd)" : null);
        }

        var layout = new ImageLayoutWriter(Path.Combine(_work, "layout"))
            .Layer(compression, ("a/", null), ("a/x", "x"), ("a/y", "y"), ("b/", null), ("b/keep", "keep"), ("c/", null), ("c/gone", "gone"), ("link", "->b/keep"))
            .Layer(compression, ("a/.wh..wh..opq", ""), ("a/z", "z"), ("c/.wh.gone", ""), ("b/keep", "changed"));
        layout.Commit("v1", ["sh"]);
        var rootfs = Path.Combine(_work, "rootfs");
        foreach (var layer in ImageLayout.Resolve(layout.Directory + ":v1").Layers)
        {
            LayerUnpacker.Apply(layer, rootfs);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Names(Path.Combine(rootfs, "a")), Is.EqualTo(new[] { "z" }), "opaque directory keeps only the upper layer's entries");
            Assert.That(Names(Path.Combine(rootfs, "c")), Is.Empty, "whiteout removed c/gone");
            Assert.That(File.ReadAllText(Path.Combine(rootfs, "b", "keep")), Is.EqualTo("changed"));
            Assert.That(new FileInfo(Path.Combine(rootfs, "link")).LinkTarget, Is.EqualTo("b/keep"));
        });
    }

    [Test]
    public void A_corrupt_blob_is_reported_with_its_digest()
    {
        var layout = new ImageLayoutWriter(Path.Combine(_work, "layout")).Layer("gzip", ("f", "data"));
        layout.Commit("v1", ["sh"]);
        File.AppendAllText(layout.BlobPath(layout.LayerDigests[0]), "tampered");
        var error = Assert.Throws<ImageException>(() => ImageLayout.Resolve(layout.Directory + ":v1"));
        Assert.That(error!.Message, Does.Contain($"blob {layout.LayerDigests[0]} is corrupt"));
    }

    [Test]
    public void An_unknown_tag_is_an_error()
    {
        var layout = new ImageLayoutWriter(Path.Combine(_work, "layout")).Layer("gzip", ("f", "data"));
        layout.Commit("v1", ["sh"]);
        var error = Assert.Throws<ImageException>(() => ImageLayout.Resolve(layout.Directory + ":v2"));
        Assert.That(error!.Message, Is.EqualTo("index.json: 0 manifests match tag \"v2\" (expected exactly one)"));
    }

    [Test]
    public void Entries_may_not_escape_the_root_filesystem()
    {
        var layout = new ImageLayoutWriter(Path.Combine(_work, "layout")).Layer("none", ("link", "->/etc"), ("link/passwd", "owned"));
        layout.Commit("v1", ["sh"]);
        var layer = ImageLayout.Resolve(layout.Directory + ":v1").Layers[0];
        var error = Assert.Throws<ImageException>(() => LayerUnpacker.Apply(layer, Path.Combine(_work, "rootfs")));
        Assert.That(error!.Message, Does.Contain("goes through the symbolic link /link"));
    }

    [Test]
    public void Run_image_unpacks_and_runs_a_busybox_image()
    {
        Host.RequireContainers();
        var layout = new ImageLayoutWriter(Path.Combine(_work, "layout")).BusyboxLayer().Layer("gzip", ("etc/motd", "hello from a layer\n"));
        layout.Commit("latest", ["sh", "-c", "echo default command"], ["PATH=/bin", "WHO=image"]);
        var byDefault = OciRuntime.Hawker.Invoke("run-image", layout.Directory + ":latest");
        var overridden = OciRuntime.Hawker.Invoke("run-image", layout.Directory + ":latest", "--", "sh", "-c", "cat /etc/motd; echo $WHO; pwd; echo $$");
        Assert.Multiple(() =>
        {
            Assert.That(byDefault.Stdout, Is.EqualTo("default command\n"), byDefault.ToString());
            Assert.That(overridden.Stdout, Is.EqualTo("hello from a layer\nimage\n/tmp\n1\n"), overridden.ToString());
            Assert.That(overridden.ExitCode, Is.Zero);
        });
    }

    private static string[] Names(string directory) => Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).Order().ToArray()!;
}
