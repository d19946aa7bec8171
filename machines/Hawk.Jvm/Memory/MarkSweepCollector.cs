namespace Hawk.Jvm.Memory;

/// <summary>
/// A non-moving mark-sweep collector: marks everything reachable from the roots with an explicit work stack
/// (no recursion, so deep lists cannot overflow the host stack), then frees every unmarked object.
/// </summary>
public sealed class MarkSweepCollector : IGarbageCollector
{
    public string Name => "mark-sweep";

    public void Collect(Heap heap, IRootSet roots)
    {
        MarkReachable(heap, roots);
        Sweep(heap);
    }

    /// <summary>Sets <see cref="HeapObject.Marked"/> on every object reachable from the roots (course lab 2's gc-mark region).</summary>
    private static void MarkReachable(Heap heap, IRootSet roots)
    {
        // BEGIN LAB gc-mark
        var pending = new Stack<int>();
        void Mark(int reference)
        {
            if (reference != 0 && heap.At(reference) is { Marked: false } value)
            {
                value.Marked = true;
                pending.Push(reference);
            }
        }

        roots.VisitRoots(Mark);
        while (pending.Count > 0)
        {
            var value = heap[pending.Pop()];
            if (value.Class.ElementKind == 'L')
            {
                foreach (int element in value.References)
                {
                    Mark(element);
                }
            }
            else
            {
                foreach (int slot in value.Class.ReferenceSlots)
                {
                    Mark((int)value.Fields[slot]);
                }
            }
        }
        // END LAB gc-mark
    }

    /// <summary>Frees every unmarked object and clears the marks for the next collection.</summary>
    private static void Sweep(Heap heap)
    {
        for (int reference = 1; reference < heap.Capacity; reference++)
        {
            var value = heap.At(reference);
            if (value is null)
            {
                continue;
            }

            if (value.Marked)
            {
                value.Marked = false;
            }
            else
            {
                heap.Free(reference);
            }
        }
    }
}
