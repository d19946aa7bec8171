import java.util.Arrays;

public class ArrayClone {
    static class Point implements Cloneable {
        int x, y;
        int[] tags = { 1, 2 };
        Point(int x, int y) { this.x = x; this.y = y; }
        public Point clone() {
            try {
                Point p = (Point) super.clone();
                p.tags = tags.clone();
                return p;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    public static void main(String[] args) {
        int[] ints = { 3, 1, 2 };
        int[] ic = ints.clone();
        ic[0] = 99;
        System.out.println(Arrays.toString(ints) + " " + Arrays.toString(ic) + " " + (ints != ic));
        Point[] pts = { new Point(1, 2), new Point(3, 4) };
        Point[] shallow = pts.clone();
        shallow[0].x = 100;
        System.out.println(pts[0].x + " " + (shallow[0] == pts[0]));
        Point deep = pts[1].clone();
        deep.tags[0] = 50;
        deep.y = -1;
        System.out.println(pts[1].y + " " + pts[1].tags[0] + " " + deep.y + " " + deep.tags[0]);
        double[][] grid = { { 1, 2 }, { 3, 4 } };
        double[][] gc = grid.clone();
        gc[0][0] = 9;
        gc[1] = new double[] { 7 };
        System.out.println(Arrays.deepToString(grid) + " " + Arrays.deepToString(gc));
        char[] cs = "hello".toCharArray();
        char[] csc = cs.clone();
        Arrays.sort(csc);
        System.out.println(new String(cs) + " " + new String(csc));
        long[] empty = new long[0];
        System.out.println(empty.clone().length + " " + empty.clone().getClass().getName());
        Object o = new String[] { "a" }.clone();
        System.out.println(o.getClass().getName() + " " + ((String[]) o)[0]);
        int[] copy = Arrays.copyOf(ints, 5);
        int[] range = Arrays.copyOfRange(ints, 1, 4);
        System.out.println(Arrays.toString(copy) + " " + Arrays.toString(range) + " " + Arrays.equals(ints, ints.clone()));
    }
}
