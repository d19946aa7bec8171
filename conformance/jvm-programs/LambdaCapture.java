import java.util.*;
import java.util.function.*;

public class LambdaCapture {
    private int field = 1;
    private static int staticField = 100;

    Supplier<Integer> captureThis() { return () -> field * 10 + staticField; }

    static Function<Integer, Function<Integer, Integer>> curriedAdd() { return a -> b -> a + b; }

    static IntSupplier counter() {
        int[] box = { 0 };
        return () -> ++box[0];
    }

    public static void main(String[] args) {
        LambdaCapture lc = new LambdaCapture();
        Supplier<Integer> s = lc.captureThis();
        lc.field = 7;
        staticField = 3;
        System.out.println(s.get());
        System.out.println(curriedAdd().apply(3).apply(4));
        IntSupplier c1 = counter(), c2 = counter();
        c1.getAsInt(); c1.getAsInt();
        System.out.println(c1.getAsInt() + " " + c2.getAsInt());
        long big = 1L << 40;
        double d = 2.5;
        char ch = 'q';
        boolean flag = true;
        String str = "s";
        byte b = -3;
        short sh = 300;
        float f = 1.25f;
        Supplier<String> many = () -> big + " " + d + " " + ch + " " + flag + " " + str + " " + b + " " + sh + " " + f;
        System.out.println(many.get());
        Predicate<String> nonEmpty = x -> !x.isEmpty();
        Predicate<String> shortStr = x -> x.length() < 4;
        System.out.println(nonEmpty.and(shortStr).test("abc") + " " + nonEmpty.and(shortStr).test("abcd") + " " + nonEmpty.or(shortStr).test("") + " " + Predicate.not(nonEmpty).test("") + " " + Predicate.isEqual("x").test("x"));
        Function<Integer, Integer> inc = x -> x + 1, dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).apply(5) + " " + inc.compose(dbl).apply(5) + " " + Function.<Integer>identity().apply(9));
        BiFunction<Integer, Integer, Integer> mul = (x, y) -> x * y;
        System.out.println(mul.andThen(x -> "=" + x).apply(6, 7));
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> minBy = BinaryOperator.minBy(Comparator.naturalOrder());
        System.out.println(up.apply("up") + " " + minBy.apply(4, 2));
        List<Runnable> actions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int copy = i;
            actions.add(() -> System.out.print("action" + copy + " "));
        }
        actions.forEach(Runnable::run);
        System.out.println();
        Function<Integer, Integer>[] fib = new Function[1];
        fib[0] = n -> n < 2 ? n : fib[0].apply(n - 1) + fib[0].apply(n - 2);
        System.out.println(fib[0].apply(15));
        Runnable nested = () -> {
            Runnable inner = () -> System.out.println("inner lambda sees " + lc.field + " " + str);
            inner.run();
        };
        nested.run();
        Comparator<String> byLen = (x, y) -> x.length() - y.length();
        List<String> words = new ArrayList<>(List.of("ccc", "a", "bb", "dd"));
        words.sort(byLen.reversed().thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        Object o = (Runnable & java.io.Serializable) () -> {};
        System.out.println(o instanceof java.io.Serializable);
    }
}
