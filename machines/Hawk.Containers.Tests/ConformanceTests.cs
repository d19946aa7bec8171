using System.Collections.Concurrent;
using Hawk.Containers.Tests.Support;

namespace Hawk.Containers.Tests;

/// <summary>Every case on hawker (with its expectations), then side by side with runc and crun on the same bundle.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ConformanceTests
{
    private static readonly ConcurrentDictionary<string, RunResult> HawkerResults = new();
    private static int _sequence;

    public static IEnumerable<TestCaseData> Cases => ConformanceCases.All.Select(c => Slow(new TestCaseData(c.Name).SetName($"Hawker_{c.Name}"), c));

    public static IEnumerable<TestCaseData> PeerCases => ConformanceCases.All.SelectMany(c => new[] { "runc", "crun" }
        .Select(peer => Slow(new TestCaseData(c.Name, peer).SetName($"SameAs_{peer}_{c.Name}"), c)));

    [TestCaseSource(nameof(Cases))]
    public void Hawker_observes_what_the_spec_requires(string name)
    {
        Host.RequireContainers();
        var testCase = ConformanceCases.Named(name);
        var result = HawkerResult(testCase);
        Assert.That(result.Stderr, Does.Not.Contain("hawker:"), result.ToString());
        testCase.Verify(result);
    }

    [TestCaseSource(nameof(PeerCases))]
    public void Hawker_agrees_with_peer(string name, string peer)
    {
        Host.RequirePeer(peer);
        var testCase = ConformanceCases.Named(name);
        var theirs = Run(OciRuntime.ByName(peer), testCase);
        var ours = HawkerResult(testCase);
        Assert.Multiple(() =>
        {
            Assert.That(ours.ExitCode, Is.EqualTo(theirs.ExitCode), $"exit code; {peer}: {theirs}; hawker: {ours}");
            Assert.That(ours.Stdout, Is.EqualTo(theirs.Stdout), $"what the container observed; {peer} stderr: {theirs.Stderr}");
        });
    }

    private static RunResult HawkerResult(ContainerCase testCase) => HawkerResults.GetOrAdd(testCase.Name, _ => Run(OciRuntime.Hawker, testCase));

    private static RunResult Run(OciRuntime runtime, ContainerCase testCase)
    {
        using var bundle = ConformanceCases.Bundle(testCase);
        return runtime.Run(bundle, $"case-{Environment.ProcessId}-{Interlocked.Increment(ref _sequence)}");
    }

    private static TestCaseData Slow(TestCaseData data, ContainerCase testCase) =>
        testCase.Name.StartsWith("cpu-", StringComparison.Ordinal) ? data.SetCategory("slow") : data;
}
