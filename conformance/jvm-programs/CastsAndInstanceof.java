import java.io.Serializable;
import java.util.*;

public class CastsAndInstanceof {
    static class Animal {}
    static class Dog extends Animal {}
    interface Pet {}
    static class Cat extends Animal implements Pet {}

    public static void main(String[] args) {
        Object[] things = { new Dog(), new Cat(), "s", 3, new int[0], new String[0], null, new ArrayList<String>() };
        for (Object o : things) {
            System.out.println((o instanceof Animal) + " " + (o instanceof Dog) + " " + (o instanceof Pet) + " " + (o instanceof Comparable) + " " + (o instanceof Object[]) + " " + (o instanceof Cloneable) + " " + (o instanceof Serializable) + " " + (o instanceof List));
        }
        Object strings = new String[] { "x" };
        Object[] asObjects = (Object[]) strings;
        CharSequence[] asSeq = (CharSequence[]) strings;
        System.out.println(asObjects.length + " " + asSeq[0] + " " + (strings instanceof Comparable[]) + " " + (strings instanceof Integer[]));
        Object ints = new int[][] { { 1 } };
        System.out.println((ints instanceof Object[]) + " " + (ints instanceof int[][]) + " " + (ints instanceof long[][]));
        Animal a = new Dog();
        try {
            Cat c = (Cat) a;
            System.out.println(c);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object o = "text";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object o = new int[1];
            long[] l = (long[]) o;
            System.out.println(l);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object o = new Object[] { "a" };
            String[] s = (String[]) o;
            System.out.println(s);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object nothing = null;
        Dog d = (Dog) nothing;
        System.out.println(d + " " + (nothing instanceof Dog));
        System.out.println(Dog.class.isInstance(a) + " " + Cat.class.isInstance(a) + " " + Animal.class.isAssignableFrom(Cat.class) + " " + Pet.class.isAssignableFrom(Dog.class));
        try {
            Pet p = Pet.class.cast(a);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
