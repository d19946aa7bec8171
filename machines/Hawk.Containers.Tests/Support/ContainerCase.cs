namespace Hawk.Containers.Tests.Support;

/// <summary>
/// A conformance case written once and run on hawker, runc and crun: a config edit, a busybox shell script run as
/// the container process, and what hawker must observe. The differential test compares the observations.
/// </summary>
/// <param name="Difference">Why a peer legitimately observes something else, when it does (the differential test then checks only hawker).</param>
public sealed record ContainerCase(string Name, string Script, Action<TestBundle> Configure, Action<RunResult> Verify, string? Difference = null)
{
    public override string ToString() => Name;
}
