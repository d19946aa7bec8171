using System.Globalization;
using System.Text;

namespace Hawk.Containers.Runtime;

/// <summary>A running hawker-shim and the control socket to it (protocol: native/hawker-shim.c).</summary>
/// <remarks>The socket is driven with plain send/recv/poll: System.Net.Sockets would start its event thread for nothing.</remarks>
internal sealed class ShimSession : IDisposable
{
    private readonly int _control;
    private readonly TimeSpan _timeout;
    private readonly byte[] _buffer = new byte[256];
    private int _buffered, _consumed;
    private bool _reaped, _closed;

    private ShimSession(int control, int shimPid, TimeSpan timeout)
    {
        _control = control;
        _timeout = timeout;
        ShimPid = shimPid;
    }

    public int ShimPid { get; }

    /// <summary>The container process (the init, or the exec'd process), known after <see cref="ReadPid"/>.</summary>
    public int Pid { get; private set; }

    public static string ShimPath => Environment.GetEnvironmentVariable("HAWKER_SHIM") is { Length: > 0 } path ? path : Path.Combine(AppContext.BaseDirectory, "hawker-shim");

    public static ShimSession Start(InitPlan plan, InitPlan cgroups, TimeSpan timeout)
    {
        var session = Spawn(timeout);
        session.SendPlan(plan);
        session.SendPlan(cgroups);
        return session;
    }

    /// <summary>Starts the shim, which waits for its plan: spawning early lets its exec overlap the runtime's own work.</summary>
    public static ShimSession Spawn(TimeSpan timeout)
    {
        if (!File.Exists(ShimPath))
        {
            throw new ContainerException($"hawker-shim not found at {ShimPath} (it is built by gcc with Hawk.Containers)");
        }

        var (ours, theirs) = Native.SocketPair();
        int pid;
        try
        {
            pid = Native.Spawn(ShimPath, theirs);
        }
        finally
        {
            Native.Close(theirs);
        }

        return new ShimSession(ours, pid, timeout);
    }

    /// <summary>Sends the plan, then (once they exist) the cgroups of <see cref="InitPlan.ForCgroups"/>.</summary>
    public void SendPlan(InitPlan plan) => Send(plan.Serialize());

    public int ReadPid()
    {
        var line = Expect("pid");
        Pid = int.Parse(line.AsSpan(4), CultureInfo.InvariantCulture);
        return Pid;
    }

    /// <summary>Sends the states the init's createContainer and startContainer hooks read on stdin.</summary>
    public void SendStates(byte[] creating, byte[] created)
    {
        using var message = new MemoryStream();
        foreach (var state in new[] { creating, created })
        {
            message.Write(BitConverter.GetBytes((uint)state.Length));
            message.Write(state);
        }

        Send(message.ToArray());
    }

    public void SendLine(string line) => Send(Encoding.ASCII.GetBytes(line + "\n"));

    /// <summary>Reads the next line; an "error ..." line from the shim becomes a <see cref="ContainerException"/>.</summary>
    public string Expect(string keyword)
    {
        var line = ReadLine();
        if (line.StartsWith("error ", StringComparison.Ordinal))
        {
            throw new ContainerException($"container init: {line[6..]}");
        }

        return line == keyword || line.StartsWith(keyword + " ", StringComparison.Ordinal)
            ? line
            : throw new ContainerException($"container init: expected \"{keyword}\", got \"{line}\"");
    }

    public int WaitForExit()
    {
        _reaped = true;
        return Native.WaitForExit(ShimPid);
    }

    /// <summary>Kills what was started (used when create fails half-way) and reaps the shim.</summary>
    public void Abort()
    {
        if (Pid > 0)
        {
            Native.Kill(Pid, Native.SigKill);
        }

        if (!_reaped)
        {
            Native.Kill(ShimPid, Native.SigKill);
            WaitForExit();
        }
    }

    public void Dispose()
    {
        if (!_closed)
        {
            _closed = true;
            Native.Close(_control);
        }
    }

    private void Send(byte[] bytes)
    {
        try
        {
            Native.SendAll(_control, bytes);
        }
        catch (IOException e)
        {
            // The shim stopped reading because it failed: its last line says why.
            var report = Attempt(ReadLine);
            throw new ContainerException(report is not null && report.StartsWith("error ", StringComparison.Ordinal)
                ? $"container init: {report[6..]}"
                : $"container init went away: {e.Message}", e);
        }
    }

    private static string? Attempt(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (ContainerException)
        {
            return null;
        }
    }

    /// <summary>Reads up to the next newline; the shim and init write whole lines, so one recv usually returns one.</summary>
    private string ReadLine()
    {
        var line = new StringBuilder();
        try
        {
            while (true)
            {
                if (_consumed == _buffered)
                {
                    _consumed = 0;
                    _buffered = Native.Receive(_control, _buffer, _timeout);
                    if (_buffered == 0)
                    {
                        break;
                    }
                }

                byte next = _buffer[_consumed++];
                if (next == '\n')
                {
                    break;
                }

                line.Append((char)next);
            }
        }
        catch (IOException e)
        {
            throw new ContainerException($"container init did not answer: {e.Message}", e);
        }

        return line.Length > 0 ? line.ToString() : throw new ContainerException("container init exited without reporting (see its stderr)");
    }
}
