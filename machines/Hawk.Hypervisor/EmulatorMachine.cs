using System.Diagnostics;
using Hawk.Hypervisor.Devices;
using Hawk.X86;

namespace Hawk.Hypervisor;

/// <summary>
/// The same machine as <see cref="KvmMachine"/> for real-mode guests, with the Hawk.X86 interpreter as the CPU: RAM
/// over the model's whole physical address space, the shared device model on the port bus. The interpreter has no
/// interrupt input, so device interrupt lines are disconnected and HLT ends the run.
/// </summary>
public sealed class EmulatorMachine : IVmBackend
{
    private const int ClockCheckInterval = 1 << 16;
    private readonly X86Cpu<EmulatorBus> _cpu;

    public EmulatorMachine(X86Model model, SerialLog serial, long maxInstructions = 1_000_000_000)
    {
        MaxInstructions = maxInstructions;
        ulong size = model == X86Model.I8086 ? 1UL << 20 : 1UL << 24;
        Memory = new GuestMemory(size);
        Devices = new DeviceModel(DisconnectedInterruptLines.Instance, serial);
        _cpu = new X86Cpu<EmulatorBus>(model, new EmulatorBus(Memory, Devices));
    }

    public string Name => $"hawk-x86 ({_cpu.Model})";

    public long MaxInstructions { get; }

    public GuestMemory Memory { get; }

    public DeviceModel Devices { get; }

    public void SetRealModeEntry(RealModeEntry entry)
    {
        foreach (var register in new[] { X86Register.DS, X86Register.ES })
        {
            _cpu[register] = 0;
        }

        _cpu[X86Register.CS] = entry.Cs;
        _cpu[X86Register.IP] = entry.Ip;
        _cpu[X86Register.SS] = entry.Ss;
        _cpu[X86Register.SP] = entry.Sp;
        _cpu[X86Register.Flags] = 0x0002;
    }

    public VmResult Run(TimeSpan wallTime)
    {
        var clock = Stopwatch.StartNew();
        long instructions = 0;
        while (Devices.Stop is null)
        {
            if (_cpu.Halted)
            {
                Devices.RequestStop(new VmStop(VmStopKind.Halted, "the CPU executed HLT (the emulator has no interrupt input to wake it)"));
                break;
            }

            _cpu.Step();
            instructions++;
            if (instructions % ClockCheckInterval == 0)
            {
                if (clock.Elapsed > wallTime)
                {
                    Devices.RequestStop(new VmStop(VmStopKind.Timeout, $"wall-time budget of {wallTime.TotalSeconds:F1} s ran out after {instructions:N0} instructions"));
                }
                else if (instructions >= MaxInstructions)
                {
                    Devices.RequestStop(new VmStop(VmStopKind.InstructionBudget, $"instruction budget of {MaxInstructions:N0} ran out"));
                }
            }
        }

        return new VmResult(Name, Devices.Stop!, Capture(), Devices.Serial.Text, clock.Elapsed, instructions);
    }

    private CpuState Capture() => new()
    {
        Rax = _cpu[X86Register.AX], Rbx = _cpu[X86Register.BX], Rcx = _cpu[X86Register.CX], Rdx = _cpu[X86Register.DX],
        Rsi = _cpu[X86Register.SI], Rdi = _cpu[X86Register.DI], Rsp = _cpu[X86Register.SP], Rbp = _cpu[X86Register.BP],
        Rip = _cpu[X86Register.IP], Rflags = _cpu[X86Register.Flags],
        Cs = _cpu[X86Register.CS], Ds = _cpu[X86Register.DS], Es = _cpu[X86Register.ES], Ss = _cpu[X86Register.SS],
    };

    public void Dispose() => Memory.Dispose();

    /// <summary>The interpreter's bus: guest RAM by pointer (the address is already wrapped to the model's width,
    /// which is the RAM size) and the device model's ports.</summary>
    private readonly unsafe struct EmulatorBus(GuestMemory memory, DeviceModel devices) : IX86Bus
    {
        private readonly byte* _ram = memory.Pointer;

        public byte ReadByte(uint address) => _ram[address];

        public void WriteByte(uint address, byte value) => _ram[address] = value;

        public byte In8(ushort port)
        {
            Span<byte> data = stackalloc byte[1];
            devices.PortIn(port, data);
            return data[0];
        }

        public void Out8(ushort port, byte value) => devices.PortOut(port, [value]);

        public ushort In16(ushort port)
        {
            Span<byte> data = stackalloc byte[2];
            devices.PortIn(port, data);
            return (ushort)(data[0] | (data[1] << 8));
        }

        public void Out16(ushort port, ushort value) => devices.PortOut(port, [(byte)value, (byte)(value >> 8)]);
    }
}
