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
        var pending = new Stack<int>();
        roots.VisitRoots(reference => Mark(heap, reference, pending));
        while (pending.Count > 0)
        {
            var value = heap[pending.Pop()];
            if (value.Class.ElementKind == 'L')
            {
                foreach (int element in value.References)
                {
                    Mark(heap, element, pending);
                }
            }
            else
            {
                foreach (int slot in value.Class.ReferenceSlots)
                {
                    Mark(heap, (int)value.Fields[slot], pending);
                }
            }
        }

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

    private static void Mark(Heap heap, int reference, Stack<int> pending)
    {
        if (reference != 0 && heap.At(reference) is { Marked: false } value)
        {
            value.Marked = true;
            pending.Push(reference);
        }
    }
}
