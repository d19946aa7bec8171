using System.Runtime.InteropServices;

namespace Hawk.Hypervisor.Kvm;

// Layouts follow <linux/kvm.h> for x86-64 (sizes checked in the tests against the kernel's ioctl numbers, which
// encode them).

/// <summary>struct kvm_regs (144 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct KvmRegs
{
    public ulong Rax, Rbx, Rcx, Rdx, Rsi, Rdi, Rsp, Rbp;
    public ulong R8, R9, R10, R11, R12, R13, R14, R15;
    public ulong Rip, Rflags;
}

/// <summary>struct kvm_segment (24 bytes): a segment register with its hidden descriptor cache.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct KvmSegment
{
    public ulong Base;
    public uint Limit;
    public ushort Selector;
    public byte Type, Present, Dpl, Db, S, L, G, Avl, Unusable, Padding;

    /// <summary>A real-mode segment: base = selector × 16, 64 KiB limit, read/write data or execute/read code.</summary>
    public static KvmSegment RealMode(ushort selector, bool code) => new()
    {
        Base = (ulong)selector << 4, Limit = 0xFFFF, Selector = selector, Type = (byte)(code ? 0xB : 0x3), Present = 1, S = 1,
    };

    /// <summary>A flat segment described as a GDT entry would load it.</summary>
    public static KvmSegment Flat(ushort selector, bool code, bool longMode) => new()
    {
        Base = 0, Limit = 0xFFFF_FFFF, Selector = selector, Type = (byte)(code ? 0xB : 0x3), Present = 1, S = 1,
        Db = (byte)(longMode && code ? 0 : 1), L = (byte)(longMode && code ? 1 : 0), G = 1,
    };
}

/// <summary>struct kvm_dtable (16 bytes): GDTR or IDTR.</summary>
[StructLayout(LayoutKind.Sequential)]
public struct KvmDtable
{
    public ulong Base;
    public ushort Limit;
    private ushort _padding0, _padding1, _padding2;
}

/// <summary>struct kvm_sregs (312 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
public struct KvmSregs
{
    public KvmSegment Cs, Ds, Es, Fs, Gs, Ss, Tr, Ldt;
    public KvmDtable Gdt, Idt;
    public ulong Cr0, Cr2, Cr3, Cr4, Cr8, Efer, ApicBase;
    public InterruptBitmap Interrupts;

    [System.Runtime.CompilerServices.InlineArray(4)]
    public struct InterruptBitmap
    {
        private ulong _element;
    }
}

/// <summary>struct kvm_userspace_memory_region (32 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KvmUserspaceMemoryRegion
{
    public uint Slot, Flags;
    public ulong GuestPhysAddr, MemorySize, UserspaceAddr;
}

/// <summary>struct kvm_cpuid_entry2 (40 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KvmCpuidEntry2
{
    public uint Function, Index, Flags, Eax, Ebx, Ecx, Edx;
    private uint _padding0, _padding1, _padding2;
}

/// <summary>struct kvm_pit_config (64 bytes).</summary>
[StructLayout(LayoutKind.Sequential, Size = 64)]
internal struct KvmPitConfig
{
    public uint Flags;
}

/// <summary>struct kvm_irq_level (8 bytes).</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct KvmIrqLevel
{
    public uint Irq;
    public uint Level;
}
