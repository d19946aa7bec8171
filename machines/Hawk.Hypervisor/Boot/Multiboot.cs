using System.Buffers.Binary;
using Hawk.Hypervisor.Kvm;

namespace Hawk.Hypervisor.Boot;

/// <summary>
/// Multiboot (version 1) loading of flat kernels that carry the "a.out kludge" address fields (header flag 16), the
/// form QEMU's -kernel also accepts: the header sits in the first 8 KiB, 4-byte aligned; the file from header_addr's
/// offset is loaded at load_addr, the BSS is zeroed, and the CPU enters entry_addr in flat 32-bit protected mode
/// without paging, EAX = 0x2BADB002 and EBX = the multiboot information (memory sizes only).
/// </summary>
public static class Multiboot
{
    public const uint HeaderMagic = 0x1BADB002;
    public const uint BootloaderMagic = 0x2BADB002;
    public const ulong InfoAddress = 0x9000;
    private const int SearchLength = 8192;
    private const uint AddressFieldsFlag = 1 << 16;

    /// <exception cref="GuestImageException">No usable multiboot header, or the image does not fit.</exception>
    public static void Load(KvmMachine machine, ReadOnlySpan<byte> image, string name)
    {
        int header = FindHeader(image, name);
        uint flags = Read(image, header + 4);
        if ((flags & AddressFieldsFlag) == 0)
        {
            throw new GuestImageException($"{name}: offset 0x{header + 4:X}: expected multiboot flag 16 (load addresses in the header); ELF multiboot kernels are not supported");
        }

        uint headerAddress = Read(image, header + 12), loadAddress = Read(image, header + 16), loadEnd = Read(image, header + 20);
        uint bssEnd = Read(image, header + 24), entry = Read(image, header + 28);
        long fileOffset = header - ((long)headerAddress - loadAddress);
        long length = loadEnd == 0 ? image.Length - fileOffset : (long)loadEnd - loadAddress;
        if (fileOffset < 0 || length <= 0 || fileOffset + length > image.Length || loadAddress < 0x100000)
        {
            throw new GuestImageException($"{name}: offset 0x{header + 12:X}: multiboot load addresses (header 0x{headerAddress:X}, load 0x{loadAddress:X}-0x{loadEnd:X}) do not describe this file loaded at or above 1 MiB");
        }

        var memory = machine.Memory;
        memory.Write(loadAddress, image.Slice((int)fileOffset, (int)length));
        if (bssEnd > loadAddress + length)
        {
            memory.Slice(loadAddress + (ulong)length, (int)(bssEnd - loadAddress - length)).Clear();
        }

        memory.Slice(InfoAddress, 16).Clear();
        memory.Write32(InfoAddress, 1); // flags: mem_lower and mem_upper are valid
        memory.Write32(InfoAddress + 4, 640);
        memory.Write32(InfoAddress + 8, (uint)((memory.Size >> 10) - 1024));

        var sregs = machine.BootSregs();
        sregs.Cs = KvmSegment.Flat(0x08, code: true, longMode: false);
        sregs.Ds = sregs.Es = sregs.Fs = sregs.Gs = sregs.Ss = KvmSegment.Flat(0x10, code: false, longMode: false);
        sregs.Cr0 = (sregs.Cr0 | 1) & ~0x8000_0000UL;
        machine.SetEntry(new KvmRegs { Rip = entry, Rax = BootloaderMagic, Rbx = InfoAddress, Rflags = 0x2 }, sregs);
    }

    /// <summary>True when the image carries a multiboot header in its first 8 KiB.</summary>
    public static bool HasHeader(ReadOnlySpan<byte> image) => HeaderOffset(image) >= 0;

    private static int FindHeader(ReadOnlySpan<byte> image, string name)
    {
        int offset = HeaderOffset(image);
        return offset >= 0 ? offset
            : throw new GuestImageException($"{name}: no multiboot header (magic 0x{HeaderMagic:X8} with a zero checksum) in the first {SearchLength} bytes");
    }

    private static int HeaderOffset(ReadOnlySpan<byte> image)
    {
        for (int offset = 0; offset + 32 <= Math.Min(image.Length, SearchLength); offset += 4)
        {
            if (Read(image, offset) == HeaderMagic && Read(image, offset) + Read(image, offset + 4) + Read(image, offset + 8) == 0)
            {
                return offset;
            }
        }

        return -1;
    }

    private static uint Read(ReadOnlySpan<byte> image, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(image[offset..]);
}
