import java.util.*;

public class InterfaceMethods {
    interface Greeter {
        String name();
        default String greet() { return prefix() + ", " + name() + suffix(); }
        private String prefix() { return "Hello"; }
        private static String bang() { return "!"; }
        static String suffix() { return bang(); }
    }
    interface Loud extends Greeter {
        default String greet() { return Greeter.super.greet().toUpperCase(); }
    }
    interface Left { default String who() { return "left"; } }
    interface Right { default String who() { return "right"; } }
    static class Both implements Left, Right {
        public String who() { return Left.super.who() + "+" + Right.super.who(); }
    }
    static class Person implements Greeter {
        public String name() { return "Ann"; }
    }
    static class Shouter implements Loud {
        public String name() { return "Bob"; }
    }
    static class Polite extends Person {
        public String greet() { return "Dear " + super.greet(); }
    }
    interface Counter { int COUNT = compute(); static int compute() { return 42; } int next(); }
    abstract static class AbstractCounter implements Counter { int n; public int next() { return n += step(); } abstract int step(); }

    public static void main(String[] args) {
        System.out.println(new Person().greet());
        System.out.println(new Shouter().greet());
        System.out.println(new Polite().greet());
        System.out.println(new Both().who());
        System.out.println(Greeter.suffix() + " " + Counter.COUNT);
        AbstractCounter c = new AbstractCounter() { int step() { return 3; } };
        c.next(); c.next();
        System.out.println(c.next());
        List<Greeter> gs = List.of(new Person(), new Shouter(), () -> "Lambda");
        for (Greeter g : gs) System.out.println(g.greet());
        Comparable<String> cmp = "b"::compareTo;
        System.out.println(cmp.compareTo("a") + " " + (gs.get(0) instanceof Greeter) + " " + (gs.get(1) instanceof Loud));
    }
}
