using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hawk.Harness.Yaml;

/// <summary>Loads a single-document YAML file whose root is a mapping, keeping line:column marks for every node.</summary>
internal static class YamlDocument
{
    public static MapReader LoadRoot(string text, YamlErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw errors.At(e.Start, $"not valid YAML: {Unlocated(e.Message)}", e);
        }

        if (stream.Documents.Count != 1)
        {
            throw errors.At(new Mark(0, 1, 1), $"expected exactly one YAML document, found {stream.Documents.Count}");
        }

        var root = stream.Documents[0].RootNode;
        return root is YamlMappingNode map
            ? new MapReader(map, "", errors)
            : throw errors.At(root.Start, "the document must be a mapping of keys to values");
    }

    // YamlDotNet prefixes messages with "(Line: l, Col: c, Idx: i) - (...): "; the location is reported separately.
    private static string Unlocated(string message)
    {
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut < 0 ? message : message[(cut + 3)..];
    }
}
