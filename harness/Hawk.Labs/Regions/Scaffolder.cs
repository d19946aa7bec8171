using System.Diagnostics;
using Hawk.Labs.Definition;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Regions;

/// <summary>Writes a lab's starter and proves that it builds.</summary>
public static class Scaffolder
{
    /// <summary>Every region stubbed: the student's starting point.</summary>
    public static void Write(LabSources sources, DirectoryInfo target) => sources.Materialise(target, _ => true);

    /// <summary>Builds a starter with the repository's own settings (warnings are errors); null when it builds, else the messages.</summary>
    public static async Task<string?> BuildAsync(LabSources sources, DirectoryInfo starter, CancellationToken cancellation = default)
    {
        var lab = sources.Lab;
        var commands = lab.Language == LabLanguage.CSharp
            ? lab.Projects.Select(project => ("dotnet", new[] { "build", Path.Combine(starter.FullName, project), "-nologo", "-v:q", "-clp:NoSummary" }))
            : lab.StudentFiles.Select(file => ("ca65", new[] { "-o", Path.Combine(starter.FullName, file + ".o"), Path.Combine(starter.FullName, file) }));
        foreach (var (program, arguments) in commands)
        {
            var start = new ProcessStartInfo(program) { WorkingDirectory = starter.FullName };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            var outcome = await BoundedProcess.RunAsync(start, null, TimeSpan.FromMinutes(5), 1 << 20, cancellation).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                return $"{program} {string.Join(' ', arguments)} failed:\n{(outcome.StandardOutput + outcome.StandardError).Trim()}";
            }
        }

        return null;
    }
}
