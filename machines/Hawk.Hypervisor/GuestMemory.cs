using System.Runtime.InteropServices;
using Hawk.Hypervisor.Kvm;

namespace Hawk.Hypervisor;

/// <summary>
/// Guest RAM: one anonymous, lazily committed host mapping seen by the guest at physical address 0. KVM maps it into
/// the guest; the emulator reads it directly. Accessors check bounds so a loader never writes outside the guest.
/// </summary>
public sealed unsafe class GuestMemory : IDisposable
{
    private nint _address;

    /// <exception cref="GuestMemoryException">The size is not a positive multiple of 4 KiB or the host refuses it.</exception>
    public GuestMemory(ulong size)
    {
        if (size == 0 || size % 4096 != 0)
        {
            throw new GuestMemoryException($"guest memory must be a positive multiple of 4 KiB, got {size} bytes");
        }

        nint address = LibC.Mmap(0, (nuint)size, LibC.ProtRead | LibC.ProtWrite, LibC.MapPrivate | LibC.MapAnonymous | LibC.MapNoReserve, -1, 0);
        if (address == LibC.MapFailed)
        {
            throw new GuestMemoryException($"cannot reserve {size} bytes of guest memory: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        }

        LibC.Madvise(address, (nuint)size, LibC.MadvHugePage); // best effort: fewer EPT walks
        _address = address;
        Size = size;
    }

    public ulong Size { get; }

    internal nint HostAddress => _address;

    internal byte* Pointer => (byte*)_address;

    /// <summary>A view of <paramref name="length"/> bytes at guest physical <paramref name="address"/>.</summary>
    /// <exception cref="GuestMemoryException">The range is outside guest RAM.</exception>
    public Span<byte> Slice(ulong address, int length)
    {
        ObjectDisposedException.ThrowIf(_address == 0, this);
        if (length < 0 || address > Size || (ulong)length > Size - address)
        {
            throw new GuestMemoryException($"guest range 0x{address:X}+0x{length:X} is outside guest RAM (0x{Size:X} bytes)");
        }

        return new Span<byte>(Pointer + address, length);
    }

    public void Write(ulong address, ReadOnlySpan<byte> data) => data.CopyTo(Slice(address, data.Length));

    public void Write32(ulong address, uint value) => MemoryMarshal.Write(Slice(address, 4), value);

    public void Write64(ulong address, ulong value) => MemoryMarshal.Write(Slice(address, 8), value);

    public void Dispose()
    {
        if (_address != 0)
        {
            LibC.Munmap(_address, (nuint)Size);
            _address = 0;
        }
    }
}

/// <summary>Guest memory could not be provided or a guest range is out of bounds.</summary>
public sealed class GuestMemoryException : Exception
{
    public GuestMemoryException(string message)
        : base(message)
    {
    }

    public GuestMemoryException()
    {
    }

    public GuestMemoryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
