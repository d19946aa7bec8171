namespace Hawk.Containers.Tests.Support;

/// <summary>
/// A conformance case written once and run on hawker, runc and crun: a config edit, a busybox shell script run as
/// the container process, and what hawker must observe. The differential test compares the observations.
/// </summary>
/// <param name="Differences">Where a peer observes something else, why, and what it observes (checked, so the list stays true).</param>
public sealed record ContainerCase(string Name, string Script, Action<TestBundle> Configure, Action<RunResult> Verify, params PeerDifference[] Differences)
{
    public PeerDifference? DifferenceFor(string peer) => Differences.SingleOrDefault(d => d.Peer == peer);

    public override string ToString() => Name;
}

/// <summary>The peer prints hawker's output with the regular expression <paramref name="Ours"/> replaced by <paramref name="Theirs"/>.</summary>
public sealed record PeerDifference(string Peer, string Reason, string Ours, string Theirs)
{
    public string Apply(string hawkerStdout) => System.Text.RegularExpressions.Regex.Replace(hawkerStdout, Ours, Theirs);
}
