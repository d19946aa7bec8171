namespace Hawk.Hypervisor.Boot;

/// <summary>
/// Loads a flat binary (a boot-sector-style test guest) at 0000:7C00 and starts it in real mode with the stack just
/// below it, as a PC BIOS hands over to a boot sector. The guest switches to protected or long mode itself.
/// </summary>
public static class FlatBinary
{
    public const ushort LoadAddress = 0x7C00;

    /// <summary>The image must end below the 640 KiB conventional-memory limit.</summary>
    public const int MaxSize = 0xA0000 - LoadAddress;

    /// <exception cref="GuestImageException">The image is empty or too large.</exception>
    public static void Load(IVmBackend machine, ReadOnlySpan<byte> image, string name)
    {
        if (image.IsEmpty || image.Length > MaxSize)
        {
            throw new GuestImageException($"{name}: a flat guest must be 1 to {MaxSize} bytes (loaded at 0x{LoadAddress:X}), got {image.Length}");
        }

        machine.Memory.Write(LoadAddress, image);
        machine.SetRealModeEntry(new RealModeEntry(0, LoadAddress, 0, LoadAddress));
    }
}

/// <summary>A guest image (flat binary, bzImage, initramfs) is malformed or does not fit.</summary>
public sealed class GuestImageException : Exception
{
    public GuestImageException(string message)
        : base(message)
    {
    }

    public GuestImageException()
    {
    }

    public GuestImageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
