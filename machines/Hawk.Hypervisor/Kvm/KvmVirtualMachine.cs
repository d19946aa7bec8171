namespace Hawk.Hypervisor.Kvm;

/// <summary>A KVM virtual machine file descriptor: memory slots, the in-kernel irqchip and PIT, interrupt lines.</summary>
internal sealed unsafe class KvmVirtualMachine : IDisposable
{
    // Three pages below the 4 GiB boundary that Intel's real-mode emulation needs (TSS) plus the EPT identity map
    // page; they sit in the 32-bit MMIO hole where no RAM is mapped.
    private const ulong IdentityMapAddress = 0xFFFB_C000;
    private const ulong TssAddress = 0xFFFB_D000;
    private int _fd;

    public KvmVirtualMachine(KvmSystem system)
    {
        System = system;
        _fd = LibC.Ioctl(system.Fd, KvmApi.CreateVm, 0);
        if (_fd < 0)
        {
            throw KvmException.FromErrno("KVM_CREATE_VM");
        }

        Check(LibC.Ioctl(_fd, KvmApi.SetTssAddr, unchecked((nint)TssAddress)), "KVM_SET_TSS_ADDR");
        ulong identity = IdentityMapAddress;
        Check(LibC.Ioctl(_fd, KvmApi.SetIdentityMapAddr, &identity), "KVM_SET_IDENTITY_MAP_ADDR");
    }

    public KvmSystem System { get; }

    public int Fd => _fd;

    public void MapMemory(uint slot, ulong guestAddress, GuestMemory memory)
    {
        var region = new KvmUserspaceMemoryRegion
        {
            Slot = slot, GuestPhysAddr = guestAddress, MemorySize = memory.Size, UserspaceAddr = (ulong)memory.HostAddress,
        };
        Check(LibC.Ioctl(_fd, KvmApi.SetUserMemoryRegion, &region), "KVM_SET_USER_MEMORY_REGION");
    }

    /// <summary>The in-kernel PIC pair, IOAPIC and local APICs, and an in-kernel PIT (8254 on ports 0x40-0x43 and
    /// the speaker port 0x61): the timer and interrupt paths then never leave the kernel.</summary>
    public void CreateIrqchipAndPit()
    {
        Check(LibC.Ioctl(_fd, KvmApi.CreateIrqchip, 0), "KVM_CREATE_IRQCHIP");
        var pit = new KvmPitConfig { Flags = 0 };
        Check(LibC.Ioctl(_fd, KvmApi.CreatePit2, &pit), "KVM_CREATE_PIT2");
    }

    /// <summary>Drives an ISA interrupt line (both the PIC and the IOAPIC see it).</summary>
    public void SetIrqLine(int irq, bool level)
    {
        var line = new KvmIrqLevel { Irq = (uint)irq, Level = level ? 1u : 0u };
        Check(LibC.Ioctl(_fd, KvmApi.IrqLine, &line), "KVM_IRQ_LINE");
    }

    public static void Check(int result, string call)
    {
        if (result < 0)
        {
            throw KvmException.FromErrno(call);
        }
    }

    public void Dispose()
    {
        if (_fd >= 0)
        {
            LibC.Close(_fd);
            _fd = -1;
        }
    }
}
