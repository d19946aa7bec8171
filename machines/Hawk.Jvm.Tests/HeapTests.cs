using Hawk.Jvm.Memory;
using Hawk.Jvm.Runtime;

namespace Hawk.Jvm.Tests;

/// <summary>The heap arena and the mark-sweep collector on hand-built object graphs (no Java code involved).</summary>
public class HeapTests
{
    private sealed class Roots(params int[] references) : IRootSet
    {
        public List<int> References { get; } = [.. references];

        public void VisitRoots(Action<int> visit) => References.ForEach(visit);
    }

    /// <summary>An array class of references: the collector traces its elements.</summary>
    private static JClass ReferenceArrayClass()
    {
        var element = new JClass("java/lang/Object", null, null, []);
        return new JClass("[Ljava/lang/Object;", element, null, []);
    }

    private static int NewArray(Heap heap, JClass type, int length) =>
        heap.Allocate(new HeapObject(type, [], new int[length], 16 + (4L * length)));

    [Test]
    public void Collects_unreachable_objects_and_keeps_reachable_ones()
    {
        var heap = new Heap(1 << 20, new MarkSweepCollector());
        var type = ReferenceArrayClass();
        int root = NewArray(heap, type, 2);
        int child = NewArray(heap, type, 1);
        int grandchild = NewArray(heap, type, 0);
        int garbage = NewArray(heap, type, 1);
        int garbageChild = NewArray(heap, type, 0);
        heap[root].References[0] = child;
        heap[child].References[0] = grandchild;
        heap[garbage].References[0] = garbageChild;

        heap.Collect(new Roots(root));

        Assert.That(heap.IsLive(root) && heap.IsLive(child) && heap.IsLive(grandchild), Is.True);
        Assert.That(heap.IsLive(garbage) || heap.IsLive(garbageChild), Is.False);
        Assert.That(heap.Count, Is.EqualTo(3));
        Assert.That(heap.Used, Is.EqualTo(16 + 8 + 16 + 4 + 16));
    }

    [Test]
    public void Cycles_without_roots_are_collected()
    {
        var heap = new Heap(1 << 20, new MarkSweepCollector());
        var type = ReferenceArrayClass();
        int a = NewArray(heap, type, 1);
        int b = NewArray(heap, type, 1);
        heap[a].References[0] = b;
        heap[b].References[0] = a;

        heap.Collect(new Roots());

        Assert.That(heap.Count, Is.Zero);
        Assert.That(heap.Used, Is.Zero);
    }

    [Test]
    public void Freed_slots_are_reused()
    {
        var heap = new Heap(1 << 20, new MarkSweepCollector());
        var type = ReferenceArrayClass();
        int first = NewArray(heap, type, 0);
        heap.Collect(new Roots());
        int second = NewArray(heap, type, 0);
        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void A_long_list_is_marked_without_recursion()
    {
        var heap = new Heap(64 << 20, new MarkSweepCollector());
        var type = ReferenceArrayClass();
        int head = NewArray(heap, type, 1), tail = head;
        for (int i = 0; i < 200_000; i++)
        {
            int next = NewArray(heap, type, 1);
            heap[tail].References[0] = next;
            tail = next;
        }

        heap.Collect(new Roots(head));
        Assert.That(heap.Count, Is.EqualTo(200_001));
    }
}
