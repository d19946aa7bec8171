import java.util.Iterator;
import java.util.NoSuchElementException;

public class Nesting {
    private int secret = 7;
    private static int counter;

    private int reveal() { return secret * 6; }

    class Inner {
        private int own = 1;
        int peek() { return secret + reveal() + own; }
    }

    static class Range implements Iterable<Integer> {
        private final int from, to;

        Range(int from, int to) { this.from = from; this.to = to; }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                public boolean hasNext() { return next < to; }

                public Integer next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return next++;
                }
            };
        }
    }

    interface Shape { double area(); }

    static Shape square(double side) {
        class Square implements Shape {
            public double area() { return side * side; }
            @Override public String toString() { return "Square(" + side + ")"; }
        }
        return new Square();
    }

    public static void main(String[] args) {
        Nesting outer = new Nesting();
        Nesting.Inner inner = outer.new Inner();
        System.out.println(inner.peek() + " " + inner.own);
        int total = 0;
        for (int value : new Range(3, 8)) total += value;
        System.out.println(total);
        Shape s = square(2.5);
        System.out.println(s + " " + s.area() + " " + s.getClass().getSimpleName() + " " + s.getClass().getName());
        Runnable r = () -> counter++;
        for (int i = 0; i < 5; i++) r.run();
        System.out.println(counter);
        var anonymous = new Object() { int hidden = 99; };
        System.out.println(anonymous.hidden + " " + anonymous.getClass().getName() + " [" + anonymous.getClass().getSimpleName() + "]");
        Iterator<Integer> it = new Range(0, 1).iterator();
        it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted");
        }
    }
}
