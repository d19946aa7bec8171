import java.util.*;

public class OverloadResolution {
    static String f(Object o) { return "Object"; }
    static String f(String s) { return "String"; }
    static String f(Integer i) { return "Integer"; }
    static String f(int i) { return "int"; }
    static String f(long l) { return "long"; }
    static String f(double d) { return "double"; }
    static String f(char c) { return "char"; }
    static String f(CharSequence cs) { return "CharSequence"; }
    static String g(long l) { return "g long"; }
    static String g(Object o) { return "g Object"; }
    static String h(Number n) { return "h Number"; }
    static String h(Comparable<?> c) { return "h Comparable"; }
    static String k(List<?> l) { return "k List"; }
    static String k(Collection<?> c) { return "k Collection"; }
    static String k(Iterable<?> i) { return "k Iterable"; }

    static class Parent { String who(Parent p) { return "Parent.who(Parent)"; } }
    static class Child extends Parent {
        String who(Parent p) { return "Child.who(Parent)"; }
        String who(Child c) { return "Child.who(Child)"; }
    }

    public static void main(String[] args) {
        byte b = 1; short s = 1; float fl = 1f;
        System.out.println(f(b) + " " + f(s) + " " + f('x') + " " + f(1) + " " + f(1L) + " " + f(fl) + " " + f(1.0) + " " + f("s") + " " + f(Integer.valueOf(1)) + " " + f(new StringBuilder()) + " " + f(new Object()) + " " + f((Object) "s"));
        System.out.println(g(5) + " " + g(Integer.valueOf(5)) + " " + g('c') + " " + g("x"));
        System.out.println(h((Number) 5) + " " + h((Comparable<String>) "s") + " " + k(new ArrayList<>()) + " " + k(new HashSet<>()) + " " + k((Iterable<Integer>) List.<Integer>of()));
        Parent p = new Child();
        Child c = new Child();
        System.out.println(p.who(c) + " " + c.who(c) + " " + c.who(p) + " " + c.who((Parent) c));
        Integer boxed = 3;
        long widened = boxed;
        double fromChar = 'a';
        System.out.println(widened + " " + fromChar + " " + (1 + 2 + "3" + 4 + 5) + " " + ('a' + 'b') + " " + ("" + 'a' + 'b') + " " + (char) ('a' + 1));
    }
}
