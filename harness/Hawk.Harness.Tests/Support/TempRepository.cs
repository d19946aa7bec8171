using System.Security.Cryptography;
using System.Text;
using Hawk.Harness.Configuration;
using Hawk.Harness.Running;

namespace Hawk.Harness.Tests.Support;

/// <summary>A throw-away Hawk checkout: Hawk.sln, conformance/suites, conformance/expectations, a home folder and suite roots.</summary>
internal sealed class TempRepository : IDisposable
{
    public TempRepository()
    {
        Base = Directory.CreateTempSubdirectory("hawk-test-");
        Root = Base.CreateSubdirectory("repo");
        Home = Base.CreateSubdirectory("home");
        SuitesRoot = Base.CreateSubdirectory("suites");
        Shared = Base.CreateSubdirectory("shared/conformance");
        File.WriteAllText(Path.Combine(Root.FullName, RepositoryRoot.Marker), "");
    }

    public DirectoryInfo Base { get; }

    public DirectoryInfo Root { get; }

    public DirectoryInfo Home { get; }

    /// <summary>The $HAWK_SUITES root.</summary>
    public DirectoryInfo SuitesRoot { get; }

    /// <summary>&lt;base&gt;/shared/conformance; the repository sits at &lt;base&gt;/repo, so this is &lt;repo&gt;/../shared/conformance.</summary>
    public DirectoryInfo Shared { get; }

    public DirectoryInfo Reports => new(Path.Combine(Base.FullName, "reports"));

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public IHawkEnvironment Environment(bool requireSuites = false)
    {
        var variables = new Dictionary<string, string>(Variables)
        {
            [EnvironmentVariables.Root] = Root.FullName,
            [EnvironmentVariables.Suites] = SuitesRoot.FullName,
        };
        if (requireSuites)
        {
            variables[EnvironmentVariables.RequireSuites] = "1";
        }

        return new FixedEnvironment(variables, Home.FullName, Base.FullName);
    }

    public HawkSettings Settings(bool requireSuites = false) => HawkSettings.From(Environment(requireSuites));

    public ConformanceSession Session(bool requireSuites = false) => new(Settings(requireSuites));

    public string WriteManifest(string folder, string yaml)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Root.FullName, "conformance", "suites", folder));
        var path = Path.Combine(directory.FullName, "suite.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    public string WriteExpectations(string machine, string yaml)
    {
        var directory = Directory.CreateDirectory(Path.Combine(Root.FullName, "conformance", "expectations"));
        var path = Path.Combine(directory.FullName, machine + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    /// <summary>Writes data files into &lt;root&gt;/&lt;id&gt;/ and a manifest pinning them (machine "fake", one upstream with a url template).</summary>
    public void AddSuite(string id, DirectoryInfo dataRoot, params (string Path, string Content)[] files)
    {
        foreach (var (path, content) in files)
        {
            var file = new FileInfo(Path.Combine(dataRoot.FullName, id, path));
            file.Directory!.Create();
            File.WriteAllText(file.FullName, content);
        }

        WriteManifest(id, ManifestYaml(id, files));
    }

    public static string ManifestYaml(string id, (string Path, string Content)[] files, string machine = "fake", string budget = "", string url = "http://127.0.0.1:1/{repository}/{commit}/{source}")
    {
        var text = new StringBuilder($"""
            id: {id}
            title: Suite {id}
            machine: {machine}
            {budget}
            upstream:
              - repository: example/{id}
                commit: 0123456789abcdef0123456789abcdef01234567
                licence: test data
                url: "{url}"
            files:

            """);
        foreach (var (path, content) in files)
        {
            text.Append($"""
                  - path: {path}
                    source: upstream/{path}
                    sha256: {Sha256(content)}
                    bytes: {Encoding.UTF8.GetByteCount(content)}

                """);
        }

        return text.ToString();
    }

    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));

    public void Dispose() => Base.Delete(recursive: true);
}
