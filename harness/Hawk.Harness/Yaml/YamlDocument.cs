using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hawk.Harness.Yaml;

/// <summary>Loads a single-document YAML file whose root is a mapping, keeping line:column marks for every node.</summary>
internal static class YamlDocument
{
    public static MapReader LoadRoot(string text, YamlErrors errors)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(text));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw errors.At(e.Start, $"not valid YAML: {Unlocated(e.Message)}", e);
        }
        catch (InvalidOperationException e)
        {
            // Some malformed input trips YamlDotNet's scanner without a YamlException; where it stopped is the best location.
            throw errors.At(scanner.CurrentPosition, "not valid YAML: unexpected text", e);
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
