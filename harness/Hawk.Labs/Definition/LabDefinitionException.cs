using Hawk.Harness.Yaml;

namespace Hawk.Labs.Definition;

/// <summary>course-labs/&lt;id&gt;/lab.yaml is malformed: file, line:column and what was expected.</summary>
public sealed class LabDefinitionException(string filePath, int line, int column, string detail, Exception? inner = null)
    : YamlFileException(filePath, line, column, detail, inner);
