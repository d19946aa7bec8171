using Hawk.Harness.Results;
using Hawk.Harness.Running;

namespace Hawk.Harness.Reports;

/// <summary>Where a case's artefacts are written: artefacts/&lt;suite&gt;/&lt;case&gt;/&lt;name&gt; with every segment made file-name safe.</summary>
public static class ArtefactFiles
{
    public const string Folder = "artefacts";

    /// <summary>The artefact's path relative to the reports folder, with forward slashes.</summary>
    public static string RelativePath(SuiteCaseKey key, Artefact artefact) =>
        $"{Folder}/{SafeSegment(key.SuiteId)}/{SafeSegment(key.CaseId)}/{SafeSegment(artefact.Name)}";

    /// <summary>Replaces &lt;reports&gt;/artefacts/ with the artefacts of <paramref name="report"/>, so the folder matches run.json.</summary>
    public static void ReplaceAll(RunReport report, DirectoryInfo reportsDirectory)
    {
        var folder = new DirectoryInfo(Path.Combine(reportsDirectory.FullName, Folder));
        if (folder.Exists)
        {
            folder.Delete(recursive: true);
        }

        foreach (var result in report.Results)
        {
            Write(result.Key, result.Result.Artefacts, reportsDirectory);
        }
    }

    /// <summary>Writes each artefact under <paramref name="baseDirectory"/> and returns the files, in artefact order.</summary>
    public static IReadOnlyList<FileInfo> Write(SuiteCaseKey key, IReadOnlyList<Artefact> artefacts, DirectoryInfo baseDirectory) =>
        artefacts.Select(artefact =>
        {
            var file = new FileInfo(Path.Combine(baseDirectory.FullName, RelativePath(key, artefact)));
            file.Directory!.Create();
            File.WriteAllBytes(file.FullName, artefact.Content.ToArray());
            return file;
        }).ToList();

    /// <summary>Letters, digits, '-', '_' and inner '.' survive; anything else becomes '_'.</summary>
    public static string SafeSegment(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).Trim('.');
        return safe.Length == 0 ? "_" : safe;
    }
}
