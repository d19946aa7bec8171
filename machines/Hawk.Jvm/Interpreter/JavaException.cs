namespace Hawk.Jvm.Interpreter;

/// <summary>
/// A Java exception travelling up the host stack: carries the heap reference of the Throwable.
/// The thread also keeps the reference (<see cref="JThread.InFlight"/>) so a collection cannot free it.
/// </summary>
public sealed class JavaException : Exception
{
    public JavaException(int throwable) : base("Java exception")
    {
        Throwable = throwable;
    }

    public JavaException()
    {
    }

    public JavaException(string message) : base(message)
    {
    }

    public JavaException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int Throwable { get; }
}

/// <summary>The program called System.exit / Runtime.halt: unwinds every frame and ends the run.</summary>
public sealed class JavaExitException : Exception
{
    public JavaExitException(int status) : base($"exit {status}")
    {
        Status = status;
    }

    public JavaExitException()
    {
    }

    public JavaExitException(string message) : base(message)
    {
    }

    public JavaExitException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public int Status { get; }
}

/// <summary>The run's instruction or wall-time budget ran out.</summary>
public sealed class BudgetExceededException : Exception
{
    public BudgetExceededException(string message) : base(message)
    {
    }

    public BudgetExceededException()
    {
    }

    public BudgetExceededException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>A native method the VM does not implement was called.</summary>
public sealed class MissingNativeException : Exception
{
    public MissingNativeException(string message) : base(message)
    {
    }

    public MissingNativeException()
    {
    }

    public MissingNativeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>
/// An exception the interpreter raises itself (NullPointerException, ArithmeticException...): thrown as this cheap
/// host exception and turned into the Java object by the frame that raised it, once its pc is recorded, so the
/// stack trace and the helpful NullPointerException message see the faulting instruction.
/// </summary>
internal sealed class ImplicitJavaError(string className, string? javaMessage) : Exception(javaMessage ?? className)
{
    public string ClassName { get; } = className;

    public string? JavaMessage { get; } = javaMessage;
}
