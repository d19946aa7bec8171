import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class LambdaStackTrace {
    static int check(int x) {
        if (x == 3) throw new IllegalArgumentException("bad element " + x);
        return x * 2;
    }

    public static void main(String[] args) {
        try {
            List.of(1, 2, 3, 4).stream().map(LambdaStackTrace::check).collect(Collectors.toList());
        } catch (IllegalArgumentException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(e.getMessage() + " at " + top.getMethodName() + ":" + top.getLineNumber());
        }
        Function<Integer, Integer> f = x -> 10 / x;
        try {
            f.apply(0);
        } catch (ArithmeticException e) {
            e.printStackTrace();
        }
        Runnable r = () -> {
            Supplier<String> inner = () -> { throw new UnsupportedOperationException("from inner lambda"); };
            inner.get();
        };
        try {
            r.run();
        } catch (UnsupportedOperationException e) {
            e.printStackTrace();
        }
        Comparator<String> broken = (a, b) -> { throw new IllegalStateException("compare " + a + " " + b); };
        try {
            new ArrayList<>(List.of("x", "y")).sort(broken);
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage() + " " + e.getStackTrace()[0].getMethodName().startsWith("lambda$"));
        }
        int[] data = { 5, 0, 2 };
        try {
            IntStream.of(data).map(x -> 100 / x).sum();
        } catch (ArithmeticException e) {
            System.out.println("stream: " + e.getMessage());
        }
    }
}
