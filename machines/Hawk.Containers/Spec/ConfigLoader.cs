using System.Text.Json;

namespace Hawk.Containers.Spec;

/// <summary>Reads and validates config.json. Every rejection is a <see cref="ConfigException"/> naming the field.</summary>
public static class ConfigLoader
{
    private static readonly string[] DeviceTypes = ["c", "b", "u", "p"];
    private static readonly string[] Propagations = ["shared", "slave", "private", "unbindable", "rshared", "rslave", "rprivate", "runbindable"];

    public static RuntimeSpec LoadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException("", $"cannot read {path}: {e.Message}");
        }

        return Parse(bytes, path);
    }

    public static RuntimeSpec Parse(ReadOnlyMemory<byte> json, string fileName = "config.json") => ParseDocument(json, fileName, Read);

    /// <summary>A linux.resources object on its own (the input of `update --resources`); fields are named from its root.</summary>
    public static ResourcesSpec ParseResources(ReadOnlyMemory<byte> json, string fileName) => ParseDocument(json, fileName, ReadResources);

    private static T ParseDocument<T>(ReadOnlyMemory<byte> json, string fileName, Func<JsonField, T> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ConfigException("", $"{fileName}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON ({e.Message.Split(" Path:")[0]})");
        }

        using (document)
        {
            return read(new JsonField(document.RootElement, ""));
        }
    }

    private static RuntimeSpec Read(JsonField config)
    {
        var linux = ReadLinux(config.Child("linux"));
        var root = config.Required("root");
        var hostname = config.Child("hostname").OptionalString();
        if (!string.IsNullOrEmpty(hostname) && !linux.Has("uts"))
        {
            throw config.Child("hostname").Invalid("setting the hostname needs a new uts namespace in linux.namespaces");
        }

        return new RuntimeSpec(
            config.Required("ociVersion").String(),
            new RootSpec(NonEmpty(root.Required("path")), root.Child("readonly").Bool()),
            config.Child("process") is { IsPresent: true } process ? ReadProcess(process) : null,
            hostname,
            config.Child("domainname").OptionalString(),
            config.Child("mounts").Items().Select(ReadMount).ToArray(),
            ReadHooks(config.Child("hooks")),
            config.Child("annotations").StringMap(),
            linux);
    }

    private static ProcessSpec ReadProcess(JsonField process)
    {
        var args = process.Required("args");
        var argList = args.Strings();
        if (argList.Count == 0)
        {
            throw args.Invalid("must name at least the program to run");
        }

        var cwd = process.Required("cwd");
        if (!cwd.String().StartsWith('/'))
        {
            throw cwd.Invalid($"must be an absolute path, got \"{cwd.String()}\"");
        }

        var user = process.Required("user");
        var rlimits = process.Child("rlimits").Items().Select(ReadRlimit).ToArray();
        var duplicate = rlimits.GroupBy(r => r.Type).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw process.Child("rlimits").Invalid($"{duplicate.Key} is given more than once");
        }

        return new ProcessSpec(
            process.Child("terminal").Bool(),
            new UserSpec(user.Required("uid").UInt32(), user.Required("gid").UInt32(),
                user.Child("umask") is { IsPresent: true } umask ? umask.UInt32() : null,
                user.Child("additionalGids").Items().Select(g => g.UInt32()).ToArray()),
            argList,
            ReadEnv(process.Child("env")),
            cwd.String(),
            process.Child("capabilities") is { IsPresent: true } caps ? ReadCapabilities(caps) : null,
            rlimits,
            process.Child("noNewPrivileges").Bool(),
            (int?)process.Child("oomScoreAdj").OptionalInt64(-1000, 1000));
    }

    private static string[] ReadEnv(JsonField env) => env.Items().Select(item =>
    {
        var text = item.String();
        return text.Contains('=', StringComparison.Ordinal) ? text : throw item.Invalid($"expected NAME=VALUE, got \"{text}\"");
    }).ToArray();

    private static CapabilitySets ReadCapabilities(JsonField caps)
    {
        ulong Set(string name)
        {
            ulong mask = 0;
            foreach (var item in caps.Child(name).Items())
            {
                var capability = item.String();
                int number = Array.IndexOf(LinuxNames.Capabilities, capability);
                mask |= number >= 0 ? 1UL << number : throw item.Invalid($"unknown capability \"{capability}\"");
            }

            return mask;
        }

        return new CapabilitySets(Set("bounding"), Set("effective"), Set("inheritable"), Set("permitted"), Set("ambient"));
    }

    private static RlimitSpec ReadRlimit(JsonField rlimit)
    {
        var type = rlimit.Required("type");
        int resource = Array.IndexOf(LinuxNames.Rlimits, type.String());
        if (resource < 0)
        {
            throw type.Invalid($"unknown rlimit \"{type.String()}\"");
        }

        var soft = rlimit.Required("soft").UInt64();
        var hard = rlimit.Required("hard").UInt64();
        return soft <= hard ? new RlimitSpec(type.String(), resource, soft, hard) : throw rlimit.Invalid($"soft limit {soft} exceeds hard limit {hard}");
    }

    private static MountSpec ReadMount(JsonField mount)
    {
        var destination = mount.Required("destination");
        if (!destination.String().StartsWith('/'))
        {
            throw destination.Invalid($"must be an absolute path, got \"{destination.String()}\"");
        }

        return new MountSpec(destination.String(), mount.Child("type").OptionalString(), mount.Child("source").OptionalString(), mount.Child("options").Strings());
    }

    private static HooksSpec ReadHooks(JsonField hooks)
    {
        IReadOnlyList<HookSpec> Stage(string name) => hooks.Child(name).Items().Select(hook =>
        {
            var path = hook.Required("path");
            return path.String().StartsWith('/')
                ? new HookSpec(path.String(), hook.Child("args").Strings(), ReadEnv(hook.Child("env")), (int?)hook.Child("timeout").OptionalInt64(1, int.MaxValue))
                : throw path.Invalid($"must be an absolute path, got \"{path.String()}\"");
        }).ToArray();

        return new HooksSpec(Stage("prestart"), Stage("createRuntime"), Stage("createContainer"), Stage("startContainer"), Stage("poststart"), Stage("poststop"));
    }

    private static LinuxSpec ReadLinux(JsonField linux)
    {
        var namespaces = linux.Child("namespaces").Items().Select(ReadNamespace).ToArray();
        var repeated = namespaces.GroupBy(n => n.Type).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw linux.Child("namespaces").Invalid($"namespace \"{repeated.Key}\" is given more than once");
        }

        var uidMappings = linux.Child("uidMappings").Items().Select(ReadMapping).ToArray();
        var gidMappings = linux.Child("gidMappings").Items().Select(ReadMapping).ToArray();
        bool newUserNamespace = namespaces.Any(n => n.Type == "user" && n.Path is null);
        if (newUserNamespace && (uidMappings.Length == 0 || gidMappings.Length == 0))
        {
            throw linux.Child("uidMappings").Invalid("a new user namespace needs uidMappings and gidMappings");
        }

        if (!newUserNamespace && (uidMappings.Length > 0 || gidMappings.Length > 0))
        {
            throw linux.Child("uidMappings").Invalid("id mappings need a new user namespace in linux.namespaces");
        }

        var propagation = linux.Child("rootfsPropagation");
        if (propagation.IsPresent && !Propagations.Contains(propagation.String()))
        {
            throw propagation.Invalid($"unknown propagation \"{propagation.String()}\"");
        }

        return new LinuxSpec(
            namespaces,
            uidMappings,
            gidMappings,
            linux.Child("devices").Items().Select(ReadDevice).ToArray(),
            linux.Child("cgroupsPath").OptionalString(),
            ReadResources(linux.Child("resources")),
            linux.Child("maskedPaths").Strings(),
            linux.Child("readonlyPaths").Strings(),
            linux.Child("sysctl").StringMap(),
            linux.Child("seccomp") is { IsPresent: true } seccomp ? SeccompConfig.Read(seccomp) : null,
            propagation.OptionalString());
    }

    private static NamespaceSpec ReadNamespace(JsonField item)
    {
        var type = item.Required("type");
        if (!LinuxNames.Namespaces.ContainsKey(type.String()))
        {
            throw type.Invalid($"unknown namespace type \"{type.String()}\"");
        }

        var pathField = item.Child("path");
        var path = pathField.OptionalString();
        if (path is not null && !File.Exists(path))
        {
            throw pathField.Invalid($"namespace file {path} does not exist");
        }

        return new NamespaceSpec(type.String(), string.IsNullOrEmpty(path) ? null : path);
    }

    private static IdMapping ReadMapping(JsonField item) =>
        new(item.Required("containerID").UInt32(), item.Required("hostID").UInt32(), (uint)item.Required("size").Int64(1, uint.MaxValue));

    private static DeviceSpec ReadDevice(JsonField item)
    {
        var type = item.Required("type");
        if (!DeviceTypes.Contains(type.String()))
        {
            throw type.Invalid($"expected one of c, b, u, p, got \"{type.String()}\"");
        }

        var path = item.Required("path");
        if (!path.String().StartsWith("/dev/", StringComparison.Ordinal))
        {
            throw path.Invalid($"must be under /dev, got \"{path.String()}\"");
        }

        bool needsNumbers = type.String() != "p";
        long Number(string name) => needsNumbers ? item.Required(name).Int64(0, uint.MaxValue) : item.Child(name).OptionalInt64(0, uint.MaxValue) ?? 0;
        return new DeviceSpec(path.String(), type.String()[0], Number("major"), Number("minor"),
            item.Child("fileMode") is { IsPresent: true } mode ? (uint)mode.Int64(0, 0xFFFF) : null,
            item.Child("uid") is { IsPresent: true } uid ? uid.UInt32() : null,
            item.Child("gid") is { IsPresent: true } gid ? gid.UInt32() : null);
    }

    private static ResourcesSpec ReadResources(JsonField resources)
    {
        var memory = resources.Child("memory");
        var cpu = resources.Child("cpu");
        var pids = resources.Child("pids");
        var period = cpu.Child("period");
        var shares = cpu.Child("shares");
        return new ResourcesSpec(
            memory.Child("limit").OptionalInt64(-1),
            memory.Child("swap").OptionalInt64(-1),
            cpu.Child("quota").OptionalInt64(-1),
            period.IsPresent ? period.UInt64() : null,
            shares.IsPresent ? shares.UInt64() : null,
            pids.IsPresent ? pids.Required("limit").Int64(-1) : null)
        {
            Devices = resources.Child("devices").Items().Select(ReadDeviceRule).ToArray(),
        };
    }

    private static DeviceRule ReadDeviceRule(JsonField rule)
    {
        var type = rule.Child("type");
        var typeName = type.OptionalString() ?? "a";
        if (typeName is not ("a" or "c" or "b"))
        {
            throw type.Invalid($"expected one of a, c, b, got \"{typeName}\"");
        }

        var access = rule.Child("access");
        var accessText = access.OptionalString() ?? "rwm";
        if (accessText.Length == 0 || accessText.Any(c => c is not ('r' or 'w' or 'm')))
        {
            throw access.Invalid($"expected letters from \"rwm\", got \"{accessText}\"");
        }

        long? Number(string name) => rule.Child(name).OptionalInt64(-1, uint.MaxValue) is { } n and >= 0 ? n : null;
        return new DeviceRule(rule.Required("allow").Bool(), typeName[0], Number("major"), Number("minor"), accessText);
    }

    private static string NonEmpty(JsonField field) => field.String() is { Length: > 0 } text ? text : throw field.Invalid("must not be empty");
}
