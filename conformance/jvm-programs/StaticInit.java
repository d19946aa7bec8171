public class StaticInit {
    static StringBuilder log = new StringBuilder();

    static class A {
        static {
            log.append("A ");
        }

        static int value = 1;
    }

    static class B extends A {
        static {
            log.append("B ");
        }

        static final int CONSTANT = 42;
        static int other = 7;
    }

    interface I {
        int X = compute();

        static int compute() {
            log.append("I ");
            return 5;
        }
    }

    static class C implements I {
        static {
            log.append("C ");
        }
    }

    static class Failing {
        static int value = 1 / Integer.parseInt("0");
    }

    public static void main(String[] args) {
        System.out.println(B.CONSTANT + " " + log);
        System.out.println(B.other + " " + log);
        new C();
        System.out.println(log);
        System.out.println(C.X + " " + log);
        try {
            System.out.println(Failing.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("EIIE " + e.getCause());
        }
        try {
            System.out.println(Failing.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("NCDFE " + e.getMessage());
        }
    }
}
