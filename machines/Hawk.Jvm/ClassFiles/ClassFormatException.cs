namespace Hawk.Jvm.ClassFiles;

/// <summary>
/// A class file the JVM must reject while loading. <see cref="JavaErrorClass"/> names the Java error HotSpot throws
/// (java/lang/ClassFormatError or java/lang/UnsupportedClassVersionError); the message says where and what.
/// </summary>
public sealed class ClassFormatException : Exception
{
    public ClassFormatException(string javaErrorClass, string javaMessage, long offset) : base($"{javaMessage} (at byte offset {offset})")
    {
        JavaErrorClass = javaErrorClass;
        JavaMessage = javaMessage;
        Offset = offset;
    }

    public ClassFormatException()
    {
        JavaErrorClass = "java/lang/ClassFormatError";
    }

    public ClassFormatException(string message) : base(message)
    {
        JavaErrorClass = "java/lang/ClassFormatError";
    }

    public ClassFormatException(string message, Exception innerException) : base(message, innerException)
    {
        JavaErrorClass = "java/lang/ClassFormatError";
    }

    public string JavaErrorClass { get; } = "java/lang/ClassFormatError";

    /// <summary>The message the Java error carries, worded as HotSpot words it (without the offset).</summary>
    public string JavaMessage { get; } = "";

    /// <summary>Byte offset in the class file where the problem was found.</summary>
    public long Offset { get; }
}
