using System.Globalization;
using System.Runtime.InteropServices;
using Hawk.Containers.Cgroups;
using Hawk.Containers.Spec;

namespace Hawk.Containers.Runtime;

public sealed record CreateOptions(string Id, string Bundle, string? PidFile = null, string? ConsoleSocket = null);

public sealed record ExecOptions(IReadOnlyList<string> Args, IReadOnlyList<string> Env, string? Cwd = null, bool Detach = false, bool Terminal = false,
    string? ConsoleSocket = null, string? PidFile = null);

/// <summary>
/// Hawker's OCI runtime operations (create, start, state, kill, delete, run, exec, list) with the spec's status rules.
/// A failed create removes everything it made: init, cgroups and the state directory.
/// </summary>
public sealed partial class ContainerRuntime(StateStore store, TextWriter warnings)
{
    private static readonly TimeSpan ShimTimeout = TimeSpan.FromMinutes(2);
    private readonly Lazy<IReadOnlyList<CgroupHierarchy>> _hierarchies = new(CgroupHierarchy.Discover);

    public StateStore Store => store;

    public ContainerRecord Create(CreateOptions options) => CreateInit(options, foreground: false).Record;

    public ContainerStatus Status(string id) => store.StatusOf(store.Read(id));

    public byte[] State(string id)
    {
        var record = store.Read(id);
        return record.SpecState(store.StatusOf(record));
    }

    public IEnumerable<(ContainerRecord Record, ContainerStatus Status)> List() => store.List().Select(r => (r, store.StatusOf(r)));

    public void Start(string id)
    {
        var record = store.Read(id);
        var status = store.StatusOf(record);
        if (status != ContainerStatus.Created)
        {
            throw new ContainerException($"cannot start container \"{id}\": it is {status.Name()}, not created");
        }

        using var fifo = OpenFifo(id);
        Start(record, SavedConfig(id), fifo);
    }

    /// <param name="fifo">exec.fifo, open (run opens it before the init is ready, so the init never waits for us and may
    /// even have finished by now: its "0" stays in the fifo).</param>
    private void Start(ContainerRecord record, RuntimeSpec spec, FileStream fifo)
    {
        ReleaseInit(record, fifo);
        if (spec.Hooks.Poststart.Count > 0)
        {
            WaitForExec(record);
        }

        HookRunner.RunWarning("poststart", spec.Hooks.Poststart, record.SpecState(ContainerStatus.Running), warnings);
    }

    public void Kill(string id, int signal)
    {
        var record = store.Read(id);
        var status = store.StatusOf(record);
        if (status is not (ContainerStatus.Created or ContainerStatus.Running or ContainerStatus.Paused))
        {
            throw new ContainerException($"cannot kill container \"{id}\": it is {status.Name()}");
        }

        Native.Kill(record.Pid, signal);
    }

    public void Delete(string id, bool force) => Delete(store.Read(id), force, null);

    private void Delete(ContainerRecord record, bool force, RuntimeSpec? spec)
    {
        var id = record.Id;
        var status = store.StatusOf(record);
        if (status != ContainerStatus.Stopped)
        {
            if (!force)
            {
                throw new ContainerException($"cannot delete container \"{id}\": it is {status.Name()}, not stopped (use --force)");
            }

            if (record.Pid > 0)
            {
                Native.Kill(record.Pid, Native.SigKill);
                if (status == ContainerStatus.Paused)
                {
                    ContainerCgroup.Open(record.Cgroups).SetFrozen(false); // frozen tasks die only once thawed
                }

                for (int wait = 0; wait < 500 && StateStore.ProcessStartTime(record.Pid) == record.PidStartTime; wait++)
                {
                    Thread.Sleep(2);
                }
            }
        }

        ContainerCgroup.Open(record.Cgroups).Destroy();
        if ((spec ?? TrySavedConfig(id)) is { } config)
        {
            HookRunner.RunWarning("poststop", config.Hooks.Poststop, record.SpecState(ContainerStatus.Stopped), warnings);
        }

        store.Remove(id);
    }

    /// <summary>create + start + wait + delete; returns the container process's exit code (128+N when killed by signal N).</summary>
    public int Run(CreateOptions options, bool detach)
    {
        if (detach)
        {
            Create(options);
            Start(options.Id);
            return 0;
        }

        var (record, spec, shim, fifo) = CreateInit(options, foreground: true);
        using (shim)
        using (ForwardSignals(record.Pid))
        {
            try
            {
                using (fifo)
                {
                    Start(record, spec, fifo!);
                }

                return shim.WaitForExit();
            }
            finally
            {
                Delete(record, force: true, spec);
            }
        }
    }

