using YamlDotNet.Core;

namespace Hawk.Harness.Yaml;

/// <summary>Builds the typed exception of one kind of YAML file at a position in that file.</summary>
internal sealed class YamlErrors(string filePath, Func<string, int, int, string, Exception?, YamlFileException> create)
{
    public string FilePath => filePath;

    public YamlFileException At(Mark mark, string detail, Exception? inner = null) =>
        create(filePath, (int)mark.Line, (int)mark.Column, detail, inner);

    public static YamlErrors ForManifest(string filePath) =>
        new(filePath, (path, line, column, detail, inner) => new SuiteManifestException(path, line, column, detail, inner));

    public static YamlErrors ForExpectations(string filePath) =>
        new(filePath, (path, line, column, detail, inner) => new ExpectationsException(path, line, column, detail, inner));
}
