public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static class A {
        static int a = B.b + 1;
        static { log.append("A(a=" + a + ") "); }
    }

    static class B {
        static int b = A.a + 10;
        static { log.append("B(b=" + b + ") "); }
    }

    static class Parent {
        static { log.append("Parent "); }
        Parent() { log.append("Parent() "); init(); }
        void init() { log.append("Parent.init "); }
    }

    static class Child extends Parent {
        static { log.append("Child "); }
        int value = 5;
        { log.append("instance-block(value=" + value + ") "); }
        Child() { super(); log.append("Child(value=" + value + ") "); }
        @Override void init() { log.append("Child.init(value=" + value + ") "); }
    }

    static class Holder {
        static final String CONSTANT = "inlined";
        static final Object OBJECT = new Object();
        static { log.append("Holder "); }
    }

    public static void main(String[] args) {
        System.out.println(A.a + " " + B.b);
        System.out.println(log);
        log.setLength(0);
        new Child();
        System.out.println(log);
        log.setLength(0);
        System.out.println(Holder.CONSTANT + " [" + log + "]");
        System.out.println((Holder.OBJECT != null) + " [" + log + "]");
        Child[] noInit = new Child[3];
        System.out.println(noInit.length + " " + InitOrder.class.getSimpleName());
    }
}
