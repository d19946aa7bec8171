import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

public class AtomicsAndLocals {
    static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder("init:"));
    static final ThreadLocal<Integer> PLAIN = new ThreadLocal<>();

    public static void main(String[] args) {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.incrementAndGet() + " " + ai.getAndIncrement() + " " + ai.addAndGet(10) + " " + ai.compareAndSet(17, 1) + " " + ai.get() + " " + ai.updateAndGet(x -> x * 7) + " " + ai.accumulateAndGet(3, Math::max) + " " + ai.getAndUpdate(x -> -x) + " " + ai);
        AtomicLong al = new AtomicLong(Long.MAX_VALUE);
        System.out.println(al.incrementAndGet() + " " + al.decrementAndGet() + " " + al.getAndAdd(-5) + " " + al.compareAndExchange(Long.MAX_VALUE - 5, 0) + " " + al.get());
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab.compareAndSet(false, true) + " " + ab.get() + " " + ab.getAndSet(false) + " " + ab);
        AtomicReference<String> ar = new AtomicReference<>("a");
        System.out.println(ar.compareAndSet("a", "b") + " " + ar.get() + " " + ar.getAndUpdate(s -> s + "c") + " " + ar.accumulateAndGet("d", String::concat) + " " + ar.compareAndSet("x", "y"));
        AtomicIntegerArray arr = new AtomicIntegerArray(5);
        for (int i = 0; i < 5; i++) arr.addAndGet(i, i * i);
        arr.incrementAndGet(4);
        System.out.println(arr + " " + arr.length() + " " + arr.compareAndSet(0, 0, 100) + " " + arr.get(0));
        AtomicLongArray la = new AtomicLongArray(new long[] { 1, 2 });
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] { "x", null });
        ra.compareAndSet(1, null, "y");
        System.out.println(la.getAndAdd(1, 40) + " " + la + " " + ra);
        LongAdder adder = new LongAdder();
        for (int i = 0; i < 100; i++) adder.add(i);
        adder.increment();
        System.out.println(adder.sum() + " " + adder + " " + adder.sumThenReset() + " " + adder.sum());
        LongAccumulator maxAcc = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (long v : new long[] { 3, 99, -4 }) maxAcc.accumulate(v);
        System.out.println(maxAcc.get());
        BUFFER.get().append("x");
        BUFFER.get().append("y");
        System.out.println(BUFFER.get() + " " + PLAIN.get());
        PLAIN.set(7);
        System.out.println(PLAIN.get());
        PLAIN.remove();
        BUFFER.remove();
        System.out.println(PLAIN.get() + " " + BUFFER.get());
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        for (String w : "a b c a b a".split(" ")) chm.merge(w, 1, Integer::sum);
        chm.computeIfAbsent("d", k -> 4);
        System.out.println(new TreeMap<>(chm) + " " + chm.getOrDefault("z", 0) + " " + chm.reduceValues(1, Integer::sum) + " " + chm.mappingCount());
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        for (Integer i : cow) cow.add(i * 10);
        System.out.println(cow);
        ConcurrentLinkedQueue<String> q = new ConcurrentLinkedQueue<>(List.of("p", "q"));
        q.offer("r");
        System.out.println(q.poll() + " " + q + " " + new ConcurrentSkipListMap<>(Map.of(3, "c", 1, "a", 2, "b")));
    }
}
