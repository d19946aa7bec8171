using System.IO.Compression;

namespace Hawk.Jvm.Loading;

/// <summary>An application class path: directories and jar files, searched in order (like <c>java -cp</c>).</summary>
public sealed class ClassPath : IDisposable
{
    private readonly List<string> directories = [];
    private readonly List<ZipArchive> jars = [];
    private readonly List<object> order = [];

    public ClassPath(string path)
    {
        Text = path;
        foreach (var entry in path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Directory.Exists(entry))
            {
                directories.Add(entry);
                order.Add(entry);
            }
            else if (File.Exists(entry))
            {
                var jar = ZipFile.OpenRead(entry);
                jars.Add(jar);
                order.Add(jar);
            }
        }
    }

    /// <summary>The class path as given, for the java.class.path property.</summary>
    public string Text { get; }

    /// <summary>The class file bytes for an internal class name, or null.</summary>
    public byte[]? ReadClass(string internalName) => ReadResource(internalName + ".class");

    /// <summary>The bytes of a resource ("dir/name.ext", relative to each class path entry), or null.</summary>
    public byte[]? ReadResource(string relative)
    {
        foreach (var source in order)
        {
            if (source is string directory)
            {
                var file = System.IO.Path.Combine(directory, relative);
                if (File.Exists(file))
                {
                    return File.ReadAllBytes(file);
                }
            }
            else if (source is ZipArchive jar && jar.GetEntry(relative) is { } entry)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                return buffer.ToArray();
            }
        }

        return null;
    }

    public void Dispose()
    {
        foreach (var jar in jars)
        {
            jar.Dispose();
        }
    }
}
