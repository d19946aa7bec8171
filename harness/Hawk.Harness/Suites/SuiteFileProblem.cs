namespace Hawk.Harness.Suites;

/// <summary>Why one file of a suite's data does not match its manifest.</summary>
public abstract record SuiteFileProblem(SuiteFile File)
{
    public abstract string Description { get; }

    public sealed override string ToString() => $"{File.Path}: {Description}";
}

public sealed record MissingFile(SuiteFile File) : SuiteFileProblem(File)
{
    public override string Description => "missing";
}

public sealed record SizeMismatch(SuiteFile File, long ActualBytes) : SuiteFileProblem(File)
{
    public override string Description => $"{ActualBytes} bytes, expected {File.Bytes}";
}

public sealed record DigestMismatch(SuiteFile File, string ActualSha256) : SuiteFileProblem(File)
{
    public string ExpectedSha256 => File.Sha256;

    public override string Description => $"sha256 {ActualSha256}, expected {ExpectedSha256}";
}
