namespace Hawk.Nes.Input;

/// <summary>Standard controller buttons, in the order the controller shifts them out.</summary>
[Flags]
public enum Buttons : byte
{
    None = 0,
    A = 0x01,
    B = 0x02,
    Select = 0x04,
    Start = 0x08,
    Up = 0x10,
    Down = 0x20,
    Left = 0x40,
    Right = 0x80,
}