    /// <summary>
    /// While `run` waits, SIGINT/SIGTERM/SIGHUP/SIGQUIT go to the container instead of ending hawker, so the container's
    /// exit still leads to delete (no state, cgroups or hooks left undone).
    /// </summary>
    private static CompositeDisposable ForwardSignals(int pid)
    {
        (PosixSignal Signal, int Number)[] forwarded = [(PosixSignal.SIGHUP, 1), (PosixSignal.SIGINT, 2), (PosixSignal.SIGQUIT, 3), (PosixSignal.SIGTERM, 15)];
        return new CompositeDisposable(forwarded.Select(f => (IDisposable)PosixSignalRegistration.Create(f.Signal, context =>
        {
            context.Cancel = true;
            Native.Kill(pid, f.Number);
        })).ToArray());
    }

    private sealed class CompositeDisposable(IDisposable[] parts) : IDisposable
    {
        public void Dispose()
        {
            foreach (var part in parts)
            {
                part.Dispose();
            }
        }
    }

    public int Exec(string id, ExecOptions options)
    {
        var record = store.Read(id);
        var status = store.StatusOf(record);
        if (status is not (ContainerStatus.Created or ContainerStatus.Running))
        {
            throw new ContainerException($"cannot exec in container \"{id}\": it is {status.Name()}");
        }

        var spec = SavedConfig(id);
        var baseProcess = spec.Process ?? throw new ConfigException("process", "is required");
        var process = baseProcess with
        {
            Args = options.Args.Count > 0 ? options.Args : throw new ContainerException("exec needs a command"),
            Env = [.. baseProcess.Env, .. options.Env],
            Cwd = options.Cwd ?? baseProcess.Cwd,
            Terminal = options.Terminal,
        };
        var plan = InitPlan.ForExec(spec, record.Pid, process, !options.Detach, options.ConsoleSocket);
        var shim = ShimSession.Start(plan, InitPlan.ForCgroups(ContainerCgroup.Open(record.Cgroups)), ShimTimeout);
        using (shim)
        {
            try
            {
                int pid = shim.ReadPid();
                shim.Expect("ready");
                WritePidFile(options.PidFile, pid);
            }
            catch
            {
                shim.Abort();
                throw;
            }

            return options.Detach ? 0 : shim.WaitForExit();
        }
    }

    /// <param name="foreground">run: the shim stays to be waited for, and exec.fifo is returned open.</param>
    private (ContainerRecord Record, RuntimeSpec Spec, ShimSession Shim, FileStream? Fifo) CreateInit(CreateOptions options, bool foreground)
    {
        _ = store.DirectoryOf(options.Id); // validates the id before anything else
        var bundle = Path.GetFullPath(options.Bundle);
        var configPath = Path.Combine(bundle, "config.json");
        var configBytes = File.Exists(configPath) ? File.ReadAllBytes(configPath) : throw new ConfigException("", $"{configPath} does not exist");
        var spec = ConfigLoader.Parse(configBytes, configPath);
        var directory = store.CreateDirectory(options.Id);
        var fifo = store.FifoOf(options.Id);
        var record = new ContainerRecord(options.Id, 0, 0, bundle, Path.GetFullPath(spec.Root.Path, bundle), DateTimeOffset.UtcNow, spec.Annotations, [], Creating: true);
        ContainerCgroup? cgroup = null;
        ShimSession? shim = null;
        FileStream? fifoReader = null;
        try
        {
            var plan = InitPlan.ForInit(spec, bundle, fifo, options.ConsoleSocket, foreground, _hierarchies.Value);
            shim = ShimSession.Spawn(ShimTimeout);
            shim.SendPlan(plan); // the shim creates the namespaces while the state and cgroups are made here
            File.WriteAllBytes(Path.Combine(directory, "config.json"), configBytes);
            Native.MakeFifo(fifo, 0b110_010_010);
            File.SetUnixFileMode(fifo, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite);
            fifoReader = foreground ? OpenFifo(options.Id) : null;
            cgroup = ContainerCgroup.Create(_hierarchies.Value, spec.Linux.CgroupsPath ?? $"/hawker/{options.Id}", WithDefaultDevices(spec));
            record = record with { Cgroups = cgroup.Directories };
            store.Write(record);
            shim.SendPlan(InitPlan.ForCgroups(cgroup));
            int pid = shim.ReadPid();
            if (!foreground)
            {
                shim.WaitForExit();
            }

            if (spec.Process?.OomScoreAdj is { } oom)
            {
                File.WriteAllText($"/proc/{pid}/oom_score_adj", oom.ToString(CultureInfo.InvariantCulture));
            }

            record = record with { Pid = pid, PidStartTime = StateStore.ProcessStartTime(pid) ?? 0 };
            if (plan.NeedsStates || plan.HasHookSync)
            {
                // Hooks may ask `state` while the container is creating. Without hooks the pid is saved once, with
                // the created status: every state.json replaced on ext4 costs a forced write-back (auto_da_alloc),
                // and should hawker die before that, delete still finds the init through the recorded cgroups.
                store.Write(record);
            }

            var creating = record.SpecState(ContainerStatus.Creating, indented: false);
            if (plan.NeedsStates)
            {
                shim.SendStates(creating, (record with { Creating = false }).SpecState(ContainerStatus.Created, indented: false));
            }

            if (plan.HasHookSync)
            {
                shim.Expect("hooks");
                HookRunner.Run("prestart", spec.Hooks.Prestart, creating);
                HookRunner.Run("createRuntime", spec.Hooks.CreateRuntime, creating);
                shim.SendLine("ok");
            }

            shim.Expect("ready");
            record = record with { Creating = false };
            store.Write(record);
            WritePidFile(options.PidFile, pid);
            if (!foreground)
            {
                shim.Dispose();
            }

            return (record, spec, shim, fifoReader);
        }
        catch
        {
            fifoReader?.Dispose();
            shim?.Abort();
            shim?.Dispose();
            cgroup?.Destroy();
            store.Remove(options.Id);
            throw;
        }
    }

