namespace Hawk.Harness.Configuration;

/// <summary>
/// What the harness reads from its surroundings. Injected so tests (and embedding hosts) can describe an
/// environment without mutating the process's.
/// </summary>
public interface IHawkEnvironment
{
    /// <summary>The value of an environment variable, or null when it is unset or empty.</summary>
    string? Variable(string name);

    string HomeDirectory { get; }

    string CurrentDirectory { get; }

    /// <summary>The folder the running program was loaded from (AppContext.BaseDirectory for a process).</summary>
    string BaseDirectory { get; }
}
