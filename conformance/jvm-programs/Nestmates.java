public class Nestmates {
    private int secret = 1;
    private static int counter;
    private int bump() { return ++secret; }
    private static String hidden() { return "hidden"; }

    static class A {
        private int a = 5;
        private A() {}
        int peek(Nestmates n) { return n.secret + n.bump(); }
        private String hello() { return "A.hello"; }
    }
    static class B {
        int poke(A a) { a.a *= 2; return a.a; }
        String call(A a) { return a.hello() + " " + hidden(); }
    }
    class C {
        private int c = 7;
        int both() { return secret + c + (counter += 10); }
    }

    public static void main(String[] args) {
        Nestmates n = new Nestmates();
        A a = new A();
        System.out.println(a.peek(n) + " " + n.secret);
        System.out.println(new B().poke(a) + " " + new B().call(a));
        C c = n.new C();
        System.out.println(c.both() + " " + c.c + " " + counter);
        System.out.println(Nestmates.class.getNestHost().getSimpleName() + " " + A.class.getNestHost().getSimpleName() + " " + A.class.isNestmateOf(C.class) + " " + A.class.isNestmateOf(String.class));
        Runnable r = () -> { n.secret += 100; };
        r.run();
        System.out.println(n.secret);
    }
}
