namespace Hawk.Hypervisor.Devices;

/// <summary>Why a virtual machine stopped.</summary>
public enum VmStopKind
{
    /// <summary>The guest wrote to the debug-exit port; <see cref="VmStop.ExitValue"/> holds the value.</summary>
    DebugExit,

    /// <summary>The guest halted with nothing left to wake it (HLT exit without an in-kernel irqchip, or on the emulator).</summary>
    Halted,

    /// <summary>A triple fault: the CPU shut down (KVM_EXIT_SHUTDOWN).</summary>
    TripleFault,

    /// <summary>The guest pulsed the reset line through the i8042 (command 0xFE): how Linux reboots with reboot=k.</summary>
    Reset,

    /// <summary>The guest wrote to guest-physical memory where neither RAM nor a device is.</summary>
    UnmappedMmio,

    /// <summary>The wall-time budget ran out; the vCPUs were kicked out of the guest.</summary>
    Timeout,

    /// <summary>The emulator's instruction budget ran out.</summary>
    InstructionBudget,

    /// <summary>KVM could not emulate something (KVM_EXIT_INTERNAL_ERROR).</summary>
    InternalError,

    /// <summary>The hardware refused to enter the guest (KVM_EXIT_FAIL_ENTRY): invalid guest state.</summary>
    FailEntry,

    /// <summary>An exit this VMM does not handle.</summary>
    UnhandledExit,
}

/// <summary>A stop request: its kind, a message a person can act on, and the debug-exit value where there is one.</summary>
public sealed record VmStop(VmStopKind Kind, string Message, int? ExitValue = null);
