namespace Hawk.Hypervisor.Devices;

/// <summary>
/// A 16550A UART (COM1 at 0x3F8, IRQ 4 on a PC), enough for Linux's 8250 driver to detect a 16550A and drive it by
/// interrupt: transmission is instantaneous (the transmitter is always empty); received bytes wait in a FIFO deeper
/// than the chip's 16 bytes, so typed input is not dropped while the guest catches up; loopback mode routes the
/// modem-control outputs back to the status inputs as the chip does.
/// </summary>
public sealed class Uart16550 : IPortDevice
{
    private const byte IerReceivedData = 0x01, IerTransmitterEmpty = 0x02;
    private const byte LcrDivisorLatch = 0x80;
    private const byte McrLoopback = 0x10;
    private const byte LsrDataReady = 0x01, LsrTransmitterEmpty = 0x60;
    private const byte IirNone = 0x01, IirTransmitterEmpty = 0x02, IirReceivedData = 0x04, IirFifosEnabled = 0xC0;

    private readonly ushort _base;
    private readonly int _irq;
    private readonly IInterruptLines _lines;
    private readonly Queue<byte> _receive = new();
    private readonly Action<byte> _transmit;
    private byte _ier, _lcr, _mcr, _scratch, _fcr;
    private ushort _divisor = 12; // 9600 baud until the guest programs it
    private bool _transmitterEmptyPending;
    private bool _lineLevel;

    /// <param name="transmit">Receives every byte the guest sends.</param>
    public Uart16550(ushort basePort, int irq, IInterruptLines lines, Action<byte> transmit)
    {
        _base = basePort;
        _irq = irq;
        _lines = lines;
        _transmit = transmit;
    }

    public ushort BasePort => _base;

    private const int ReceiveCapacity = 4096;

    /// <summary>Queues a byte for the guest to read (terminal input); drops it when the FIFO is full.</summary>
    public void Receive(byte value)
    {
        if (_receive.Count < ReceiveCapacity)
        {
            _receive.Enqueue(value);
            UpdateInterrupt();
        }
    }

    public byte Read(ushort port)
    {
        // BEGIN LAB uart-registers
        bool latch = (_lcr & LcrDivisorLatch) != 0;
        switch (port - _base)
        {
            case 0 when latch: return (byte)_divisor;
            case 0:
                byte data = _receive.Count > 0 ? _receive.Dequeue() : (byte)0;
                UpdateInterrupt();
                return data;
            case 1 when latch: return (byte)(_divisor >> 8);
            case 1: return _ier;
            case 2: return ReadInterruptIdentification();
            case 3: return _lcr;
            case 4: return _mcr;
            case 5: return (byte)(LsrTransmitterEmpty | (_receive.Count > 0 ? LsrDataReady : 0));
            case 6: return ModemStatus();
            default: return _scratch;
        }
        // END LAB uart-registers
    }

    public void Write(ushort port, byte value)
    {
        // BEGIN LAB uart-registers
        bool latch = (_lcr & LcrDivisorLatch) != 0;
        switch (port - _base)
        {
            case 0 when latch: _divisor = (ushort)((_divisor & 0xFF00) | value); break;
            case 0: Transmit(value); break;
            case 1 when latch: _divisor = (ushort)((_divisor & 0x00FF) | (value << 8)); break;
            case 1:
                // Enabling the transmitter-empty interrupt while the transmitter is empty raises it at once.
                if ((value & IerTransmitterEmpty) != 0 && (_ier & IerTransmitterEmpty) == 0)
                {
                    _transmitterEmptyPending = true;
                }

                _ier = (byte)(value & 0x0F);
                UpdateInterrupt();
                break;
            case 2:
                _fcr = (byte)(value & 0xC9);
                if ((value & 0x02) != 0)
                {
                    _receive.Clear();
                    UpdateInterrupt();
                }

                break;
            case 3: _lcr = value; break;
            case 4: _mcr = (byte)(value & 0x1F); break;
            case 7: _scratch = value; break;
            default: break; // LSR and MSR are read-only
        }
        // END LAB uart-registers
    }

    private void Transmit(byte value)
    {
        // BEGIN LAB uart-registers
        if ((_mcr & McrLoopback) != 0)
        {
            Receive(value);
        }
        else
        {
            _transmit(value);
        }

        _transmitterEmptyPending = true;
        UpdateInterrupt();
        // END LAB uart-registers
    }

    private byte ReadInterruptIdentification()
    {
        // BEGIN LAB uart-registers
        byte fifo = (_fcr & 0x01) != 0 ? IirFifosEnabled : (byte)0;
        if ((_ier & IerReceivedData) != 0 && _receive.Count > 0)
        {
            return (byte)(fifo | IirReceivedData);
        }

        if ((_ier & IerTransmitterEmpty) != 0 && _transmitterEmptyPending)
        {
            _transmitterEmptyPending = false; // reading IIR acknowledges the transmitter-empty interrupt
            UpdateInterrupt();
            return (byte)(fifo | IirTransmitterEmpty);
        }

        return (byte)(fifo | IirNone);
        // END LAB uart-registers
    }

    /// <summary>Carrier, data set ready and clear to send asserted; in loopback DTR, RTS, OUT1, OUT2 feed them back.</summary>
    private byte ModemStatus()
    {
        // BEGIN LAB uart-registers
        if ((_mcr & McrLoopback) == 0)
        {
            return 0xB0;
        }

        return (byte)((((_mcr >> 1) & 1) << 4) | ((_mcr & 1) << 5) | (((_mcr >> 2) & 1) << 6) | (((_mcr >> 3) & 1) << 7));
        // END LAB uart-registers
    }

    /// <summary>The line follows the pending conditions; the PIC is edge triggered, so a new condition after an
    /// acknowledgement produces a fresh edge.</summary>
    private void UpdateInterrupt()
    {
        bool level = ((_ier & IerReceivedData) != 0 && _receive.Count > 0) || ((_ier & IerTransmitterEmpty) != 0 && _transmitterEmptyPending);
        if (level != _lineLevel)
        {
            _lineLevel = level;
            _lines.SetLevel(_irq, level);
        }
    }
}
