namespace Hawk.Containers.Runtime;

/// <summary>An operation the container's state or the host refuses (wrong status, unknown id, init failure).</summary>
public sealed class ContainerException : Exception
{
    public ContainerException(string message) : base(message)
    {
    }

    public ContainerException()
    {
    }

    public ContainerException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
