using System.Text;
using Hawk.Hypervisor.Kvm;

namespace Hawk.Hypervisor.Boot;

/// <summary>
/// Boots a bzImage through the 64-bit boot protocol: the protected-mode kernel at 1 MiB, boot_params (the zero
/// page) with the setup header, the e820 map, the command line and the initramfs, identity-mapped page tables for
/// the first 4 GiB, a GDT with __BOOT_CS/__BOOT_DS, an MP table when there is more than one vCPU, and the boot vCPU
/// in long mode at the kernel's startup_64.
/// </summary>
public static class LinuxBoot
{
    // The low memory layout (all below the EBDA at 0x9FC00).
    public const ulong GdtAddress = 0x500;
    public const ulong BootParamsAddress = 0x7000;
    public const ulong StackTop = 0x8FF0;
    public const ulong Pml4Address = 0x9000;
    public const ulong PdptAddress = 0xA000;
    public const ulong PageDirectoriesAddress = 0xB000; // four, one per GiB
    public const ulong CommandLineAddress = 0x20000;
    public const ulong KernelAddress = 0x100000;
    private const ulong EbdaStart = 0x9FC00;
    private const ushort BootCs = 0x10, BootDs = 0x18;

    /// <exception cref="GuestImageException">The kernel, command line or initramfs does not fit the machine.</exception>
    public static void Load(KvmMachine machine, BzImage kernel, string commandLine, ReadOnlySpan<byte> initramfs)
    {
        var memory = machine.Memory;
        ulong kernelEnd = KernelAddress + Math.Max((ulong)kernel.ProtectedModeKernel.Length, kernel.InitSize);
        if (kernelEnd > memory.Size)
        {
            throw new GuestImageException($"{kernel.Name}: the kernel needs 0x{kernelEnd:X} bytes of RAM from 1 MiB to decompress; the machine has 0x{memory.Size:X}");
        }

        memory.Write(KernelAddress, kernel.ProtectedModeKernel);
        var bootParams = new byte[4096];
        kernel.SetupHeader.CopyTo(bootParams.AsSpan(BzImage.SetupHeaderOffset));
        bootParams[0x210] = 0xFF;                    // type_of_loader: undefined boot loader
        bootParams[0x211] |= 0x80;                   // loadflags.CAN_USE_HEAP
        WriteCommandLine(memory, bootParams, kernel, commandLine);
        WriteInitramfs(memory, bootParams, kernel, initramfs, kernelEnd);
        WriteE820(bootParams, memory.Size);
        memory.Write(BootParamsAddress, bootParams);
        WritePageTables(memory);
        WriteGdt(memory);
        if (machine.Options.Cpus > 1)
        {
            memory.Write(MpTable.Address, MpTable.Build(machine.Options.Cpus)); // in the reserved e820 range
        }

        var sregs = machine.BootSregs();
        sregs.Cs = KvmSegment.Flat(BootCs, code: true, longMode: true);
        sregs.Ds = sregs.Es = sregs.Fs = sregs.Gs = sregs.Ss = KvmSegment.Flat(BootDs, code: false, longMode: true);
        sregs.Gdt = new KvmDtable { Base = GdtAddress, Limit = (5 * 8) - 1 };
        sregs.Cr3 = Pml4Address;
        sregs.Cr4 |= 0x20;                      // PAE
        sregs.Cr0 = 0x8000_0001 | 0x10;         // PG | PE | ET
        sregs.Efer |= 0x500;                    // LME | LMA
        var regs = new KvmRegs { Rip = KernelAddress + 0x200, Rsi = BootParamsAddress, Rsp = StackTop, Rbp = StackTop, Rflags = 0x2 };
        machine.SetEntry(regs, sregs);
    }

    private static void WriteCommandLine(GuestMemory memory, byte[] bootParams, BzImage kernel, string commandLine)
    {
        var bytes = Encoding.ASCII.GetBytes(commandLine + "\0");
        if (bytes.Length > kernel.CommandLineSize + 1)
        {
            throw new GuestImageException($"{kernel.Name}: the command line is {bytes.Length - 1} bytes; this kernel accepts at most {kernel.CommandLineSize}");
        }

        memory.Write(CommandLineAddress, bytes);
        BitConverter.TryWriteBytes(bootParams.AsSpan(0x228), (uint)CommandLineAddress);
    }

    /// <summary>The initramfs goes as high as the kernel allows (initrd_addr_max, RAM size), page aligned.</summary>
    private static void WriteInitramfs(GuestMemory memory, byte[] bootParams, BzImage kernel, ReadOnlySpan<byte> initramfs, ulong kernelEnd)
    {
        if (initramfs.IsEmpty)
        {
            return;
        }

        ulong top = Math.Min(memory.Size, (ulong)kernel.InitrdAddressMax + 1);
        ulong address = (top - (ulong)initramfs.Length) & ~0xFFFUL;
        if ((ulong)initramfs.Length > top || address < kernelEnd)
        {
            throw new GuestImageException($"the initramfs ({initramfs.Length} bytes) does not fit between the kernel (ends at 0x{kernelEnd:X}) and 0x{top:X}: give the machine more memory");
        }

        memory.Write(address, initramfs);
        BitConverter.TryWriteBytes(bootParams.AsSpan(0x218), (uint)address);
        BitConverter.TryWriteBytes(bootParams.AsSpan(0x21C), (uint)initramfs.Length);
    }

    /// <summary>e820: conventional memory below the EBDA, the EBDA/VGA/BIOS hole reserved, RAM from 1 MiB.</summary>
    private static void WriteE820(byte[] bootParams, ulong memorySize)
    {
        (ulong Address, ulong Size, uint Type)[] entries =
        [
            (0, EbdaStart, 1),
            (EbdaStart, 0x100000 - EbdaStart, 2),
            (0x100000, memorySize - 0x100000, 1),
        ];
        bootParams[0x1E8] = (byte)entries.Length;
        for (int i = 0; i < entries.Length; i++)
        {
            var entry = bootParams.AsSpan(0x2D0 + (i * 20), 20);
            BitConverter.TryWriteBytes(entry, entries[i].Address);
            BitConverter.TryWriteBytes(entry[8..], entries[i].Size);
            BitConverter.TryWriteBytes(entry[16..], entries[i].Type);
        }
    }

    /// <summary>PML4[0] → PDPT, PDPT[0..3] → four page directories of 2 MiB pages: 0-4 GiB identity mapped.</summary>
    private static void WritePageTables(GuestMemory memory)
    {
        memory.Slice(Pml4Address, 0x6000).Clear();
        memory.Write64(Pml4Address, PdptAddress | 0x3);
        for (ulong gib = 0; gib < 4; gib++)
        {
            ulong directory = PageDirectoriesAddress + (gib * 0x1000);
            memory.Write64(PdptAddress + (gib * 8), directory | 0x3);
            for (ulong i = 0; i < 512; i++)
            {
                memory.Write64(directory + (i * 8), (((gib * 512) + i) << 21) | 0x83); // present, writable, 2 MiB
            }
        }
    }

    /// <summary>Null, null, __BOOT_CS (64-bit code), __BOOT_DS (data), and a TSS placeholder, as the protocol expects.</summary>
    private static void WriteGdt(GuestMemory memory)
    {
        ulong[] gdt = [0, 0, 0x00AF_9B00_0000_FFFF, 0x00CF_9300_0000_FFFF, 0x0080_8B00_0000_0000];
        for (int i = 0; i < gdt.Length; i++)
        {
            memory.Write64(GdtAddress + (ulong)(i * 8), gdt[i]);
        }
    }
}
