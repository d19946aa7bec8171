public class ArrayBasics {
    public static void main(String[] args) {
        int[][] grid = new int[4][5];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 5; j++) {
                grid[i][j] = i * j;
            }
        }
        System.out.println(java.util.Arrays.deepToString(grid));
        long[][][] cube = new long[2][3][];
        System.out.println(cube[1].length + " " + cube[1][2]);
        char[] chars = { 'd', 'a', 'c', 'b' };
        java.util.Arrays.sort(chars);
        System.out.println(new String(chars));
        Integer[] boxed = { 5, 3, 9, 1 };
        java.util.Arrays.sort(boxed, (x, y) -> y - x);
        System.out.println(java.util.Arrays.toString(boxed));
        Object[] objects = new String[] { "a", "b" };
        System.out.println(objects.getClass().getName() + " " + objects.getClass().getComponentType().getName());
        System.out.println(new int[0].getClass().getName() + " " + new double[1][1].getClass().getName());
        int[] copy = java.util.Arrays.copyOf(new int[] { 1, 2, 3 }, 5);
        System.out.println(java.util.Arrays.toString(copy));
        byte[] bytes = new byte[] { -1, 0, 127, -128 };
        short[] shorts = { -1, 300 };
        boolean[] flags = new boolean[3];
        flags[1] = true;
        float[] floats = { 1.5f, -0f };
        System.out.println(java.util.Arrays.toString(bytes) + java.util.Arrays.toString(shorts) + java.util.Arrays.toString(flags) + java.util.Arrays.toString(floats));
        int[] src = { 1, 2, 3, 4, 5, 6 };
        System.arraycopy(src, 0, src, 2, 4);
        System.out.println(java.util.Arrays.toString(src));
        int[] cloned = src.clone();
        cloned[0] = 99;
        System.out.println(src[0] + " " + cloned[0] + " " + java.util.Arrays.equals(src, cloned) + " " + java.util.Arrays.hashCode(src));
        try {
            System.arraycopy(src, 4, src, 0, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
