public class ObjectModel {
    static abstract class Shape {
        static int created;
        final String name;
        Shape(String name) { this.name = name; created++; }
        abstract double area();
        String describe() { return name + " with area " + area(); }
        public String toString() { return "Shape(" + name + ")"; }
    }
    static class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this("rect", w, h); }
        protected Rect(String name, double w, double h) { super(name); this.w = w; this.h = h; }
        double area() { return w * h; }
    }
    static final class Square extends Rect {
        Square(double s) { super("square", s, s); }
        @Override String describe() { return "square! " + super.describe(); }
    }
    static class Circle extends Shape {
        final double r;
        Circle(double r) { super("circle"); this.r = r; }
        double area() { return 3 * r * r; }
    }
    static class Base { String field = "base"; String get() { return field; } static String st() { return "Base.st"; } }
    static class Derived extends Base { String field = "derived"; String get() { return field + "/" + super.field; } static String st() { return "Derived.st"; } }

    public static void main(String[] args) {
        Shape[] shapes = { new Rect(2, 3), new Square(4), new Circle(1) };
        for (Shape s : shapes) System.out.println(s.describe() + " " + s + " " + (s instanceof Rect));
        System.out.println(Shape.created);
        Base b = new Derived();
        System.out.println(b.field + " " + b.get() + " " + ((Derived) b).field + " " + Base.st() + " " + Derived.st());
        Object o = new Square(1);
        System.out.println(o.getClass().getSuperclass().getSimpleName() + " " + o.getClass().getSuperclass().getSuperclass().getSimpleName());
        System.out.println(o.equals(o) + " " + o.equals(new Square(1)) + " " + "x".equals(o));
    }
}
