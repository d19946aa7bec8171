public class Records {
    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x");
        }

        int sum() {
            return x + y;
        }
    }

    record Named(String name, double weight) {}

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p);
        System.out.println(p.x() + " " + p.y() + " " + p.sum());
        System.out.println(p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)));
        System.out.println(p.hashCode() == new Point(3, 4).hashCode());
        System.out.println(new Named("n", 1.5));
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
