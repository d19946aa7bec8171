import java.util.Arrays;

public class ArrayCovariance {
    public static void main(String[] args) {
        Object[] objs = new String[2];
        objs[0] = "ok";
        try {
            objs[1] = Integer.valueOf(1);
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
        Number[] nums = new Integer[1];
        try {
            nums[0] = 1.5;
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
        Object[][] grid = new String[1][1];
        try {
            grid[0] = new Integer[1];
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
        objs[1] = null;
        System.out.println(Arrays.toString(objs));
        Comparable[] comps = new String[] { "b", "a" };
        Arrays.sort(comps);
        System.out.println(Arrays.toString(comps) + " " + comps.getClass().getSimpleName());
        int[] src = { 1, 2, 3, 4, 5 };
        System.arraycopy(src, 0, src, 1, 4);
        System.out.println(Arrays.toString(src));
        try {
            System.arraycopy(src, 0, new long[5], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(src, 3, new int[5], 0, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(new Object[] { "s", 1 }, 0, new String[2], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(src, -1, src, 0, 1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, src, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("arraycopy null");
        }
        int[] a = new int[0];
        try {
            a[0] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(src[-2]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
