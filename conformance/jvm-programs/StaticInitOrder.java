public class StaticInitOrder {
    static StringBuilder log = new StringBuilder();
    static void log(String s) { log.append(s).append(' '); }

    static class Parent {
        static { log("Parent.clinit"); }
        static int pValue = trace("Parent.pValue", 1);
        static void touch() {}
    }
    static class Child extends Parent {
        static final int CONSTANT = 99;
        static final String TEXT = "text";
        static final Integer BOXED = trace("Child.BOXED", 5);
        static int cValue = trace("Child.cValue", 2);
        static { log("Child.clinit"); }
        static void hello() { log("Child.hello"); }
    }
    interface Marker {
        int FIELD = trace("Marker.FIELD", 3);
    }
    interface WithDefault { Object TRIGGER = trace("WithDefault.TRIGGER", 4); default void d() {} }
    static class Impl implements Marker, WithDefault {
        static { log("Impl.clinit"); }
    }
    static class Holder {
        static { log("Holder.clinit"); }
        static final Holder INSTANCE = new Holder();
        Holder() { log("Holder.<init>"); }
    }
    static class Cycle {
        static int a = trace("Cycle.a", Other.b + 1);
    }
    static class Other {
        static int b = trace("Other.b", Cycle.a + 10);
    }

    static int trace(String what, int v) { log(what + "=" + v); return v; }

    public static void main(String[] args) {
        log("main");
        System.out.println(Child.CONSTANT + " " + Child.TEXT);
        System.out.println(log); log.setLength(0);
        System.out.println(Child.pValue);
        System.out.println(log); log.setLength(0);
        Child.hello();
        System.out.println(log); log.setLength(0);
        new Impl();
        System.out.println(log); log.setLength(0);
        System.out.println(Marker.FIELD);
        System.out.println(log); log.setLength(0);
        Holder[] none = new Holder[3];
        System.out.println("array created: " + log); log.setLength(0);
        Object h = Holder.INSTANCE;
        System.out.println(log); log.setLength(0);
        System.out.println(Cycle.a + " " + Other.b + " " + log);
    }
}
