namespace Hawk.Containers.Images;

/// <summary>A malformed or unsupported OCI image layout (names the file or blob and what was expected).</summary>
public sealed class ImageException : Exception
{
    public ImageException(string message) : base(message)
    {
    }

    public ImageException()
    {
    }

    public ImageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
