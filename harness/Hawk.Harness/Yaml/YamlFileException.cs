namespace Hawk.Harness.Yaml;

/// <summary>A YAML file Hawk reads is malformed: names the file, the 1-based line and column, and what was expected.</summary>
public abstract class YamlFileException : Exception
{
    protected YamlFileException(string filePath, int line, int column, string detail, Exception? inner = null)
        : base($"{filePath}:{line}:{column}: {detail}", inner)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Detail = detail;
    }

    public string FilePath { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>The message without the location prefix.</summary>
    public string Detail { get; }
}

/// <summary>conformance/suites/&lt;id&gt;/suite.yaml is malformed.</summary>
public sealed class SuiteManifestException(string filePath, int line, int column, string detail, Exception? inner = null)
    : YamlFileException(filePath, line, column, detail, inner);

/// <summary>conformance/expectations/&lt;machine&gt;.yaml is malformed.</summary>
public sealed class ExpectationsException(string filePath, int line, int column, string detail, Exception? inner = null)
    : YamlFileException(filePath, line, column, detail, inner);
