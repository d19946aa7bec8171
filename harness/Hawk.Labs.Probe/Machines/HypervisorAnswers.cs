using Hawk.Hypervisor;
using Hawk.Hypervisor.Boot;
using Hawk.Hypervisor.Devices;
using Hawk.X86;

namespace Hawk.Labs.Probe;

/// <summary>Flat guests (lab 3) on the build's Hawkervisor: the serial console, how the guest stopped and its debug-exit value.</summary>
public static partial class ProbeHost
{
    private const ulong GuestMemoryBytes = 16UL << 20;

    static partial void AnswerHypervisor(ProbeRequest request, ref ProbeObservation? observation)
    {
        if (observation is null && request is GuestRunRequest run)
        {
            observation = RunGuest(run);
        }
    }

    private static ProbeObservation RunGuest(GuestRunRequest request)
    {
        var serial = new SerialLog(capacity: 1 << 16);
        using IVmBackend machine = request.Backend == "kvm"
            ? new KvmMachine(new KvmMachineOptions(GuestMemoryBytes, InKernelIrqchip: false), serial)
            : new EmulatorMachine(X86Model.I80286, serial, request.MaxInstructions);
        FlatBinary.Load(machine, request.Image, "guest");
        var result = machine.Run(TimeSpan.FromMilliseconds(request.WallMilliseconds));
        return new ProbeObservation { Output = result.Serial, ExitCode = result.Stop.ExitValue, Stop = result.Stop.Kind.ToString() };
    }
}
