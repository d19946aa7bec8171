using System.Runtime.InteropServices;

namespace Hawk.Hypervisor.Kvm;

/// <summary>A vCPU file descriptor and its mmap'd struct kvm_run, through which exits are reported.</summary>
internal sealed unsafe class KvmVcpu : IDisposable
{
    // Offsets into struct kvm_run (x86-64).
    private const int ImmediateExitOffset = 1;
    private const int ExitReasonOffset = 8;
    private const int ExitUnionOffset = 32;

    private readonly int _mmapSize;
    private int _fd;
    private byte* _run;

    public KvmVcpu(KvmVirtualMachine vm, int id)
    {
        Id = id;
        _fd = LibC.Ioctl(vm.Fd, KvmApi.CreateVcpu, id);
        if (_fd < 0)
        {
            throw KvmException.FromErrno($"KVM_CREATE_VCPU {id}");
        }

        _mmapSize = vm.System.VcpuMmapSize();
        nint run = LibC.Mmap(0, (nuint)_mmapSize, LibC.ProtRead | LibC.ProtWrite, LibC.MapShared, _fd, 0);
        if (run == LibC.MapFailed)
        {
            LibC.Close(_fd);
            throw KvmException.FromErrno("mmap(kvm_run)");
        }

        _run = (byte*)run;
    }

    public int Id { get; }

    public KvmExitReason ExitReason => (KvmExitReason)(*(uint*)(_run + ExitReasonOffset));

    /// <summary>Makes the next (or the interrupted) KVM_RUN return at once with EINTR: the way to stop a vCPU.</summary>
    public bool ImmediateExit
    {
        get => Volatile.Read(ref _run[ImmediateExitOffset]) != 0;
        set => Volatile.Write(ref _run[ImmediateExitOffset], value ? (byte)1 : (byte)0);
    }

    /// <summary>kvm_run.io: direction (1 = out), size, port, count, and where the data sits in the mapping.</summary>
    public IoExit Io
    {
        get
        {
            byte* io = _run + ExitUnionOffset;
            int size = io[1];
            int count = *(int*)(io + 4);
            long dataOffset = *(long*)(io + 8);
            return new IoExit(io[0] == 1, size, *(ushort*)(io + 2), count, new Span<byte>(_run + dataOffset, size * count));
        }
    }

    /// <summary>kvm_run.mmio: address, the 8-byte data buffer (only <c>Length</c> bytes used), direction.</summary>
    public MmioExit Mmio
    {
        get
        {
            byte* mmio = _run + ExitUnionOffset;
            int length = (int)*(uint*)(mmio + 16);
            return new MmioExit(*(ulong*)mmio, new Span<byte>(mmio + 8, Math.Min(length, 8)), mmio[20] != 0);
        }
    }

    /// <summary>kvm_run.fail_entry.hardware_entry_failure_reason.</summary>
    public ulong FailEntryReason => *(ulong*)(_run + ExitUnionOffset);

    /// <summary>kvm_run.internal: suberror and its data words.</summary>
    public (uint Suberror, ulong[] Data) InternalError
    {
        get
        {
            byte* data = _run + ExitUnionOffset;
            uint count = Math.Min(*(uint*)(data + 4), 16u);
            return (*(uint*)data, new ReadOnlySpan<ulong>(data + 8, (int)count).ToArray());
        }
    }

    /// <summary>One KVM_RUN; returns 0, or the errno (EINTR when kicked or asked to exit immediately).</summary>
    public int Run() => LibC.Ioctl(_fd, KvmApi.Run, 0) < 0 ? Marshal.GetLastPInvokeError() : 0;

