namespace Hawk.Hypervisor.Devices;

/// <summary>
/// The i8042 keyboard controller as far as a headless machine needs it: the status and data ports, the controller
/// configuration byte, the self tests a driver runs when probing, and the pulse of the CPU reset line (command 0xFE)
/// with which Linux reboots under reboot=k. No keyboard or mouse is attached.
/// </summary>
public sealed class I8042(DeviceModel devices) : IPortDevice
{
    public const ushort DataPort = 0x60, CommandPort = 0x64;
    private const byte StatusOutputFull = 0x01, StatusSystemFlag = 0x04, StatusCommand = 0x08;

    private readonly Queue<byte> _output = new();
    private byte _configuration = 0x45; // keyboard interrupt, system flag, translation
    private byte _pendingCommand;
    private byte _status = StatusSystemFlag;

    public byte Read(ushort port)
    {
        if (port == CommandPort)
        {
            return (byte)(_status | (_output.Count > 0 ? StatusOutputFull : 0));
        }

        return _output.Count > 0 ? _output.Dequeue() : (byte)0;
    }

    public void Write(ushort port, byte value)
    {
        if (port == CommandPort)
        {
            _status |= StatusCommand;
            Command(value);
            return;
        }

        _status &= unchecked((byte)~StatusCommand);
        switch (_pendingCommand)
        {
            case 0x60: _configuration = value; break;
            case 0xD1 when (value & 1) == 0: PulseReset(); break; // output port with the reset bit low
            case 0xD2 or 0xD3: _output.Enqueue(value); break; // echo as if from keyboard / aux
            default: break; // bytes for the (absent) keyboard or mouse
        }

        _pendingCommand = 0;
    }

    private void Command(byte command)
    {
        switch (command)
        {
            case 0x20: _output.Enqueue(_configuration); break;
            case 0x60 or 0xD1 or 0xD2 or 0xD3 or 0xD4: _pendingCommand = command; break;
            case 0xAA: _output.Enqueue(0x55); break; // controller self test passed
            case 0xA9 or 0xAB: _output.Enqueue(0x00); break; // port tests: no error
            case 0xD0: _output.Enqueue(0x01); break; // output port: reset line high (not asserted)
            case 0xFE: PulseReset(); break;
            default: break; // enable/disable ports and the rest need no state here
        }
    }

    private void PulseReset() => devices.RequestStop(new VmStop(VmStopKind.Reset, "guest reset the machine through the i8042 (command 0xFE)"));
}
