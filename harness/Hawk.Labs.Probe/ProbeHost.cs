using System.Text.Json;
using Hawk.Mos6502;
using Hawk.Nes;
using Hawk.Nes.Cartridges;

namespace Hawk.Labs.Probe;

/// <summary>Answers probe requests by running the machine; exceptions become observations, never verdicts.</summary>
public static class ProbeHost
{
    private const int MaxCycles = 64;

    /// <summary>Reads every request line from <paramref name="requests"/> and writes one observation line each to <paramref name="observations"/>.</summary>
    public static void Serve(TextReader requests, TextWriter observations)
    {
        int id = 0;
        while (requests.ReadLine() is { } line)
        {
            ProbeObservation observation;
            try
            {
                var request = JsonSerializer.Deserialize<ProbeRequest>(line, ProbeJson.Options)
                    ?? throw new InvalidDataException("empty request");
                observation = Answer(request);
            }
            catch (Exception e) // anything the student's code throws is an observation for the grader to judge
            {
                observation = new ProbeObservation { Error = $"{e.GetType().Name}: {e.Message}" };
            }

            observations.WriteLine(JsonSerializer.Serialize(observation with { Id = id++ }, ProbeJson.Options));
            observations.Flush();
        }
    }

    public static ProbeObservation Answer(ProbeRequest request) => request switch
    {
        Step6502Request step => Step(step),
        NesRunRequest nes => RunNes(nes),
        _ => throw new InvalidDataException($"unknown request {request.GetType().Name}"),
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
        int frames = 0;
        while (frames < request.Frames && console.Peek(request.DoneAddress) != request.DoneValue && !console.Jammed)
        {
            console.RunFrame();
            frames++;
        }

        var ram = new byte[request.PeekLength];
        for (int i = 0; i < ram.Length; i++)
        {
            ram[i] = console.Peek((ushort)(request.PeekStart + i));
        }

        return new ProbeObservation { Frames = frames, Jammed = console.Jammed, Ram = ram, Registers = [console.PC] };
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
