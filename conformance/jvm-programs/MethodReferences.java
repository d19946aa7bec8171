import java.util.*;
import java.util.function.*;

public class MethodReferences {
    static class Counter {
        int n;
        Counter() { this(100); }
        Counter(int n) { this.n = n; }
        int add(int k) { return n += k; }
        static int twice(int x) { return 2 * x; }
        String label() { return "Counter" + n; }
    }
    static class Base { String hello() { return "base hello"; } }
    static class Derived extends Base {
        String hello() { return "derived hello"; }
        Supplier<String> viaSuper() { return super::hello; }
        Supplier<String> viaThis() { return this::hello; }
    }
    static <T, R> List<R> mapAll(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) out.add(f.apply(t));
        return out;
    }

    public static void main(String[] args) {
        IntUnaryOperator staticRef = Counter::twice;
        Counter c = new Counter(5);
        IntUnaryOperator bound = c::add;
        Function<Counter, String> unbound = Counter::label;
        Supplier<Counter> ctor = Counter::new;
        IntFunction<Counter> ctorArg = Counter::new;
        IntFunction<int[]> arrayCtor = int[]::new;
        Function<Integer, String[]> arrayCtor2 = String[]::new;
        System.out.println(staticRef.applyAsInt(21) + " " + bound.applyAsInt(3) + " " + bound.applyAsInt(3) + " " + unbound.apply(c) + " " + ctor.get().n + " " + ctorArg.apply(7).label() + " " + arrayCtor.apply(4).length + " " + arrayCtor2.apply(2).getClass().getSimpleName());
        Derived d = new Derived();
        System.out.println(d.viaSuper().get() + " / " + d.viaThis().get());
        BiFunction<String, Integer, Character> charAt = String::charAt;
        Function<String, Integer> parse = Integer::parseInt;
        BinaryOperator<Integer> max = Math::max;
        Comparator<String> cmp = String::compareToIgnoreCase;
        System.out.println(charAt.apply("hello", 1) + " " + parse.apply("-17") + " " + max.apply(3, 9) + " " + cmp.compare("ABC", "abd"));
        System.out.println(mapAll(List.of("a", "bb", "ccc"), String::length) + " " + mapAll(List.of(1, 2), Integer::toBinaryString) + " " + mapAll(List.of(" x ", "y "), String::strip));
        Consumer<Object> printer = System.out::println;
        printer.accept("printed via System.out::println");
        Runnable r = Thread::yield;
        r.run();
        Function<String, String> chain = ((Function<String, String>) String::trim).andThen(String::toUpperCase).compose(s -> s + " !");
        System.out.println(chain.apply("  mixed Case"));
        Supplier<List<String>> listMaker = ArrayList::new;
        List<String> made = listMaker.get();
        made.add("z");
        BiConsumer<List<String>, String> adder = List::add;
        adder.accept(made, "w");
        System.out.println(made + " " + ((Predicate<String>) String::isEmpty).negate().test("") + " " + Objects.requireNonNullElseGet(null, () -> "dflt"));
        ToIntFunction<String> hash = String::hashCode;
        ToLongFunction<Long> unboxLong = Long::longValue;
        DoubleBinaryOperator pow = Math::pow;
        System.out.println(hash.applyAsInt("abc") + " " + unboxLong.applyAsLong(5L) + " " + pow.applyAsDouble(2, 10));
    }
}
