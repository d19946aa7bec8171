namespace Hawk.X86;

/// <summary>
/// What the CPU sees of the world: physical memory and the I/O port space. The CPU is generic over a struct bus so
/// that the JIT specialises the interpreter for each bus and a flat RAM bus costs an array access per byte. The same
/// contract is meant to be served later by the hypervisor's device model (port I/O and MMIO dispatch).
/// Addresses are physical and already wrapped to the model's address width (20 bits on the 8086, 24 on the 80286).
/// </summary>
public interface IX86Bus
{
    byte ReadByte(uint address);

    void WriteByte(uint address, byte value);

    byte In8(ushort port);

    void Out8(ushort port, byte value);

    ushort In16(ushort port);

    void Out16(ushort port, ushort value);
}