    public KvmRegs GetRegs()
    {
        KvmRegs regs;
        KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.GetRegs, &regs), "KVM_GET_REGS");
        return regs;
    }

    public void SetRegs(in KvmRegs regs)
    {
        fixed (KvmRegs* pointer = &regs)
        {
            KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.SetRegs, pointer), "KVM_SET_REGS");
        }
    }

    public KvmSregs GetSregs()
    {
        KvmSregs sregs;
        KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.GetSregs, &sregs), "KVM_GET_SREGS");
        return sregs;
    }

    public void SetSregs(in KvmSregs sregs)
    {
        fixed (KvmSregs* pointer = &sregs)
        {
            KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.SetSregs, pointer), "KVM_SET_SREGS");
        }
    }

    /// <summary>KVM_SET_CPUID2 with the host's supported leaves, the APIC id patched to this vCPU's index.</summary>
    public void SetCpuid(ReadOnlySpan<KvmCpuidEntry2> supported)
    {
        int bytes = 8 + (supported.Length * sizeof(KvmCpuidEntry2));
        byte* buffer = stackalloc byte[bytes];
        *(ulong*)buffer = (uint)supported.Length;
        var entries = new Span<KvmCpuidEntry2>(buffer + 8, supported.Length);
        supported.CopyTo(entries);
        foreach (ref var entry in entries)
        {
            if (entry.Function == 1)
            {
                entry.Ebx = (entry.Ebx & 0x00FF_FFFF) | ((uint)Id << 24);
            }
            else if (entry.Function is 0xB or 0x1F)
            {
                entry.Edx = (uint)Id;
            }
        }

        KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.SetCpuid2, buffer), "KVM_SET_CPUID2");
    }

    /// <summary>KVM_SET_MSRS for (index, value) pairs: struct kvm_msrs then 16-byte struct kvm_msr_entry items.</summary>
    public void SetMsrs(ReadOnlySpan<(uint Index, ulong Value)> msrs)
    {
        int bytes = 8 + (msrs.Length * 16);
        byte* buffer = stackalloc byte[bytes];
        new Span<byte>(buffer, bytes).Clear();
        *(uint*)buffer = (uint)msrs.Length;
        for (int i = 0; i < msrs.Length; i++)
        {
            *(uint*)(buffer + 8 + (i * 16)) = msrs[i].Index;
            *(ulong*)(buffer + 16 + (i * 16)) = msrs[i].Value;
        }

        int written = LibC.Ioctl(_fd, KvmApi.SetMsrs, buffer);
        if (written != msrs.Length)
        {
            throw written < 0 ? KvmException.FromErrno("KVM_SET_MSRS") : new KvmException($"KVM_SET_MSRS set {written} of {msrs.Length} MSRs");
        }
    }

    /// <summary>Programs the local APIC's LINT0 as ExtINT (the PIC's output) and LINT1 as NMI, as a PC's firmware
    /// leaves them, so that PIC interrupts reach the CPU before the guest configures its APIC.</summary>
    public void SetLocalInterruptsVirtualWire()
    {
        const int lint0 = 0x350, lint1 = 0x360;
        byte* lapic = stackalloc byte[1024];
        KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.GetLapic, lapic), "KVM_GET_LAPIC");
        SetDeliveryMode(lapic + lint0, 7);
        SetDeliveryMode(lapic + lint1, 4);
        KvmVirtualMachine.Check(LibC.Ioctl(_fd, KvmApi.SetLapic, lapic), "KVM_SET_LAPIC");

        static void SetDeliveryMode(byte* register, uint mode) =>
            *(uint*)register = (*(uint*)register & ~0x700u) | (mode << 8);
    }

    public void Dispose()
    {
        if (_run != null)
        {
            LibC.Munmap((nint)_run, (nuint)_mmapSize);
            _run = null;
        }

        if (_fd >= 0)
        {
            LibC.Close(_fd);
            _fd = -1;
        }
    }
}

/// <summary>A port access: <c>Count</c> items of <c>Size</c> bytes (string I/O repeats) in <c>Data</c>.</summary>
internal readonly ref struct IoExit(bool isOut, int size, ushort port, int count, Span<byte> data)
{
    public bool IsOut { get; } = isOut;
    public int Size { get; } = size;
    public ushort Port { get; } = port;
    public int Count { get; } = count;
    public Span<byte> Data { get; } = data;
}

/// <summary>An MMIO access of <c>Data.Length</c> bytes.</summary>
internal readonly ref struct MmioExit(ulong address, Span<byte> data, bool isWrite)
{
    public ulong Address { get; } = address;
    public Span<byte> Data { get; } = data;
    public bool IsWrite { get; } = isWrite;
}
