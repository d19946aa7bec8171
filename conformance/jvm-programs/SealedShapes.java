public class SealedShapes {
    sealed interface Shape permits Circle, Square, Rect {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}
    static non-sealed class Rect implements Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
    }
    static final class Banner extends Rect { Banner() { super(10, 1); } }
    sealed static abstract class Expr permits Num, Add, Mul {}
    static final class Num extends Expr { final int v; Num(int v) { this.v = v; } }
    static final class Add extends Expr { final Expr l, r; Add(Expr l, Expr r) { this.l = l; this.r = r; } }
    static final class Mul extends Expr { final Expr l, r; Mul(Expr l, Expr r) { this.l = l; this.r = r; } }

    static double area(Shape s) {
        if (s instanceof Circle c) return 3 * c.r() * c.r();
        if (s instanceof Square sq && sq.side() > 0) return sq.side() * sq.side();
        if (s instanceof Rect r) return r.w * r.h;
        return -1;
    }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.v;
        if (e instanceof Add a) return eval(a.l) + eval(a.r);
        if (e instanceof Mul m) return eval(m.l) * eval(m.r);
        throw new AssertionError();
    }

    static String show(Expr e) {
        return e instanceof Num n ? Integer.toString(n.v)
            : e instanceof Add a ? "(" + show(a.l) + " + " + show(a.r) + ")"
            : e instanceof Mul m ? show(m.l) + " * " + show(m.r) : "?";
    }

    public static void main(String[] args) {
        Shape[] shapes = { new Circle(1), new Square(2), new Square(-1), new Rect(2, 5), new Banner() };
        for (Shape s : shapes) System.out.println(s.getClass().getSimpleName() + " " + area(s));
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Add(new Num(4), new Num(1))));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(Shape.class.isSealed() + " " + Rect.class.isSealed() + " " + Shape.class.getPermittedSubclasses().length + " " + Expr.class.getPermittedSubclasses()[1].getSimpleName());
        Object o = "pattern";
        if (!(o instanceof String str)) {
            System.out.println("not a string");
        } else {
            System.out.println(str.length() + " " + (o instanceof CharSequence cs && cs.charAt(0) == 'p'));
        }
        Object[] values = { 42, "text", 3.5, 'c', null, new int[] { 1, 2 }, java.util.List.of(1) };
        for (Object v : values) {
            String d;
            if (v instanceof Integer i && i > 40) d = "big int " + (i + 1);
            else if (v instanceof String s) d = "string of " + s.length();
            else if (v instanceof Number num) d = "number " + num.intValue();
            else if (v instanceof int[] arr) d = "ints " + arr.length;
            else if (v instanceof java.util.List<?> list) d = "list " + list.size();
            else d = "other " + v;
            System.out.println(d);
        }
    }
}
