using System.Diagnostics;
using Hawk.Hypervisor.Devices;
using Hawk.Hypervisor.Kvm;

namespace Hawk.Hypervisor;

/// <summary>
/// A virtual machine on Linux KVM: guest RAM in one memory slot, N vCPUs each on its own thread in a KVM_RUN loop,
/// port I/O and MMIO exits dispatched to the shared <see cref="DeviceModel"/>. Every run is bounded by wall time:
/// a watchdog sets kvm_run.immediate_exit and signals the vCPU threads, so a guest spinning without exits stops too.
/// </summary>
public sealed class KvmMachine : IVmBackend
{
    private const uint MtrrDefaultType = 0x2FF;
    private readonly KvmSystem _system;
    private readonly KvmVirtualMachine _vm;
    private readonly KvmVcpu[] _vcpus;
    private readonly nuint[] _vcpuThreads;
    private readonly Lock _kickLock = new();
    private int _stoppingVcpu;

    /// <exception cref="ArgumentException">The options are not sane (see <see cref="KvmMachineOptions.Problem"/>).</exception>
    /// <exception cref="KvmException">KVM is unavailable or refused a call.</exception>
    public KvmMachine(KvmMachineOptions options, SerialLog serial)
    {
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        Options = options;
        _system = KvmSystem.Open();
        try
        {
            _vm = new KvmVirtualMachine(_system);
            Memory = new GuestMemory(options.MemoryBytes);
            _vm.MapMemory(0, 0, Memory);
            if (options.InKernelIrqchip)
            {
                _vm.CreateIrqchipAndPit();
            }

            Devices = new DeviceModel(options.InKernelIrqchip ? new KvmInterruptLines(_vm) : DisconnectedInterruptLines.Instance, serial);
            var cpuid = _system.SupportedCpuid();
            _vcpus = new KvmVcpu[options.Cpus];
            _vcpuThreads = new nuint[options.Cpus];
            for (int i = 0; i < options.Cpus; i++)
            {
                _vcpus[i] = new KvmVcpu(_vm, i);
                _vcpus[i].SetCpuid(cpuid);
                // MTRRs enabled with write-back as the default type, as firmware leaves them: with the reset value
                // (MTRRs off = uncached) a hypervisor that honours guest memory types runs the guest uncached.
                _vcpus[i].SetMsrs([(MtrrDefaultType, 0x806)]);
                if (options.InKernelIrqchip)
                {
                    _vcpus[i].SetLocalInterruptsVirtualWire();
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public string Name => "kvm";

    /// <summary>Why KVM cannot be used on this host, or null when it can.</summary>
    public static string? UnavailableReason() => KvmSystem.UnavailableReason();

    public KvmMachineOptions Options { get; }

    public GuestMemory Memory { get; } = null!;

    public DeviceModel Devices { get; } = null!;

    public void SetRealModeEntry(RealModeEntry entry)
    {
        var sregs = _vcpus[0].GetSregs();
        sregs.Cs = KvmSegment.RealMode(entry.Cs, code: true);
        sregs.Ss = KvmSegment.RealMode(entry.Ss, code: false);
        sregs.Ds = sregs.Es = sregs.Fs = sregs.Gs = KvmSegment.RealMode(0, code: false);
        sregs.Cr0 &= ~1UL;
        SetEntry(new KvmRegs { Rip = entry.Ip, Rsp = entry.Sp, Rflags = 0x2 }, sregs);
    }

    /// <summary>Sets the boot vCPU's full register state (protected or long mode entries, the Linux boot protocol).</summary>
    public void SetEntry(in KvmRegs regs, in KvmSregs sregs)
    {
        _vcpus[0].SetSregs(sregs);
        _vcpus[0].SetRegs(regs);
    }

    /// <summary>The boot vCPU's current special registers, as a base to modify for an entry.</summary>
    public KvmSregs BootSregs() => _vcpus[0].GetSregs();

    /// <summary>Runs the machine once: afterwards the stop stays recorded and a second run returns at once.</summary>
    public VmResult Run(TimeSpan wallTime)
    {
        var clock = Stopwatch.StartNew();
        long exits = 0;
        var states = new CpuState[_vcpus.Length];
        var watchdog = new Timer(_ => StopAll(new VmStop(VmStopKind.Timeout, $"wall-time budget of {wallTime.TotalSeconds:F1} s ran out; the vCPUs were stopped")));
        try
        {
            var threads = new Thread[_vcpus.Length - 1];
            for (int i = 1; i < _vcpus.Length; i++)
            {
                int index = i;
                threads[i - 1] = new Thread(() => Interlocked.Add(ref exits, RunVcpu(index, states))) { IsBackground = true, Name = $"vcpu{index}" };
                threads[i - 1].Start();
            }

            watchdog.Change(wallTime, Timeout.InfiniteTimeSpan);
            Interlocked.Add(ref exits, RunVcpu(0, states));
            foreach (var thread in threads)
            {
                thread.Join();
            }
        }
        finally
        {
            // Wait for a watchdog callback in flight: it writes to the vCPUs' kvm_run pages, which Dispose unmaps.
            using var callbacksDone = new ManualResetEvent(false);
            if (watchdog.Dispose(callbacksDone))
            {
                callbacksDone.WaitOne();
            }
        }

        Devices.Serial.Flush();
        var stop = Devices.Stop ?? new VmStop(VmStopKind.UnhandledExit, "the machine stopped without a reason");
        return new VmResult(Name, stop, states[stop.Kind == VmStopKind.Timeout ? 0 : _stoppingVcpu], Devices.Serial.Text, clock.Elapsed, exits);
    }

    /// <summary>The KVM_RUN loop of one vCPU; returns the number of exits it handled.</summary>
    private long RunVcpu(int index, CpuState[] states)
    {
        var vcpu = _vcpus[index];
        lock (_kickLock)
        {
            _vcpuThreads[index] = LibC.PthreadSelf();
        }

        long exits = 0;
        try
        {
            while (Devices.Stop is null)
            {
                int errno = vcpu.Run();
                if (errno is LibC.EIntr or LibC.EAgain)
                {
                    continue;
                }

                if (errno != 0)
                {
                    StopAll(new VmStop(VmStopKind.InternalError, $"KVM_RUN on vCPU {index} failed with errno {errno}"), index);
                    break;
                }

                exits++;
                if (HandleExit(vcpu) is { } stop)
                {
                    StopAll(stop, index);
                }
                else if (Devices.Stop is not null)
                {
                    StopAll(Devices.Stop, index);
                }
            }
        }
        finally
        {
            lock (_kickLock)
            {
                _vcpuThreads[index] = 0;
            }
        }

        // With immediate_exit set, one more KVM_RUN completes a pending port or MMIO access (an OUT is retired) and
        // returns at once, so the saved registers are those after the instruction that stopped the machine.
        vcpu.ImmediateExit = true;
        vcpu.Run();
        states[index] = Capture(vcpu);
        return exits;
    }

    private VmStop? HandleExit(KvmVcpu vcpu)
    {
        switch (vcpu.ExitReason)
        {
            case KvmExitReason.Io:
                var io = vcpu.Io;
                for (int i = 0; i < io.Count; i++)
                {
                    var item = io.Data.Slice(i * io.Size, io.Size);
                    if (io.IsOut)
                    {
                        Devices.PortOut(io.Port, item);
                    }
                    else
                    {
                        Devices.PortIn(io.Port, item);
                    }
                }

                return null;
            case KvmExitReason.Mmio:
                var mmio = vcpu.Mmio;
                Devices.Mmio(mmio.Address, mmio.Data, mmio.IsWrite, $"vCPU {vcpu.Id}");
                return null;
            case KvmExitReason.Hlt:
                return new VmStop(VmStopKind.Halted, $"vCPU {vcpu.Id} executed HLT and no interrupt controller can wake it");
            case KvmExitReason.Shutdown:
                return new VmStop(VmStopKind.TripleFault, $"vCPU {vcpu.Id} shut down (triple fault: an exception while delivering a double fault)");
            case KvmExitReason.FailEntry:
                return new VmStop(VmStopKind.FailEntry, $"vCPU {vcpu.Id}: the hardware refused to enter the guest (entry failure reason 0x{vcpu.FailEntryReason:X}): the register state is invalid");
            case KvmExitReason.InternalError:
                var (suberror, words) = vcpu.InternalError;
                return new VmStop(VmStopKind.InternalError, $"vCPU {vcpu.Id}: KVM internal error, suberror {suberror} ({InternalErrorName(suberror)}), data [{string.Join(", ", words.Select(w => $"0x{w:X}"))}]");
            case KvmExitReason.Intr or KvmExitReason.IrqWindowOpen:
                return null;
            default:
                return new VmStop(VmStopKind.UnhandledExit, $"vCPU {vcpu.Id}: unhandled KVM exit reason {(uint)vcpu.ExitReason}");
        }
    }

    private static string InternalErrorName(uint suberror) => suberror switch
    {
        1 => "instruction emulation failed",
        2 => "exception while delivering an event",
        3 => "unexpected exit",
        4 => "event delivery",
        _ => "unknown",
    };

    /// <summary>Records the stop (first wins) and pulls every vCPU out of the guest.</summary>
    private void StopAll(VmStop stop, int index = 0)
    {
        if (Devices.Stop is null)
        {
            _stoppingVcpu = index;
        }

        Devices.RequestStop(stop);
        lock (_kickLock)
        {
            for (int i = 0; i < _vcpus.Length; i++)
            {
                _vcpus[i].ImmediateExit = true;
                if (_vcpuThreads[i] != 0)
                {
                    _ = VcpuKicker.Kick(_vcpuThreads[i]);
                }
            }
        }
    }

    private static CpuState Capture(KvmVcpu vcpu)
    {
        var r = vcpu.GetRegs();
        var s = vcpu.GetSregs();
        return new CpuState
        {
            Rax = r.Rax, Rbx = r.Rbx, Rcx = r.Rcx, Rdx = r.Rdx, Rsi = r.Rsi, Rdi = r.Rdi, Rsp = r.Rsp, Rbp = r.Rbp,
            R8 = r.R8, R9 = r.R9, R10 = r.R10, R11 = r.R11, R12 = r.R12, R13 = r.R13, R14 = r.R14, R15 = r.R15,
            Rip = r.Rip, Rflags = r.Rflags, Cs = s.Cs.Selector, Ds = s.Ds.Selector, Es = s.Es.Selector, Ss = s.Ss.Selector,
            Cr0 = s.Cr0, Cr3 = s.Cr3, Cr4 = s.Cr4, Efer = s.Efer,
        };
    }

    public void Dispose()
    {
        if (_vcpus is not null)
        {
            foreach (var vcpu in _vcpus)
            {
                vcpu?.Dispose();
            }
        }

        _vm?.Dispose();
        Memory?.Dispose();
        _system.Dispose();
    }

    private sealed class KvmInterruptLines(KvmVirtualMachine vm) : IInterruptLines
    {
        public void SetLevel(int irq, bool level) => vm.SetIrqLine(irq, level);
    }
}
