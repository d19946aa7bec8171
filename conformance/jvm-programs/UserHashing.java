import java.util.*;

public class UserHashing {
    static final class Point implements Comparable<Point> {
        final int x, y;

        Point(int x, int y) { this.x = x; this.y = y; }

        @Override public boolean equals(Object o) {
            return o instanceof Point p && p.x == x && p.y == y;
        }

        @Override public int hashCode() { return 31 * x + y; }

        @Override public String toString() { return "(" + x + "," + y + ")"; }

        @Override public int compareTo(Point o) {
            return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y);
        }
    }

    public static void main(String[] args) {
        Set<Point> set = new HashSet<>();
        for (int i = 0; i < 50; i++) set.add(new Point(i % 5, i % 3));
        System.out.println(set.size() + " " + set.contains(new Point(4, 2)) + " " + set.contains(new Point(9, 9)));
        List<Point> sorted = new ArrayList<>(set);
        Collections.sort(sorted);
        System.out.println(sorted);
        sorted.sort(Comparator.comparing((Point p) -> p.y).thenComparing(p -> -p.x));
        System.out.println(sorted);
        Map<Point, String> names = new TreeMap<>(Comparator.reverseOrder());
        names.put(new Point(1, 1), "one");
        names.put(new Point(2, 0), "two");
        names.put(new Point(1, 1), "uno");
        System.out.println(names);
        System.out.println(java.util.Objects.hash(1, "a", null) + " " + Arrays.asList(3, 1, 2).hashCode() + " " + List.of("x").equals(Arrays.asList("x")));
    }
}
