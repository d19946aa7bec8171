import java.util.*;
import java.util.function.*;

public class GenericBridges {
    interface Transformer<A, B> { B transform(A a); }
    static class Length implements Transformer<String, Integer> {
        public Integer transform(String s) { return s.length(); }
    }
    static abstract class Animal implements Comparable<Animal> {
        abstract String name();
        public int compareTo(Animal o) { return name().compareTo(o.name()); }
        Animal self() { return this; }
    }
    static class Dog extends Animal {
        String name() { return "dog"; }
        @Override Dog self() { return this; }
        String bark() { return "woof"; }
    }
    static class Cat extends Animal { String name() { return "cat"; } }
    static class Box<T extends Comparable<T>> {
        private T best;
        void offer(T t) { if (best == null || t.compareTo(best) > 0) best = t; }
        T best() { return best; }
    }
    static class Node<T> {
        T value;
        Node(T v) { value = v; }
        void set(T v) { value = v; }
    }
    static class IntNode extends Node<Integer> {
        IntNode(int v) { super(v); }
        @Override void set(Integer v) { super.set(v * 2); }
    }
    static <T extends Comparable<? super T>> T max(Collection<? extends T> items) {
        Iterator<? extends T> it = items.iterator();
        T best = it.next();
        while (it.hasNext()) { T c = it.next(); if (c.compareTo(best) > 0) best = c; }
        return best;
    }
    static double sum(List<? extends Number> nums) { double s = 0; for (Number n : nums) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> sink) { for (int i = 0; i < 3; i++) sink.add(i); }
    @SafeVarargs static <T> List<T> listOf(T... items) { return new ArrayList<>(Arrays.asList(items)); }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static void main(String[] args) throws Exception {
        Transformer<String, Integer> t = new Length();
        Transformer raw = t;
        System.out.println(t.transform("hello") + " " + raw.transform("abc"));
        try {
            raw.transform(42);
        } catch (ClassCastException e) {
            System.out.println("bridge cast: " + e.getMessage());
        }
        List<Animal> zoo = new ArrayList<>(List.of(new Dog(), new Cat()));
        Collections.sort(zoo);
        System.out.println(zoo.get(0).name() + " " + new Dog().self().bark() + " " + max(List.of(3, 9, 2)) + " " + max(List.of("pear", "apple")));
        Box<String> box = new Box<>();
        for (String s : "kiwi fig zucchini apple".split(" ")) box.offer(s);
        System.out.println(box.best());
        Node<Integer> node = new IntNode(1);
        node.set(21);
        System.out.println(node.value);
        Node rawNode = node;
        try {
            rawNode.set("str");
        } catch (ClassCastException e) {
            System.out.println("raw set: " + e.getMessage());
        }
        List<Object> sink = new ArrayList<>();
        fill(sink);
        System.out.println(sum(List.of(1, 2.5, 3L)) + " " + sink + " " + listOf("a", "b").size());
        int bridges = 0;
        for (var m : Length.class.getDeclaredMethods()) if (m.isBridge()) bridges++;
        System.out.println("bridges in Length: " + bridges + " synthetic " + Length.class.getDeclaredMethod("transform", Object.class).isSynthetic());
        Map<String, List<Integer>> nested = new TreeMap<>();
        nested.computeIfAbsent("x", k -> new ArrayList<>()).add(1);
        BiFunction<Map<String, List<Integer>>, String, Integer> firstOf = (m, k) -> m.get(k).get(0);
        System.out.println(firstOf.apply(nested, "x"));
    }
}
