namespace Hawk.Hypervisor.Kvm;

/// <summary>ioctl request numbers and constants of the KVM API (x86-64), as &lt;linux/kvm.h&gt; computes them.</summary>
internal static class KvmApi
{
    private const uint Kvmio = 0xAE;

    public const int ApiVersion = 12;

    public static readonly nuint GetApiVersion = Io(0x00);
    public static readonly nuint CreateVm = Io(0x01);
    public static readonly nuint CheckExtension = Io(0x03);
    public static readonly nuint GetVcpuMmapSize = Io(0x04);
    public static readonly nuint GetSupportedCpuid = IoWriteRead(0x05, 8);
    public static readonly nuint SetUserMemoryRegion = IoWrite(0x46, 32);
    public static readonly nuint SetTssAddr = Io(0x47);
    public static readonly nuint SetIdentityMapAddr = IoWrite(0x48, 8);
    public static readonly nuint CreateIrqchip = Io(0x60);
    public static readonly nuint IrqLine = IoWrite(0x61, 8);
    public static readonly nuint CreatePit2 = IoWrite(0x77, 64);
    public static readonly nuint CreateVcpu = Io(0x41);
    public static readonly nuint Run = Io(0x80);
    public static readonly nuint GetRegs = IoRead(0x81, 144);
    public static readonly nuint SetRegs = IoWrite(0x82, 144);
    public static readonly nuint GetSregs = IoRead(0x83, 312);
    public static readonly nuint SetSregs = IoWrite(0x84, 312);
    public static readonly nuint SetCpuid2 = IoWrite(0x90, 8);
    public static readonly nuint SetMsrs = IoWrite(0x89, 8);
    public static readonly nuint GetLapic = IoRead(0x8E, 1024);
    public static readonly nuint SetLapic = IoWrite(0x8F, 1024);

    public const int CapImmediateExit = 136;
    public const int CapIrqchip = 0;
    public const int CapPit2 = 33;

    // _IOC(dir, type, nr, size): dir in bits 30-31 (1 = write, 2 = read), size in bits 16-29.
    private static nuint Io(uint number) => (Kvmio << 8) | number;

    private static nuint IoWrite(uint number, uint size) => (1u << 30) | (size << 16) | (Kvmio << 8) | number;

    private static nuint IoRead(uint number, uint size) => (2u << 30) | (size << 16) | (Kvmio << 8) | number;

    private static nuint IoWriteRead(uint number, uint size) => (3u << 30) | (size << 16) | (Kvmio << 8) | number;
}

/// <summary>kvm_run.exit_reason values a VMM on x86 meets.</summary>
internal enum KvmExitReason : uint
{
    Unknown = 0,
    Exception = 1,
    Io = 2,
    Hypercall = 3,
    Debug = 4,
    Hlt = 5,
    Mmio = 6,
    IrqWindowOpen = 7,
    Shutdown = 8,
    FailEntry = 9,
    Intr = 10,
    InternalError = 17,
    SystemEvent = 24,
}
