using System.Text;

namespace Hawk.Hypervisor.Linux;

/// <summary>
/// Writes a cpio archive in the "newc" format (magic 070701), the format the Linux kernel unpacks as an initramfs:
/// per entry a 110-byte ASCII header of thirteen 8-digit hex fields, the NUL-terminated name, then the data, name
/// and data each padded to 4 bytes; a "TRAILER!!!" entry ends the archive. Owners are root, times are 0, so the
/// output depends on the content only.
/// </summary>
public sealed class CpioWriter(Stream output)
{
    public const int DirectoryMode = 0x4000, RegularMode = 0x8000, SymlinkMode = 0xA000, CharacterDeviceMode = 0x2000;
    private uint _inode = 1;
    private bool _finished;

    public void AddDirectory(string path, int permissions = 0x1ED) => Add(path, DirectoryMode | permissions, [], nlink: 2);

    public void AddFile(string path, ReadOnlySpan<byte> content, int permissions = 0x1A4) => Add(path, RegularMode | permissions, content);

    public void AddSymlink(string path, string target) => Add(path, SymlinkMode | 0x1FF, Encoding.UTF8.GetBytes(target));

    /// <summary>A character device node (e.g. /dev/console 5:1), which the kernel needs before init opens its console.</summary>
    public void AddCharacterDevice(string path, int major, int minor, int permissions = 0x180) =>
        Add(path, CharacterDeviceMode | permissions, [], rdevMajor: major, rdevMinor: minor);

    /// <summary>Writes the trailer; the archive is complete afterwards.</summary>
    public void Finish()
    {
        Add("TRAILER!!!", 0, [], nlink: 1, inode: 0);
        _finished = true;
    }

    private void Add(string path, int mode, ReadOnlySpan<byte> content, int nlink = 1, int rdevMajor = 0, int rdevMinor = 0, uint? inode = null)
    {
        if (_finished)
        {
            throw new InvalidOperationException("the archive is already finished");
        }

        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"cpio paths are relative and non-empty, got \"{path}\"", nameof(path));
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        uint[] fields = [inode ?? _inode++, (uint)mode, 0, 0, (uint)nlink, 0, (uint)content.Length, 0, 0, (uint)rdevMajor, (uint)rdevMinor, (uint)name.Length, 0];
        var header = new StringBuilder("070701", 110);
        foreach (var field in fields)
        {
            header.Append(field.ToString("X8"));
        }

        output.Write(Encoding.ASCII.GetBytes(header.ToString()));
        output.Write(name);
        Pad(110 + name.Length);
        output.Write(content);
        Pad(content.Length);
    }

    private void Pad(int length)
    {
        Span<byte> zeros = stackalloc byte[3];
        zeros.Clear();
        output.Write(zeros[..((4 - (length % 4)) % 4)]);
    }
}
