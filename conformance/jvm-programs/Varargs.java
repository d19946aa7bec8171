import java.util.*;

public class Varargs {
    static String count(Object... args) { return args == null ? "null array" : args.length + Arrays.toString(args); }
    static String ints(int... xs) { return "ints" + xs.length + "=" + Arrays.stream(xs).sum(); }
    static String first(String head, String... rest) { return head + "+" + rest.length; }
    static String pick(int x) { return "int"; }
    static String pick(long x) { return "long"; }
    static String pick(Integer x) { return "Integer"; }
    static String pick(Object x) { return "Object"; }
    static String pick(int... x) { return "varargs"; }
    static String boxing(long x) { return "long"; }
    static String boxing(Integer x) { return "Integer"; }
    static String wide(double d) { return "double " + d; }
    static String nulls(String s) { return "String"; }
    static String nulls(Object o) { return "Object"; }

    public static void main(String[] args) {
        System.out.println(count() + " " + count(1) + " " + count(1, "two", 3.0) + " " + count((Object[]) null) + " " + count((Object) null) + " " + count(new Object[] { "a", "b" }));
        System.out.println(ints() + " " + ints(1, 2, 3) + " " + ints(new int[] { 10, 20 }) + " " + first("h") + " " + first("h", "a", "b"));
        byte b = 1; short s = 2; char c = 'c'; long l = 4; float f = 5;
        System.out.println(pick(b) + " " + pick(s) + " " + pick(c) + " " + pick(3) + " " + pick(l) + " " + pick(f) + " " + pick(Integer.valueOf(1)) + " " + pick("s") + " " + pick() + " " + pick(1, 2));
        System.out.println(boxing(5) + " " + wide(3) + " " + wide('A') + " " + wide(7L) + " " + nulls(null) + " " + nulls((Object) "x"));
        System.out.println(String.join(",", List.of("a", "b")) + " " + Arrays.asList(1, 2, 3).size() + " " + Arrays.asList(new int[] { 1, 2 }).size() + " " + List.of(new Integer[] { 1, 2 }).size() + " " + Objects.hash(1, "a", null) + " " + Objects.hash());
        System.out.println(Collections.addAll(new ArrayList<String>(), "x", "y", "z") + " " + EnumSet.of(Thread.State.NEW, Thread.State.RUNNABLE, Thread.State.BLOCKED, Thread.State.WAITING, Thread.State.TERMINATED).size() + " " + Math.max(1, 2));
    }
}
