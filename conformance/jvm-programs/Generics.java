import java.util.*;
import java.util.function.*;

public class Generics {
    static class Box<T extends Comparable<T>> {
        private final List<T> items = new ArrayList<>();

        void add(T item) { items.add(item); }

        T max() {
            T best = items.get(0);
            for (T item : items) if (item.compareTo(best) > 0) best = item;
            return best;
        }
    }

    static <A, B> List<B> map(List<A> input, Function<? super A, ? extends B> f) {
        List<B> out = new ArrayList<>();
        for (A a : input) out.add(f.apply(a));
        return out;
    }

    static double sum(Collection<? extends Number> numbers) {
        double total = 0;
        for (Number n : numbers) total += n.doubleValue();
        return total;
    }

    static <T> void swap(T[] array, int i, int j) {
        T tmp = array[i];
        array[i] = array[j];
        array[j] = tmp;
    }

    @SafeVarargs
    static <T> int count(T... values) { return values.length; }

    record Pair<L, R>(L left, R right) {}

    public static void main(String[] args) {
        Box<String> box = new Box<>();
        box.add("pear"); box.add("apple"); box.add("zucchini"); box.add("fig");
        System.out.println(box.max());
        System.out.println(map(List.of(1, 2, 3), x -> x * 1.5));
        System.out.println(sum(List.of(1, 2.5, 3L)));
        String[] arr = { "a", "b", "c" };
        swap(arr, 0, 2);
        System.out.println(String.join("", arr));
        System.out.println(count() + " " + count(1) + " " + count("a", "b", "c"));
        Pair<String, Integer> p = new Pair<>("k", 9);
        System.out.println(p + " " + p.left().length() + " " + (p.right() + 1));
        Map<String, List<Integer>> multi = new TreeMap<>();
        for (int i = 0; i < 10; i++) multi.computeIfAbsent(i % 3 == 0 ? "three" : "other", k -> new ArrayList<>()).add(i);
        System.out.println(multi);
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        UnaryOperator<String> twice = s -> s + s;
        System.out.println(add.andThen(x -> x * 10).apply(2, 3) + " " + twice.apply("ab"));
        Optional<String> empty = Optional.empty();
        System.out.println(empty.map(String::length).orElse(-1) + " " + Optional.of("four").map(String::length).get());
    }
}
