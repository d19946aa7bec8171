namespace Hawk.Jvm.Runtime;

/// <summary>Where a class is in loading, linking and initialization (JVMS 5.5).</summary>
public enum ClassState
{
    Loaded,
    Linked,
    Initializing,
    Initialized,
    Erroneous,
}
