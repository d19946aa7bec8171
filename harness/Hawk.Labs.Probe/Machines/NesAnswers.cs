using Hawk.Mos6502;
using Hawk.Nes;
using Hawk.Nes.Cartridges;

namespace Hawk.Labs.Probe;

/// <summary>6502 and NES requests (labs 0 and 1), on the build's Hawk.Mos6502 and Hawk.Nes.</summary>
public static partial class ProbeHost
{
    private const int MaxCycles = 64;

    static partial void AnswerNes(ProbeRequest request, ref ProbeObservation? observation) => observation ??= request switch
    {
        Step6502Request step => Step(step),
        NesRunRequest nes => RunNes(nes),
        _ => null,
    };

    private static ProbeObservation Step(Step6502Request request)
    {
        var log = new List<int[]>(8);
        var bus = new LoggingBus(new byte[RamBus.Size], log);
        foreach (var pair in request.Ram)
        {
            bus.Memory[pair[0]] = (byte)pair[1];
        }

        var r = request.Registers;
        var cpu = new Cpu<LoggingBus>(bus, CpuVariant.Nmos6502)
        {
            Registers = new Registers(r[0], (byte)r[1], (byte)r[2], (byte)r[3], (byte)r[4], (byte)r[5]),
        };
        cpu.Step();
        var final = cpu.Registers;
        return new ProbeObservation
        {
            Registers = [final.PC, final.A, final.X, final.Y, final.S, final.P],
            Ram = [.. request.Watch.Select(address => bus.Memory[address])],
            Cycles = [.. log],
        };
    }

    private static ProbeObservation RunNes(NesRunRequest request)
    {
        var console = new NesConsole(Cartridge.Parse(request.Rom, "submission.nes"));
        var executed = request.RecordExecution ? new bool[0x10000] : null;
        int frames = 0;
        while (frames < request.Frames && console.Peek(request.DoneAddress) != request.DoneValue && !console.Jammed)
        {
            if (executed is null)
            {
                console.RunFrame();
            }
            else
            {
                for (long frame = console.Frames; console.Frames == frame && !console.Jammed;)
                {
                    executed[console.PC] = true;
                    console.Step();
                }
            }

            frames++;
        }

        var ram = new byte[request.PeekLength];
        for (int i = 0; i < ram.Length; i++)
        {
            ram[i] = console.Peek((ushort)(request.PeekStart + i));
        }

        return new ProbeObservation
        {
            Frames = frames,
            Jammed = console.Jammed,
            Ram = ram,
            Registers = [console.PC],
            Executed = executed is null ? null : [.. Enumerable.Range(0, executed.Length).Where(address => executed[address]).Select(address => (ushort)address)],
        };
    }

    /// <summary>Flat RAM that logs the first <see cref="MaxCycles"/> bus cycles of an instruction.</summary>
    private readonly struct LoggingBus(byte[] memory, List<int[]> log) : ICpuBus
    {
        public byte[] Memory => memory;

        public byte Read(ushort address)
        {
            byte value = memory[address];
            Record(address, value, 0);
            return value;
        }

        public void Write(ushort address, byte value)
        {
            memory[address] = value;
            Record(address, value, 1);
        }

        public bool NmiLine => false;

        public bool IrqLine => false;

        private void Record(ushort address, byte value, int write)
        {
            if (log.Count < MaxCycles)
            {
                log.Add([address, value, write]);
            }
        }
    }
}
