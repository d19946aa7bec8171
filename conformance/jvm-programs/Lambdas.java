import java.util.function.*;
public class Lambdas {
    interface Op { int apply(int a, int b); }
    private int base = 10;
    int add(int x) { return x + base; }
    public static void main(String[] args) {
        Op plus = (a, b) -> a + b;
        System.out.println(plus.apply(2, 3));
        int k = 7;
        IntUnaryOperator f = x -> x * k;
        System.out.println(f.applyAsInt(6));
        Function<String, Integer> len = String::length;
        System.out.println(len.apply("hello"));
        Lambdas l = new Lambdas();
        Function<Integer, Integer> g = l::add;
        System.out.println(g.apply(5));
        Supplier<StringBuilder> s = StringBuilder::new;
        System.out.println(s.get().append("sb").toString());
        String name = "x";
        System.out.println("name=" + name + " k=" + k + " d=" + 1.5 + " c=" + 'c' + " null=" + null);
    }
}
