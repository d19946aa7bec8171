public class Interfaces {
    interface Greeter {
        String name();

        default String greet() {
            return prefix() + name() + suffix();
        }

        private String prefix() {
            return "Hello, ";
        }

        static String suffix() {
            return "!";
        }
    }

    interface Loud extends Greeter {
        @Override
        default String greet() {
            return Greeter.super.greet().toUpperCase();
        }
    }

    interface Left { default String side() { return "left"; } }
    interface Right { default String side() { return "right"; } }

    static class Both implements Left, Right {
        public String side() {
            return Left.super.side() + "+" + Right.super.side();
        }
    }

    static class Person implements Greeter {
        public String name() { return "Ada"; }
    }

    static class Shouter implements Loud {
        public String name() { return "Bob"; }
    }

    interface Counter { int next(); }

    public static void main(String[] args) {
        System.out.println(new Person().greet());
        System.out.println(new Shouter().greet());
        System.out.println(new Both().side());
        Greeter g = () -> "Lambda";
        System.out.println(g.greet());
        Counter c = new Counter() {
            int n;
            public int next() { return ++n; }
        };
        c.next();
        c.next();
        System.out.println(c.next());
        Object o = new Shouter();
        System.out.println((o instanceof Greeter) + " " + (o instanceof Loud) + " " + (o instanceof Left));
        Greeter[] gs = { new Person(), new Shouter(), () -> "X" };
        for (Greeter each : gs) System.out.print(each.name() + ";");
        System.out.println();
    }
}
