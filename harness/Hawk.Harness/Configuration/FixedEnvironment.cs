namespace Hawk.Harness.Configuration;

/// <summary>An environment described in full by its creator: for tests and hosts that must not read the process's.</summary>
public sealed class FixedEnvironment(
    IReadOnlyDictionary<string, string> variables,
    string homeDirectory,
    string currentDirectory,
    string? baseDirectory = null) : IHawkEnvironment
{
    public string? Variable(string name) =>
        variables.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public string HomeDirectory => homeDirectory;

    public string CurrentDirectory => currentDirectory;

    public string BaseDirectory => baseDirectory ?? currentDirectory;
}
