namespace Hawk.Jvm.Memory;

/// <summary>
/// The VM's heap: an arena of objects addressed by int references (0 is null), with a byte limit like -Xmx.
/// Allocation never collects by itself; the VM collects at safepoints (<see cref="ShouldCollect"/>) where all
/// live references are in frames, statics or handles, then allocates or throws OutOfMemoryError.
/// </summary>
public sealed class Heap
{
    private HeapObject?[] objects = new HeapObject?[1024];
    private readonly Stack<int> free = new();
    private int next = 1;

    public Heap(long limitBytes, IGarbageCollector collector)
    {
        Limit = limitBytes;
        Collector = collector;
        NextCollection = Math.Min(limitBytes, 16L << 20);
    }

    /// <summary>Maximum bytes of live objects (the -Xmx value).</summary>
    public long Limit { get; }
    public IGarbageCollector Collector { get; }

    /// <summary>Bytes of objects currently allocated (live or not yet collected).</summary>
    public long Used { get; private set; }
    public int Count { get; private set; }
    public int Collections { get; private set; }

    /// <summary>Used bytes above which the next safepoint collects.</summary>
    public long NextCollection { get; private set; }

    /// <summary>Highest reference handed out plus one: the collector's sweep bound.</summary>
    public int Capacity => next;

    public HeapObject this[int reference] => objects[reference]!;

    /// <summary>The object at a reference, or null for a free slot (used by collectors while sweeping).</summary>
    public HeapObject? At(int reference) => objects[reference];

    public bool IsLive(int reference) => reference > 0 && reference < next && objects[reference] is not null;

    public bool ShouldCollect(long upcoming) => Used + upcoming > NextCollection;

    public bool Fits(long upcoming) => Used + upcoming <= Limit;

    public int Allocate(HeapObject value)
    {
        int reference;
        if (free.Count > 0)
        {
            reference = free.Pop();
        }
        else
        {
            if (next == objects.Length)
            {
                Array.Resize(ref objects, objects.Length * 2);
            }

            reference = next++;
        }

        objects[reference] = value;
        Used += value.Size;
        Count++;
        return reference;
    }

    /// <summary>Releases an unreachable object's slot; only collectors call this.</summary>
    public void Free(int reference)
    {
        var value = objects[reference] ?? throw new InvalidOperationException($"reference {reference} is already free");
        objects[reference] = null;
        Used -= value.Size;
        Count--;
        free.Push(reference);
    }

    /// <summary>Runs the collector and sets the next trigger to twice the surviving bytes (bounded by the limit).</summary>
    public void Collect(IRootSet roots)
    {
        Collector.Collect(this, roots);
        Collections++;
        NextCollection = Math.Min(Limit, Math.Max(Used * 2, 16L << 20));
    }
}
