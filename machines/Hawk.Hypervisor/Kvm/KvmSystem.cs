namespace Hawk.Hypervisor.Kvm;

/// <summary>The /dev/kvm handle: API version, extensions, the vCPU mapping size and the CPUID the host supports.</summary>
internal sealed unsafe class KvmSystem : IDisposable
{
    public const string DevicePath = "/dev/kvm";
    private int _fd;

    private KvmSystem(int fd)
    {
        _fd = fd;
    }

    public int Fd => _fd;

    /// <summary>Why KVM cannot be used here, or null when it can.</summary>
    public static string? UnavailableReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "KVM needs Linux";
        }

        if (!File.Exists(DevicePath))
        {
            return $"{DevicePath} does not exist (no KVM module, or not exposed to this container)";
        }

        try
        {
            using var system = Open();
            return null;
        }
        catch (KvmException e)
        {
            return e.Message;
        }
    }

    /// <exception cref="KvmException">/dev/kvm cannot be opened or speaks another API version.</exception>
    public static KvmSystem Open()
    {
        int fd = LibC.Open(DevicePath, LibC.ORdWr | LibC.OCloexec);
        if (fd < 0)
        {
            throw KvmException.FromErrno($"open({DevicePath})");
        }

        var system = new KvmSystem(fd);
        int version = LibC.Ioctl(fd, KvmApi.GetApiVersion, 0);
        if (version != KvmApi.ApiVersion)
        {
            system.Dispose();
            throw new KvmException($"KVM_GET_API_VERSION returned {version}, this VMM speaks version {KvmApi.ApiVersion}");
        }

        return system;
    }

    public bool HasExtension(int capability) => LibC.Ioctl(_fd, KvmApi.CheckExtension, capability) > 0;

    public int VcpuMmapSize()
    {
        int size = LibC.Ioctl(_fd, KvmApi.GetVcpuMmapSize, 0);
        return size > 0 ? size : throw KvmException.FromErrno("KVM_GET_VCPU_MMAP_SIZE");
    }

    /// <summary>KVM_GET_SUPPORTED_CPUID: struct kvm_cpuid2 followed by its entries.</summary>
    public KvmCpuidEntry2[] SupportedCpuid()
    {
        const int capacity = 256;
        int bytes = 8 + (capacity * sizeof(KvmCpuidEntry2));
        byte* buffer = stackalloc byte[bytes];
        new Span<byte>(buffer, bytes).Clear();
        *(uint*)buffer = capacity;
        if (LibC.Ioctl(_fd, KvmApi.GetSupportedCpuid, buffer) < 0)
        {
            throw KvmException.FromErrno("KVM_GET_SUPPORTED_CPUID");
        }

        uint count = *(uint*)buffer;
        return new ReadOnlySpan<KvmCpuidEntry2>(buffer + 8, (int)count).ToArray();
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
