namespace Hawk.Containers.Spec;

/// <summary>An invalid config.json: <see cref="Field"/> is the JSON path of the offending value (e.g. process.args[0]).</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string field, string problem) : base(field.Length == 0 ? problem : $"{field}: {problem}")
    {
        Field = field;
    }

    public ConfigException()
    {
        Field = "";
    }

    public ConfigException(string message, Exception innerException) : base(message, innerException)
    {
        Field = "";
    }

    public string Field { get; }
}
