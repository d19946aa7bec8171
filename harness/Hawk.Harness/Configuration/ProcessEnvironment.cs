namespace Hawk.Harness.Configuration;

/// <summary>The real process environment.</summary>
public sealed class ProcessEnvironment : IHawkEnvironment
{
    public static ProcessEnvironment Instance { get; } = new();

    private ProcessEnvironment()
    {
    }

    public string? Variable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string HomeDirectory => Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);

    public string CurrentDirectory => Environment.CurrentDirectory;

    public string BaseDirectory => AppContext.BaseDirectory;
}
