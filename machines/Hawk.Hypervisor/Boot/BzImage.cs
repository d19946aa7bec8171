using System.Buffers.Binary;

namespace Hawk.Hypervisor.Boot;

/// <summary>
/// A Linux x86 bzImage as the boot protocol describes it: the real-mode setup (boot sector + setup sectors) whose
/// setup header starts at 0x1F1, followed by the protected-mode kernel. Only what a 64-bit boot loader needs is read.
/// </summary>
public sealed class BzImage
{
    public const int SetupHeaderOffset = 0x1F1;
    private const uint HeaderMagic = 0x5372_6448; // "HdrS"
    private const ushort MinimumVersion = 0x020C; // 2.12: xloadflags, the 64-bit entry

    private BzImage(byte[] image, string name)
    {
        Image = image;
        Name = name;
    }

    public byte[] Image { get; }

    public string Name { get; }

    public ushort Version => BinaryPrimitives.ReadUInt16LittleEndian(Image.AsSpan(0x206));

    /// <summary>Setup sectors after the boot sector (0 means 4).</summary>
    public int SetupSectors => Image[SetupHeaderOffset] == 0 ? 4 : Image[SetupHeaderOffset];

    public int ProtectedModeOffset => (SetupSectors + 1) * 512;

    public ReadOnlySpan<byte> ProtectedModeKernel => Image.AsSpan(ProtectedModeOffset);

    /// <summary>The setup header as the boot loader copies it into boot_params: 0x1F1 up to 0x202 + byte at 0x201.</summary>
    public ReadOnlySpan<byte> SetupHeader => Image.AsSpan(SetupHeaderOffset, 0x202 + Image[0x201] - SetupHeaderOffset);

    public uint InitrdAddressMax => BinaryPrimitives.ReadUInt32LittleEndian(Image.AsSpan(0x22C));

    public uint CommandLineSize => BinaryPrimitives.ReadUInt32LittleEndian(Image.AsSpan(0x238));

    /// <summary>Memory the kernel needs from its load address while it decompresses and starts.</summary>
    public uint InitSize => BinaryPrimitives.ReadUInt32LittleEndian(Image.AsSpan(0x260));

    public string KernelVersion
    {
        get
        {
            // kernel_version (0x20E) points at a NUL-terminated string, relative to 0x200.
            int offset = BinaryPrimitives.ReadUInt16LittleEndian(Image.AsSpan(0x20E)) + 0x200;
            if (offset <= 0x200 || offset >= Image.Length)
            {
                return "unknown";
            }

            int end = Array.IndexOf(Image, (byte)0, offset);
            return System.Text.Encoding.ASCII.GetString(Image, offset, (end < 0 ? Image.Length : end) - offset);
        }
    }

    /// <exception cref="GuestImageException">Not a bzImage this loader can boot (file, offset, what was expected).</exception>
    public static BzImage Parse(byte[] image, string name)
    {
        if (image.Length < 0x1000)
        {
            throw new GuestImageException($"{name}: {image.Length} bytes is too small for a bzImage (the setup alone is at least 4 KiB)");
        }

        Expect(BinaryPrimitives.ReadUInt16LittleEndian(image.AsSpan(0x1FE)) == 0xAA55, name, 0x1FE, "boot flag 0xAA55");
        Expect(BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(0x202)) == HeaderMagic, name, 0x202, "setup header magic \"HdrS\"");
        var kernel = new BzImage(image, name);
        Expect(kernel.Version >= MinimumVersion, name, 0x206, $"boot protocol 2.12 or later (found {kernel.Version >> 8}.{kernel.Version & 0xFF:D2})");
        Expect((image[0x236] & 0x01) != 0, name, 0x236, "xloadflags.XLF_KERNEL_64: a 64-bit entry point at +0x200");
        Expect((image[0x211] & 0x01) != 0, name, 0x211, "loadflags.LOADED_HIGH: a bzImage loaded at 1 MiB");
        Expect(kernel.ProtectedModeOffset < image.Length, name, SetupHeaderOffset, $"setup_sects ({kernel.SetupSectors}) inside the file");
        return kernel;
    }

    private static void Expect(bool condition, string name, int offset, string expected)
    {
        if (!condition)
        {
            throw new GuestImageException($"{name}: offset 0x{offset:X}: expected {expected}");
        }
    }
}
