namespace Hawk.Nes.Cartridges;

/// <summary>A ROM image that cannot be loaded: bad header, wrong size, unsupported mapper.</summary>
public sealed class RomFormatException : Exception
{
    public RomFormatException(string source, long offset, string message)
        : base($"{source}: offset {offset} (0x{offset:X}): {message}")
    {
        Source = source;
        Offset = offset;
    }

    public RomFormatException()
    {
    }

    public RomFormatException(string message) : base(message)
    {
    }

    public RomFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Byte offset in the file where the problem was found.</summary>
    public long Offset { get; }
}
