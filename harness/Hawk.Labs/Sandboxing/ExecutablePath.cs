namespace Hawk.Labs.Sandboxing;

/// <summary>Finds a program on $PATH, so a missing tool is reported as such rather than as a failed run.</summary>
public static class ExecutablePath
{
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
