import java.util.ArrayList;
import java.util.List;

public class ObjectBasics {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + area();
        }

        String name();

        static Shape unit() {
            return new Square(1);
        }
    }

    static abstract class Base implements Shape {
        private static int created;
        protected final int id;

        Base() {
            id = ++created;
        }

        public String name() {
            return getClass().getSimpleName() + "#" + id;
        }
    }

    static class Square extends Base {
        final double side;

        Square(double side) {
            this.side = side;
        }

        public double area() {
            return side * side;
        }
    }

    static class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public String name() {
            return "Circle r=" + r;
        }

        public double area() {
            return 3 * r * r;
        }

        @Override
        public String describe() {
            return "round " + Shape.super.describe();
        }
    }

    class Inner {
        int value() {
            return outerValue * 2;
        }
    }

    int outerValue = 21;

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Square(2));
        shapes.add(new Circle(1.5));
        shapes.add(Shape.unit());
        shapes.add(new Shape() {
            public double area() {
                return 0;
            }

            public String name() {
                return "anonymous";
            }
        });
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        System.out.println(new ObjectBasics().new Inner().value());
        Object o = shapes.get(0);
        System.out.println((o instanceof Shape) + " " + (o instanceof Circle) + " " + (o instanceof Base));
        System.out.println(shapes.get(1).getClass().getName() + " " + shapes.get(1).getClass().getSuperclass().getName());
    }
}
