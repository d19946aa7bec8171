using Hawk.Containers.Spec;

namespace Hawk.Containers.Runtime;

/// <summary>mount(8)-style options of a config.json mount split into mount(2) flags, propagation flags and fs data.</summary>
public sealed record MountOptions(ulong Flags, ulong Propagation, string Data)
{
    public const ulong ReadOnly = 1, NoSuid = 2, NoDev = 4, NoExec = 8, Remount = 32, Bind = 4096, Recursive = 16384;
    public const ulong Unbindable = 1 << 17, Private = 1 << 18, Slave = 1 << 19, Shared = 1 << 20;

    private static readonly Dictionary<string, (bool Clear, ulong Flag)> FlagOptions = new(StringComparer.Ordinal)
    {
        ["defaults"] = (false, 0), ["ro"] = (false, ReadOnly), ["rw"] = (true, ReadOnly), ["nosuid"] = (false, NoSuid), ["suid"] = (true, NoSuid),
        ["nodev"] = (false, NoDev), ["dev"] = (true, NoDev), ["noexec"] = (false, NoExec), ["exec"] = (true, NoExec),
        ["sync"] = (false, 16), ["async"] = (true, 16), ["remount"] = (false, Remount), ["mand"] = (false, 64), ["nomand"] = (true, 64),
        ["dirsync"] = (false, 128), ["noatime"] = (false, 1024), ["atime"] = (true, 1024), ["nodiratime"] = (false, 2048), ["diratime"] = (true, 2048),
        ["bind"] = (false, Bind), ["rbind"] = (false, Bind | Recursive), ["relatime"] = (false, 1 << 21), ["norelatime"] = (true, 1 << 21),
        ["strictatime"] = (false, 1 << 24), ["nostrictatime"] = (true, 1 << 24), ["lazytime"] = (false, 1 << 25), ["nolazytime"] = (true, 1 << 25),
    };

    private static readonly Dictionary<string, ulong> PropagationOptions = new(StringComparer.Ordinal)
    {
        ["private"] = Private, ["rprivate"] = Private | Recursive, ["shared"] = Shared, ["rshared"] = Shared | Recursive,
        ["slave"] = Slave, ["rslave"] = Slave | Recursive, ["unbindable"] = Unbindable, ["runbindable"] = Unbindable | Recursive,
    };

    public bool IsBind => (Flags & Bind) != 0;

    public static MountOptions Parse(IReadOnlyList<string> options)
    {
        ulong flags = 0, propagation = 0;
        var data = new List<string>();
        foreach (var option in options)
        {
            if (FlagOptions.TryGetValue(option, out var entry))
            {
                flags = entry.Clear ? flags & ~entry.Flag : flags | entry.Flag;
            }
            else if (PropagationOptions.TryGetValue(option, out var flag))
            {
                propagation |= flag;
            }
            else
            {
                data.Add(option);
            }
        }

        return new MountOptions(flags, propagation, string.Join(',', data));
    }

    /// <summary>The mount(2) flags for linux.rootfsPropagation (runc's default is rslave).</summary>
    public static ulong RootPropagation(string? name) => name is null ? Slave | Recursive : PropagationOptions[name];

    public static MountOptions Of(MountSpec mount)
    {
        var options = Parse(mount.Options);
        return mount.Type == "bind" ? options with { Flags = options.Flags | Bind } : options;
    }
}
