using Hawk.Hypervisor.Boot;

namespace Hawk.Hypervisor.Tests;

public class BootImageTests
{
    [Test]
    public void A_file_without_the_setup_header_magic_is_refused_with_its_offset()
    {
        var image = new byte[8192];
        image[0x1FE] = 0x55;
        image[0x1FF] = 0xAA;

        Assert.That(() => BzImage.Parse(image, "bad.img"),
            Throws.TypeOf<GuestImageException>().With.Message.EqualTo("bad.img: offset 0x202: expected setup header magic \"HdrS\""));
    }

    [Test]
    public void An_old_boot_protocol_is_refused()
    {
        var image = new byte[8192];
        image[0x1FE] = 0x55;
        image[0x1FF] = 0xAA;
        "HdrS"u8.CopyTo(image.AsSpan(0x202));
        image[0x206] = 0x0B;
        image[0x207] = 0x02;

        Assert.That(() => BzImage.Parse(image, "old"), Throws.TypeOf<GuestImageException>().With.Message.Contains("boot protocol 2.12 or later (found 2.11)"));
    }

    [Test]
    public void The_debian_kernel_header_is_read()
    {
        string path = LinuxBootTests.FetchKernel();
        var kernel = BzImage.Parse(File.ReadAllBytes(path), path);

        Assert.That(kernel.Version, Is.GreaterThanOrEqualTo(0x020F));
        Assert.That(kernel.KernelVersion, Does.StartWith("6."));
        Assert.That(kernel.SetupHeader.Length, Is.GreaterThan(0x268 - BzImage.SetupHeaderOffset));
        Assert.That(kernel.InitSize, Is.GreaterThan((uint)kernel.ProtectedModeKernel.Length));
    }

    [Test]
    public void Flat_guests_must_fit_conventional_memory()
    {
        using var emulator = new EmulatorMachine(X86.X86Model.I8086, new Devices.SerialLog());
        Assert.That(() => FlatBinary.Load(emulator, new byte[FlatBinary.MaxSize + 1], "big.bin"), Throws.TypeOf<GuestImageException>().With.Message.Contains("big.bin"));
    }

    [Test]
    public void Memory_sizes_parse_with_suffixes_and_reject_nonsense()
    {
        Assert.That(MemorySize.Parse("256M"), Is.EqualTo(256UL << 20));
        Assert.That(MemorySize.Parse("1G"), Is.EqualTo(1UL << 30));
        Assert.That(MemorySize.Parse("4096"), Is.EqualTo(4096UL));
        Assert.That(() => MemorySize.Parse("lots"), Throws.TypeOf<FormatException>());
        Assert.That(() => MemorySize.Parse("99999999999999T"), Throws.TypeOf<FormatException>());
    }

    [Test]
    public void Absurd_memory_is_refused_before_anything_is_allocated()
    {
        Assert.That(new KvmMachineOptions(1UL << 40).Problem(), Does.Contain("exceeds this VMM's limit of 3072 MiB"));
        Assert.That(new KvmMachineOptions(4096).Problem(), Does.Contain("at least 1 MiB"));
        Assert.That(new KvmMachineOptions(256 << 20, Cpus: 0).Problem(), Does.Contain("--cpus"));
        Assert.That(() => new KvmMachine(new KvmMachineOptions(1UL << 40), new Devices.SerialLog()), Throws.ArgumentException.With.Message.Contains("1048576 MiB"));
    }
}
