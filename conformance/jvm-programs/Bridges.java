import java.util.*;

public class Bridges {
    static abstract class Animal implements Comparable<Animal> {
        abstract String name();
        Animal self() { return this; }
        public int compareTo(Animal other) { return name().compareTo(other.name()); }
    }

    static class Cat extends Animal {
        String name() { return "cat"; }
        @Override Cat self() { return this; } // covariant return: javac adds a bridge
        String meow() { return "meow"; }
    }

    interface Transformer<T> { T transform(T input); }

    static class Upper implements Transformer<String> {
        public String transform(String input) { return input.toUpperCase(); } // bridge transform(Object)
    }

    static class Base { static int shared = 5; static { System.out.println("Base init"); } }
    static class Derived extends Base { static { System.out.println("Derived init"); } }

    interface Limits { int MAX = 10; String NAME = "limits"; }
    static class UsesLimits implements Limits { int twice() { return MAX * 2; } }

    static int sum(int... values) { int s = 0; for (int v : values) s += v; return s; }
    static String describe(Object... values) { return values.length + ":" + Arrays.toString(values); }

    public static void main(String[] args) {
        Animal a = new Cat();
        System.out.println(a.self().name() + " " + ((Cat) a).self().meow());
        Transformer<String> t = new Upper();
        @SuppressWarnings({"rawtypes", "unchecked"})
        Transformer raw = t;
        System.out.println(t.transform("bridge") + " " + raw.transform("raw"));
        try {
            raw.transform(42);
        } catch (ClassCastException e) {
            System.out.println("CCE through bridge");
        }
        System.out.println(Derived.shared);
        System.out.println(new UsesLimits().twice() + " " + Limits.NAME + " " + UsesLimits.MAX);
        System.out.println(sum() + " " + sum(1, 2, 3) + " " + describe("a", 1, null) + " " + describe((Object[]) new String[] { "x" }));
        List<Animal> animals = new ArrayList<>(List.of(new Cat(), new Animal() { String name() { return "ant"; } }));
        Collections.sort(animals);
        System.out.println(animals.get(0).name() + " " + animals.get(1).name());
    }
}
