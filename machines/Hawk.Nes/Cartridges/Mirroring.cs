namespace Hawk.Nes.Cartridges;

/// <summary>How the four logical nametables map onto the console's 2 KiB of CIRAM (or a cartridge's extra 2 KiB).</summary>
public enum Mirroring
{
    /// <summary>$2000=$2400, $2800=$2C00 (vertical scrolling games).</summary>
    Horizontal,
    /// <summary>$2000=$2800, $2400=$2C00 (horizontal scrolling games).</summary>
    Vertical,
    SingleScreenLower,
    SingleScreenUpper,
    FourScreen,
}
