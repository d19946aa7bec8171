namespace Hawk.Jvm.Verification;

/// <summary>
/// What the verifier asks about classes other than the one it checks (JVMS 4.10.1.2 isJavaAssignable and the
/// protected check of 4.10.1.8). The VM answers by loading classes, as HotSpot's verifier does.
/// </summary>
public interface IClassHierarchy
{
    bool IsInterface(string className);

    /// <summary>Whether <paramref name="subclass"/> is <paramref name="superclass"/> or extends it.</summary>
    bool IsSubclassOf(string subclass, string superclass);

    /// <summary>
    /// Whether the member a reference to <paramref name="owner"/>.<paramref name="name"/> resolves to is protected
    /// and declared outside the run-time package of <paramref name="currentClass"/>.
    /// </summary>
    bool IsProtectedElsewhere(string owner, string name, string descriptor, bool isMethod, string currentClass);
}

/// <summary>Answers every question with "allowed": for computing types of code that is already trusted.</summary>
public sealed class TrustingHierarchy : IClassHierarchy
{
    public static readonly TrustingHierarchy Instance = new();

    public bool IsInterface(string className) => true;

    public bool IsSubclassOf(string subclass, string superclass) => true;

    public bool IsProtectedElsewhere(string owner, string name, string descriptor, bool isMethod, string currentClass) => false;
}
