namespace Hawk.Cli.Output;

/// <summary>
/// Calls back on the reporting thread. Unlike Progress&lt;T&gt;, nothing is posted elsewhere, so lines never arrive
/// after the work they describe has finished.
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
