namespace Hawk.Cli;

/// <summary>The `hawk` command's exit codes.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something checked did not hold: a failing verdict, a suite file problem, a failed download.</summary>
    public const int Failure = 1;

    /// <summary>The command could not start: bad arguments, a malformed suite.yaml or expectations file, no repository.</summary>
    public const int Configuration = 2;
}
