public class Sealed {
    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    static final class Neg implements Expr {
        final Expr inner;
        Neg(Expr inner) { this.inner = inner; }
        @Override public String toString() { return "Neg[" + inner + "]"; }
    }

    static int eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left()) + eval(a.right());
        if (e instanceof Mul m) return eval(m.left()) * eval(m.right());
        if (e instanceof Neg neg) return -eval(neg.inner);
        throw new IllegalStateException();
    }

    static String show(Expr e) {
        return switch (e.getClass().getSimpleName()) {
            case "Num" -> Integer.toString(((Num) e).value());
            case "Add" -> "(" + show(((Add) e).left()) + " + " + show(((Add) e).right()) + ")";
            case "Mul" -> show(((Mul) e).left()) + " * " + show(((Mul) e).right());
            default -> "-" + show(((Neg) e).inner);
        };
    }

    public static void main(String[] args) {
        Expr e = new Mul(new Add(new Num(2), new Num(3)), new Neg(new Num(4)));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(e);
        System.out.println(new Num(1).equals(new Num(1)) + " " + new Add(new Num(1), new Num(2)).hashCode());
        String text = """
            Text blocks
              keep indentation
            and end with a newline
            """;
        System.out.print(text);
        var list = new java.util.ArrayList<String>();
        list.add("var");
        for (var item : list) System.out.println(item.toUpperCase());
    }
}
