import java.util.*;

public class RecordFeatures {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        Point {
            if (x < -1000) throw new IllegalArgumentException("x too small: " + x);
        }
        Point(int both) { this(both, both); }
        double distance() { return Math.sqrt(x * x + y * y); }
        static Point of(String s) { String[] p = s.split(","); return new Point(Integer.parseInt(p[0]), Integer.parseInt(p[1])); }
    }
    record Range(int lo, int hi) implements Comparable<Range> {
        Range {
            if (lo > hi) { int t = lo; lo = hi; hi = t; }
        }
        public int compareTo(Range o) { return Integer.compare(hi - lo, o.hi - o.lo); }
    }
    record Named<T>(String name, T value) {}
    record Empty() {}
    record WithArray(int[] data) {}
    record Mixed(long l, double d, float f, boolean b, char c, byte by, short s, String str) {}
    record Custom(String a) {
        @Override public String a() { return a.toUpperCase(); }
        @Override public String toString() { return "Custom<" + a + ">"; }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4);
        System.out.println(p + " " + p.equals(q) + " " + (p == q) + " " + (p.hashCode() == q.hashCode()) + " " + p.hashCode() + " " + p.distance() + " " + Point.ORIGIN + " " + new Point(7));
        System.out.println(Point.of("5,-2") + " " + p.x() + " " + p.y());
        try {
            new Point(-2000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        List<Range> ranges = new ArrayList<>(List.of(new Range(5, 1), new Range(0, 10), new Range(3, 4)));
        Collections.sort(ranges);
        System.out.println(ranges);
        Named<List<Integer>> n = new Named<>("list", List.of(1, 2));
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Named<>("list", List.of(1, 2))) + " " + new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        int[] data = { 1 };
        System.out.println(new WithArray(data).equals(new WithArray(data)) + " " + new WithArray(data).equals(new WithArray(new int[] { 1 })));
        Mixed m = new Mixed(1L << 40, -0.0, 1.5f, true, 'q', (byte) -1, (short) 300, null);
        System.out.println(m + " " + m.hashCode() + " " + m.equals(new Mixed(1L << 40, -0.0, 1.5f, true, 'q', (byte) -1, (short) 300, null)) + " " + m.equals(new Mixed(1L << 40, 0.0, 1.5f, true, 'q', (byte) -1, (short) 300, null)));
        Custom c = new Custom("abc");
        System.out.println(c + " " + c.a() + " " + c.equals(new Custom("abc")) + " " + Point.class.isRecord() + " " + Point.class.getRecordComponents().length + " " + Point.class.getRecordComponents()[1].getName());
        Map<Point, String> map = new HashMap<>();
        map.put(new Point(1, 2), "a");
        System.out.println(map.get(new Point(1, 2)) + " " + new Named<>("x", 5).value().getClass().getSimpleName());
    }
}
