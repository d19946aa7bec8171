using Hawk.Mos6502;

namespace Hawk.Conformance.Mos6502;

/// <summary>
/// The part of the NES memory map nestest's automation mode touches: 2 KiB of RAM mirrored to $1FFF and NROM
/// PRG at $8000 (a 16 KiB image mirrored). Other addresses read as $FF, as Nintendulator's log shows them.
/// </summary>
public sealed class NestestMemory(byte[] prg)
{
    private readonly byte[] _ram = new byte[0x800];

    public byte Read(ushort address) => address switch
    {
        < 0x2000 => _ram[address & 0x7FF],
        >= 0x8000 => prg[(address - 0x8000) % prg.Length],
        _ => 0xFF,
    };

    public void Write(ushort address, byte value)
    {
        if (address < 0x2000)
        {
            _ram[address & 0x7FF] = value;
        }
    }
}

public readonly struct NestestBus(NestestMemory memory) : ICpuBus
{
    public byte Read(ushort address) => memory.Read(address);

    public void Write(ushort address, byte value) => memory.Write(address, value);

    public bool NmiLine => false;

    public bool IrqLine => false;
}
