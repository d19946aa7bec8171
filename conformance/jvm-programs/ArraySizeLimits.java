// java-options: -Xmx64m
public class ArraySizeLimits {
    public static void main(String[] args) {
        try {
            int[] huge = new int[Integer.MAX_VALUE];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("1: " + e.getMessage());
        }
        try {
            long[] big = new long[100_000_000];
            System.out.println(big.length);
        } catch (OutOfMemoryError e) {
            System.out.println("2: " + e.getMessage());
        }
        try {
            Object[][] grid = new Object[50_000][50_000];
            System.out.println(grid.length);
        } catch (OutOfMemoryError e) {
            System.out.println("3: " + e.getMessage());
        }
        int[] fine = new int[1_000_000];
        fine[999_999] = 7;
        System.out.println("after: " + fine[999_999] + " " + fine.length);
    }
}