    /// <summary>
    /// After the config's device rules (typically "deny all"), the devices every container gets stay usable, as in runc:
    /// creating any node (m), the default nodes, /dev/console, /dev/ptmx, the pts slaves, and the config's linux.devices.
    /// </summary>
    private static ResourcesSpec WithDefaultDevices(RuntimeSpec spec)
    {
        var resources = spec.Linux.Resources;
        if (resources.Devices.Count == 0)
        {
            return resources;
        }

        (long Major, long? Minor)[] defaults = [(1, 3), (1, 5), (1, 7), (1, 8), (1, 9), (5, 0), (5, 1), (5, 2), (136, null)];
        // Plain loops: a LINQ Select on another operator's result is a generic virtual call, which Native AOT
        // resolves by building the method at run time (0.1 ms on every create).
        List<DeviceRule> devices = [.. resources.Devices, new(true, 'c', null, null, "m"), new(true, 'b', null, null, "m")];
        foreach (var (major, minor) in defaults)
        {
            devices.Add(new DeviceRule(true, 'c', major, minor, "rwm"));
        }

        foreach (var device in spec.Linux.Devices)
        {
            if (device.Type != 'p')
            {
                devices.Add(new DeviceRule(true, device.Type == 'u' ? 'c' : device.Type, device.Major, device.Minor, "rwm"));
            }
        }

        return resources with { Devices = devices };
    }

    /// <summary>
    /// With exec.fifo open for reading, the init's blocked open for writing returns: it writes "0" and execs. Waits for
    /// that byte (or the init's death), then removes the fifo, which turns the status from created to running.
    /// </summary>
    private void ReleaseInit(ContainerRecord record, FileStream reader)
    {
        var fifo = store.FifoOf(record.Id);
        // poll on this thread rather than a blocked read on another: no thread pool on the start path.
        while (!Native.WaitReadable(reader.SafeFileHandle, TimeSpan.FromMilliseconds(20)))
        {
            if (StateStore.ProcessStartTime(record.Pid) != record.PidStartTime && !Native.WaitReadable(reader.SafeFileHandle, TimeSpan.FromMilliseconds(20)))
            {
                File.Delete(fifo);
                throw new ContainerException($"container \"{record.Id}\" stopped before it could start");
            }
        }

        if (reader.ReadByte() != '0')
        {
            throw new ContainerException($"container \"{record.Id}\" did not start: its init wrote an unexpected byte to exec.fifo");
        }

        File.Delete(fifo);
    }

    /// <summary>Read-write, so the open never blocks; the init's blocked open for writing returns once this exists.</summary>
    private FileStream OpenFifo(string id) => new(store.FifoOf(id), FileMode.Open, FileAccess.ReadWrite);

    /// <summary>
    /// The spec runs poststart hooks "after the user-specified process is executed": wait until the init is no longer
    /// hawker-shim (its startContainer hooks are done and execve happened), or has died.
    /// </summary>
    private static void WaitForExec(ContainerRecord record)
    {
        for (int attempt = 0; attempt < 10_000; attempt++)
        {
            string command;
            try
            {
                command = File.ReadAllText($"/proc/{record.Pid}/comm");
            }
            catch (IOException)
            {
                return;
            }

            if (command != "hawker-shim\n" || StateStore.ProcessStartTime(record.Pid) != record.PidStartTime)
            {
                return;
            }

            Thread.Sleep(1);
        }
    }

    private RuntimeSpec SavedConfig(string id) => ConfigLoader.LoadFile(Path.Combine(store.DirectoryOf(id), "config.json"));

    private RuntimeSpec? TrySavedConfig(string id)
    {
        try
        {
            return SavedConfig(id);
        }
        catch (ConfigException)
        {
            return null;
        }
    }

    private static void WritePidFile(string? path, int pid)
    {
        if (path is not null)
        {
            File.WriteAllText(path, pid.ToString(CultureInfo.InvariantCulture));
        }
    }
}
