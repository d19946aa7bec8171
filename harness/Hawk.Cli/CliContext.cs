using Hawk.Harness.Configuration;
using Hawk.Harness.Running;
using Hawk.Harness.Suites;
using Hawk.Harness.Yaml;
using Spectre.Console;

namespace Hawk.Cli;

/// <summary>What every command shares: adapters, output, environment, and settings resolved on first use.</summary>
internal sealed class CliContext
{
    private readonly Lazy<ConformanceSession> _session;

    public CliContext(IReadOnlyList<ISuiteAdapter> adapters, TextWriter output, TextWriter error, IHawkEnvironment environment, bool interactive)
    {
        Adapters = adapters;
        Out = output;
        Error = error;
        Interactive = interactive;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            Console.Profile.Width = 160; // logs are read in wide viewers; do not wrap tables at 80 columns
        }

        _session = new Lazy<ConformanceSession>(() => new ConformanceSession(HawkSettings.From(environment)));
    }

    public IReadOnlyList<ISuiteAdapter> Adapters { get; }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Output is a terminal: draw progress bars and colour; otherwise (CI, files, tests) print plain lines.</summary>
    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    /// <exception cref="RepositoryRootNotFoundException">Not inside a Hawk checkout and $HAWK_ROOT unset.</exception>
    public ConformanceSession Session => _session.Value;

    public HawkSettings Settings => Session.Settings;

    /// <summary>Runs a command body, turning configuration errors into a clear message and <see cref="ExitCodes.Configuration"/>.</summary>
    public async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Exception e) when (e is YamlFileException or RepositoryRootNotFoundException or InvalidSettingException
                                      or UnknownSuiteException or RunSelectionException)
        {
            await Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitCodes.Configuration;
        }
    }

    public Task<int> GuardAsync(Func<int> body) => GuardAsync(() => Task.FromResult(body()));

    /// <summary>Reports broken manifests; true when there are any (the caller then exits with <see cref="ExitCodes.Configuration"/>).</summary>
    public bool ReportBrokenManifests()
    {
        foreach (var error in Session.Catalog.Errors)
        {
            Error.WriteLine(error.Message);
        }

        return Session.Catalog.Errors.Count > 0;
    }
}
