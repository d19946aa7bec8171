public class DeepInheritance {
    static class L0 { String who() { return "L0"; } int depth() { return 0; } static String s() { return "s0"; } }
    static class L1 extends L0 { String who() { return "L1>" + super.who(); } int depth() { return 1 + super.depth(); } }
    static class L2 extends L1 { int depth() { return 1 + super.depth(); } }
    static class L3 extends L2 { String who() { return "L3>" + super.who(); } int depth() { return 1 + super.depth(); } }
    static class L4 extends L3 { int depth() { return 1 + super.depth(); } }
    static class L5 extends L4 { String who() { return "L5>" + super.who(); } int depth() { return 1 + super.depth(); } static String s() { return "s5"; } }
    interface A { default String name() { return "A"; } }
    interface B extends A { default String name() { return "B>" + A.super.name(); } }
    interface C extends A { }
    static class D implements B, C { }
    static class E extends D implements C { public String name() { return "E>" + super.name(); } }
    static abstract class Shape { abstract double area(); public String toString() { return getClass().getSimpleName() + "(" + area() + ")"; } }
    static class Sq extends Shape { double s = 2; double area() { return s * s; } }
    static class Cube extends Sq { double area() { return 6 * super.area(); } }
    static class ProtectedBase { protected int value = 5; protected int twice() { return value * 2; } }
    static class ProtectedChild extends ProtectedBase { int use() { value++; return twice(); } }

    public static void main(String[] args) {
        L0 x = new L5();
        System.out.println(x.who() + " " + x.depth() + " " + L0.s() + " " + L5.s() + " " + (x instanceof L3) + " " + x.getClass().getSuperclass().getSuperclass().getSimpleName());
        System.out.println(new D().name() + " " + new E().name() + " " + ((A) new E()).name());
        System.out.println(new Sq() + " " + new Cube() + " " + new ProtectedChild().use());
        L0[] chain = { new L0(), new L1(), new L2(), new L3(), new L4(), new L5() };
        StringBuilder sb = new StringBuilder();
        for (L0 l : chain) sb.append(l.depth()).append(l.who().length()).append(' ');
        System.out.println(sb);
    }
}
