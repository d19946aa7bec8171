using System.Diagnostics;
using Hawk.Labs.Definition;
using Hawk.Labs.Judges;
using Hawk.Labs.Regions;
using Hawk.Labs.Sandboxing;

namespace Hawk.Labs.Grading;

/// <summary>
/// Coverage of the student's code: replays every graded part's requests through the probe inside a test host with
/// Coverlet's collector (sandboxed like the graded runs), then ReportGenerator writes HTML, Cobertura and a Markdown
/// summary filtered to the files the student wrote. Coverage informs; it never changes the score.
/// </summary>
internal static class CoverageRun
{
    public const string RequestsFile = "requests.jsonl";
    private const string ProjectName = "Hawk.Labs.Coverage.Tests";

    public sealed record Request(LabSources Sources, DirectoryInfo Source, DirectoryInfo Workspace, IReadOnlyList<PartResult> Parts, JudgeContext Context, DirectoryInfo Output);

    /// <summary>Writes the replay test project into the workspace; building it builds the probe too. Returns its path.</summary>
    public static string WriteProject(DirectoryInfo source)
    {
        var folder = Directory.CreateDirectory(Path.Combine(source.FullName, "harness", ProjectName));
        File.WriteAllText(Path.Combine(folder.FullName, ProjectName + ".csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="../Hawk.Labs.Probe/Hawk.Labs.Probe.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder.FullName, "Replay.cs"), """
            using Hawk.Labs.Probe;

            namespace Hawk.Labs.Coverage.Tests;

            /// <summary>Replays the graded requests so that Coverlet sees which student code they reach.</summary>
            public class Replay
            {
                [Test]
                public void Graded_requests()
                {
                    var path = Environment.GetEnvironmentVariable("LAB_REQUESTS") ?? "";
                    using var reader = new StreamReader(path);
                    var answers = new StringWriter();
                    ProbeHost.Serve(reader, answers);
                    Assert.That(answers.ToString(), Is.Not.Empty);
                }
            }
            """);
        return Path.Combine(folder.FullName, ProjectName + ".csproj");
    }

    /// <summary>The coverlet.collector package's folder in the NuGet cache, at the version Directory.Packages.props pins.</summary>
    private static string CollectorFolder(DirectoryInfo repositoryRoot)
    {
        var pins = File.ReadAllText(Path.Combine(repositoryRoot.FullName, "Directory.Packages.props"));
        var version = System.Text.RegularExpressions.Regex.Match(pins, "\"coverlet.collector\" Version=\"([^\"]+)\"").Groups[1].Value;
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(cache, "coverlet.collector", version, "build", "net10.0");
    }

    private static string Tail(string text) => text.Length <= 3000 ? text.Trim() : text[^3000..].Trim();

