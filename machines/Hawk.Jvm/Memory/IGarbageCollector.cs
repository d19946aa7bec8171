namespace Hawk.Jvm.Memory;

/// <summary>
/// Where a collection starts: every reference the running program can still reach without going through the heap.
/// The VM enumerates class statics, class mirrors, interned strings, JNI-style handles and thread stacks.
/// </summary>
public interface IRootSet
{
    /// <summary>Calls <paramref name="visit"/> with every root reference (0, the null reference, may be passed and is ignored).</summary>
    void VisitRoots(Action<int> visit);
}

/// <summary>
/// A garbage collector for <see cref="Heap"/>: the replaceable part (a course lab). It must free every object not
/// reachable from the roots and keep every reachable one, calling <see cref="Heap.Free"/> for the dead.
/// </summary>
public interface IGarbageCollector
{
    string Name { get; }

    void Collect(Heap heap, IRootSet roots);
}
