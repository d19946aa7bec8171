import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class CustomIterables {
    static final class Range implements Iterable<Integer> {
        final int from, to, step;
        Range(int from, int to, int step) { this.from = from; this.to = to; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = from;
                public boolean hasNext() { return step > 0 ? next < to : next > to; }
                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException("range exhausted");
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static final class Fib implements Iterator<Long> {
        long a = 0, b = 1;
        public boolean hasNext() { return true; }
        public Long next() { long r = a; a = b; b = r + b; return r; }
    }

    static class Bag<T> extends AbstractCollection<T> {
        private final List<T> items = new ArrayList<>();
        @Override public boolean add(T t) { items.add(t); return true; }
        @Override public Iterator<T> iterator() { return items.iterator(); }
        @Override public int size() { return items.size(); }
    }

    static class Squares extends AbstractList<Integer> {
        public Integer get(int i) { if (i < 0 || i >= 10) throw new IndexOutOfBoundsException("square " + i); return i * i; }
        public int size() { return 10; }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 20, 3)) sb.append(i).append(' ');
        for (int i : new Range(10, 0, -4)) sb.append(i).append(' ');
        System.out.println(sb);
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        Fib fib = new Fib();
        List<Long> fibs = new ArrayList<>();
        while (fibs.size() < 15) fibs.add(fib.next());
        System.out.println(fibs);
        System.out.println(StreamSupport.stream(new Range(1, 6, 1).spliterator(), false).map(x -> x * x).collect(Collectors.toList()));
        Bag<String> bag = new Bag<>();
        bag.add("x"); bag.addAll(List.of("y", "z"));
        System.out.println(bag + " " + bag.size() + " " + bag.contains("y") + " " + bag.isEmpty() + " " + Arrays.toString(bag.toArray()));
        Squares sq = new Squares();
        System.out.println(sq + " " + sq.indexOf(49) + " " + sq.contains(50) + " " + sq.subList(2, 5) + " " + sq.equals(List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81)) + " " + sq.hashCode());
        try {
            sq.add(5);
        } catch (UnsupportedOperationException e) {
            System.out.println("AbstractList.add unsupported");
        }
        PrimitiveIterator.OfInt chars = "iterate".chars().iterator();
        int total = 0;
        while (chars.hasNext()) total += chars.nextInt();
        Spliterator<Integer> split = List.of(1, 2, 3, 4, 5, 6, 7, 8).spliterator();
        Spliterator<Integer> half = split.trySplit();
        System.out.println(total + " " + split.estimateSize() + " " + half.estimateSize());
        Supplier<Iterator<String>> words = () -> List.of("a", "b").iterator();
        Iterator<String> w = words.get();
        w.forEachRemaining(s -> System.out.print(s + ";"));
        System.out.println();
    }
}
