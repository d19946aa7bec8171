using System.Text.Json;

namespace Hawk.Harness.Reports.Comparison;

/// <summary>Reads a run to compare from a run.json file or a reports folder holding one.</summary>
public static class RunSource
{
    /// <exception cref="RunSourceException">The path is neither, or its run.json cannot be read.</exception>
    public static RunDocument Read(string path)
    {
        var file = Directory.Exists(path) ? new FileInfo(Path.Combine(path, JsonReportWriter.FileName)) : new FileInfo(path);
        if (!file.Exists)
        {
            throw new RunSourceException($"{file.FullName} does not exist: give a run.json file or a reports folder holding one.");
        }

        try
        {
            var run = ReportJson.ReadRun(file);
            return run.Schema == RunDocument.CurrentSchema
                ? run
                : throw new RunSourceException($"{file.FullName} has schema '{run.Schema}'; expected '{RunDocument.CurrentSchema}'.");
        }
        catch (JsonException e)
        {
            throw new RunSourceException($"{file.FullName} is not a Hawk run document: {e.Message}");
        }
    }
}

public sealed class RunSourceException(string message) : Exception(message);
