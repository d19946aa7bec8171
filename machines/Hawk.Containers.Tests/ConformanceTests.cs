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
        var difference = testCase.DifferenceFor(peer);
        var expected = difference is null ? ours.Stdout : difference.Apply(ours.Stdout);
        Assert.Multiple(() =>
        {
            Assert.That(theirs.ExitCode, Is.EqualTo(ours.ExitCode), $"exit code; {peer}: {theirs}; hawker: {ours}");
            Assert.That(theirs.Stdout, Is.EqualTo(expected), $"what the container observed on {peer} (stderr: {theirs.Stderr.Trim()}); documented difference: {difference?.Reason ?? "none"}");
            if (difference is null)
            {
                // Agreement alone could be shared failure: the peer must also meet the case's expectations.
                testCase.Verify(theirs);
            }
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
