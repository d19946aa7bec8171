using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using System.Text;

namespace Hawk.Jvm.Loading;

/// <summary>
/// Reads resources out of a JDK runtime image (<c>lib/modules</c>, the "jimage" format). Layout: a header of seven
/// native-order u4 (magic 0xCAFEDADA, version 1.0, flags, resource count, table length, locations size, strings
/// size), then the redirect table and the location offsets table (table length u4 each), the location attribute
/// streams and the string table; resource bytes follow this index. Names are found by a perfect hash: the redirect
/// entry for hash(name) is either a negative direct index (-1 - index) or a positive seed to rehash with.
/// </summary>
public sealed class JImage : IDisposable
{
    private const uint Magic = 0xCAFEDADA;
    private const int HashMultiplier = 0x01000193;
    private const int HeaderSize = 28;

    private const int AttributeEnd = 0;
    private const int AttributeModule = 1;
    private const int AttributeParent = 2;
    private const int AttributeBase = 3;
    private const int AttributeExtension = 4;
    private const int AttributeOffset = 5;
    private const int AttributeCompressed = 6;
    private const int AttributeUncompressed = 7;

    private readonly MemoryMappedFile file;
    private readonly MemoryMappedViewAccessor view;
    private readonly int tableLength;
    private readonly long redirectStart, offsetsStart, locationsStart, stringsStart, resourcesStart;
    private readonly Dictionary<string, string?> packageModules = [];

    public JImage(string path)
    {
        Path = path;
        file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        view = file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
        if (view.Capacity < HeaderSize || view.ReadUInt32(0) != Magic)
        {
            Dispose();
            throw new InvalidDataException($"{path}: not a jimage file (magic 0xCAFEDADA expected at offset 0)");
        }

        uint version = view.ReadUInt32(4);
        if (version >> 16 != 1)
        {
            Dispose();
            throw new InvalidDataException($"{path}: jimage version {version >> 16}.{version & 0xFFFF} is not supported (1.x expected)");
        }

        tableLength = view.ReadInt32(16);
        int locationsSize = view.ReadInt32(20), stringsSize = view.ReadInt32(24);
        redirectStart = HeaderSize;
        offsetsStart = redirectStart + (4L * tableLength);
        locationsStart = offsetsStart + (4L * tableLength);
        stringsStart = locationsStart + locationsSize;
        resourcesStart = stringsStart + stringsSize;
    }

    public string Path { get; }

    /// <summary>The image of the JDK at <paramref name="javaHome"/>.</summary>
    public static JImage OpenJavaHome(string javaHome) => new(System.IO.Path.Combine(javaHome, "lib", "modules"));

    /// <summary>The bytes of a resource such as "/java.base/java/lang/Object.class", or null.</summary>
    public byte[]? Read(string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        int index = Redirect(nameBytes);
        if (index < 0)
        {
            return null;
        }

        var location = ReadLocation(view.ReadInt32(offsetsStart + (4L * index)));
        if (!Matches(location, name))
        {
            return null;
        }

        if (location[AttributeCompressed] != 0)
        {
            throw new InvalidDataException($"{Path}: resource {name} is compressed; compressed jimages are not supported");
        }

        var bytes = new byte[location[AttributeUncompressed]];
        view.ReadArray(resourcesStart + location[AttributeOffset], bytes, 0, bytes.Length);
        return bytes;
    }

    /// <summary>The class file bytes for an internal class name, looked up in the module that holds its package.</summary>
    public byte[]? ReadClass(string internalName)
    {
        return ReadResource(internalName + ".class");
    }

    /// <summary>A resource ("java/lang/uniName.dat") from the module that holds its package, or null.</summary>
    public byte[]? ReadResource(string path)
    {
        int slash = path.LastIndexOf('/');
        var module = ModuleOf(slash < 0 ? "" : path[..slash]);
        return module is null ? null : Read($"/{module}/{path}");
    }

    /// <summary>The module holding a package, from the image's /packages/&lt;package&gt; directory entries.</summary>
    public string? ModuleOf(string package)
    {
        if (packageModules.TryGetValue(package, out var cached))
        {
            return cached;
        }

        string? module = null;
        var entry = Read("/packages/" + package.Replace('/', '.'));
        // Entries are pairs of native-order (little-endian) u4: an "is empty" flag and the string offset of the module name.
        for (int i = 0; entry is not null && i + 8 <= entry.Length; i += 8)
        {
            if (BinaryPrimitives.ReadInt32LittleEndian(entry.AsSpan(i)) == 0)
            {
                module = String(BinaryPrimitives.ReadInt32LittleEndian(entry.AsSpan(i + 4)));
                break;
            }
        }

        packageModules[package] = module;
        return module;
    }

    private int Redirect(byte[] name)
    {
        if (tableLength == 0)
        {
            return -1;
        }

        int slot = view.ReadInt32(redirectStart + (4L * (Hash(name, HashMultiplier) % tableLength)));
        return slot switch
        {
            < 0 => -1 - slot,
            > 0 => Hash(name, slot) % tableLength,
            _ => -1,
        };
    }

    private static int Hash(byte[] name, int seed)
    {
        int h = seed;
        foreach (byte b in name)
        {
            h = (h * HashMultiplier) ^ b;
        }

        return h & 0x7FFFFFFF;
    }

    private long[] ReadLocation(int offset)
    {
        var values = new long[8];
        long at = locationsStart + offset;
        while (true)
        {
            int b = view.ReadByte(at++);
            int kind = b >> 3;
            if (kind == AttributeEnd || kind > AttributeUncompressed)
            {
                return values;
            }

            long value = 0;
            for (int n = (b & 7) + 1; n > 0; n--)
            {
                value = (value << 8) | view.ReadByte(at++);
            }

            values[kind] = value;
        }
    }

    private bool Matches(long[] location, string name)
    {
        var builder = new StringBuilder();
        string module = String((int)location[AttributeModule]);
        if (module.Length > 0)
        {
            builder.Append('/').Append(module).Append('/');
        }

        string parent = String((int)location[AttributeParent]);
        if (parent.Length > 0)
        {
            builder.Append(parent).Append('/');
        }

        builder.Append(String((int)location[AttributeBase]));
        string extension = String((int)location[AttributeExtension]);
        if (extension.Length > 0)
        {
            builder.Append('.').Append(extension);
        }

        return builder.ToString() == name;
    }

    private string String(int offset)
    {
        long start = stringsStart + offset, end = start;
        while (view.ReadByte(end) != 0)
        {
            end++;
        }

        var bytes = new byte[end - start];
        view.ReadArray(start, bytes, 0, bytes.Length);
        return Encoding.UTF8.GetString(bytes);
    }

    public void Dispose()
    {
        view.Dispose();
        file.Dispose();
    }
}
