namespace Hawk.Harness.Configuration;

/// <summary>Finds the repository root: the folder holding Hawk.sln.</summary>
public static class RepositoryRoot
{
    public const string Marker = "Hawk.sln";

    /// <summary>$HAWK_ROOT, else the nearest folder holding Hawk.sln above the current directory, then above the program's folder.</summary>
    /// <exception cref="RepositoryRootNotFoundException">No such folder.</exception>
    public static DirectoryInfo Find(IHawkEnvironment? environment = null)
    {
        environment ??= ProcessEnvironment.Instance;
        var explicitRoot = environment.Variable(EnvironmentVariables.Root);
        if (explicitRoot is not null)
        {
            var root = new DirectoryInfo(explicitRoot);
            return File.Exists(Path.Combine(root.FullName, Marker))
                ? root
                : throw new RepositoryRootNotFoundException(
                    $"${EnvironmentVariables.Root} is '{explicitRoot}', which holds no {Marker}.");
        }

        string[] starts = [environment.CurrentDirectory, environment.BaseDirectory];
        return starts.Select(SearchUpwards).FirstOrDefault(found => found is not null)
            ?? throw new RepositoryRootNotFoundException(
                $"No {Marker} above '{starts[0]}' or '{starts[1]}'. Run from inside the Hawk repository or set ${EnvironmentVariables.Root}.");
    }

    private static DirectoryInfo? SearchUpwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder;
            }
        }

        return null;
    }
}

public sealed class RepositoryRootNotFoundException(string message) : Exception(message);