    /// <remarks>Coverlet rewrites the build output in place, so this run may write the whole workspace; it runs after every verdict is final.</remarks>
    public static async Task CollectAsync(Request request, CancellationToken cancellation)
    {
        var run = request.Workspace.CreateSubdirectory("run-coverage");
        var requests = Path.Combine(run.FullName, RequestsFile);
        await File.WriteAllLinesAsync(requests, request.Sources.Lab.Parts
            .Select(part => Path.Combine(request.Workspace.FullName, "run-" + part.Id, RequestsFile))
            .Where(File.Exists)
            .SelectMany(File.ReadLines), cancellation).ConfigureAwait(false);

        // The replay hosts the test platform and Coverlet besides the student's code, and the verdicts are final by
        // now: 3 GiB of heap leaves it room (a loaded machine's thread pool adds thread stacks to the address space).
        var limits = new ResourceLimits(
            TimeSpan.FromSeconds(60) + request.Sources.Lab.Parts.Aggregate(TimeSpan.Zero, (sum, part) => sum + part.Limits.Time),
            Math.Max(3L * 1024 * 1024 * 1024, request.Sources.Lab.Parts.Max(part => part.Limits.MemoryBytes)));
        // vstest.console directly: `dotnet test` would first evaluate the project with MSBuild inside the sandbox's limits.
        var binary = Path.Combine(request.Source.FullName, "harness", ProjectName, "bin", "Release", "net10.0");
        var results = Path.Combine(run.FullName, "results");
        var outcome = await Sandbox.RunAsync(new SandboxRequest("dotnet",
            ["vstest", Path.Combine(binary, ProjectName + ".dll"), "--collect:XPlat Code Coverage", $"--ResultsDirectory:{results}", $"--TestAdapterPath:{CollectorFolder(request.Sources.RepositoryRoot)}"],
            request.Workspace, request.Context.Hidden, limits, Environment: new Dictionary<string, string> { ["LAB_REQUESTS"] = requests },
            Visible: [CollectorFolder(request.Sources.RepositoryRoot)], NestedContainers: request.Sources.Lab.Parts.Any(part => part.Judge is ContainerBundleJudge)), cancellation).ConfigureAwait(false);
        var cobertura = Directory.Exists(results) ? Directory.EnumerateFiles(results, "coverage.cobertura.xml", SearchOption.AllDirectories).FirstOrDefault() : null;
        request.Output.Create();
        if (cobertura is null)
        {
            await File.WriteAllTextAsync(Path.Combine(request.Output.FullName, "SummaryGithub.md"),
                $"# Coverage\n\nNo coverage was collected (the replay {(outcome.TimedOut ? "timed out" : $"exited with {outcome.ExitCode}")}).\n\n```\n{Tail(outcome.StandardOutput + outcome.StandardError)}\n```\n", cancellation).ConfigureAwait(false);
            return;
        }

        await RenderAsync(cobertura, request.Sources, request.Output, null, cancellation).ConfigureAwait(false);
    }

    /// <summary>Assembly labs: the lines the graded runs executed (from the parts' coverage), rendered like the C# labs' coverage.</summary>
    public static async Task RenderAssemblyAsync(LabSources sources, DirectoryInfo source, IReadOnlyList<PartResult> parts, DirectoryInfo output, CancellationToken cancellation)
    {
        var lines = parts.SelectMany(part => part.Coverage ?? [])
            .GroupBy(line => (line.File, line.Line))
            .Select(group => group.MaxBy(line => line.Hits)!)
            .ToList();
        output.Create();
        var cobertura = Path.Combine(output.FullName, "assembly.cobertura.xml");
        await File.WriteAllTextAsync(cobertura, AssemblyCoverage.Cobertura(lines, source.FullName), cancellation).ConfigureAwait(false);
        await RenderAsync(cobertura, sources, output, source.FullName, cancellation).ConfigureAwait(false);
    }

    /// <summary>ReportGenerator: HTML, Cobertura and a Markdown summary, limited to the student's files.</summary>
    private static async Task RenderAsync(string cobertura, LabSources sources, DirectoryInfo output, string? sourceFolder, CancellationToken cancellation)
    {
        var filters = string.Join(';', sources.Lab.StudentFiles.Select(file => "+*" + Path.GetFileName(file)));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = sources.RepositoryRoot.FullName };
        string[] folders = sourceFolder is null ? [] : [$"-sourcedirs:{sourceFolder}"];
        foreach (var argument in new[] { "tool", "run", "reportgenerator", "--", $"-reports:{cobertura}", $"-targetdir:{output.FullName}",
                     "-reporttypes:Html;Cobertura;MarkdownSummaryGithub", $"-filefilters:{filters}", "-verbosity:Warning" }.Concat(folders))
        {
            start.ArgumentList.Add(argument);
        }

        var report = await BoundedProcess.RunAsync(start, null, TimeSpan.FromMinutes(2), 1 << 16, cancellation).ConfigureAwait(false);
        if (!report.Succeeded)
        {
            throw new LabConfigurationException($"ReportGenerator failed (run `dotnet tool restore`): {report.StandardError}{report.StandardOutput}");
        }
    }
}
