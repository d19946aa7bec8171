import java.util.Arrays;

public class MultiArrays {
    public static void main(String[] args) {
        int[][][] cube = new int[3][4][5];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) for (int k = 0; k < 5; k++) cube[i][j][k] = i * 100 + j * 10 + k;
        System.out.println(cube.length + " " + cube[0].length + " " + cube[0][0].length + " " + cube[2][3][4] + " " + Arrays.toString(cube[1][2]));
        long[][] partial = new long[3][];
        System.out.println(partial[0] + " " + partial.length);
        for (int i = 0; i < 3; i++) partial[i] = new long[i + 1];
        partial[2][2] = Long.MAX_VALUE;
        System.out.println(Arrays.deepToString(partial));
        String[][] names = { { "a", "b" }, { "c" }, {} };
        System.out.println(Arrays.deepToString(names) + " " + names[2].length);
        double[][] identity = new double[3][3];
        for (int i = 0; i < 3; i++) identity[i][i] = 1;
        System.out.println(Arrays.deepToString(identity));
        boolean[][] flags = new boolean[2][2];
        char[][] chars = new char[2][3];
        chars[1][2] = 'z';
        System.out.println(flags[1][1] + " " + (int) chars[0][0] + " " + chars[1][2] + " " + new String(chars[1], 2, 1));
        Object[][] objs = new Integer[2][2];
        objs[0][0] = 5;
        System.out.println(objs.getClass().getName() + " " + objs[0].getClass().getName() + " " + objs[0][0]);
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i];
            Arrays.fill(jag[i], i);
        }
        System.out.println(Arrays.deepToString(jag));
        byte[][][][] four = new byte[2][2][2][2];
        four[1][1][1][1] = 7;
        System.out.println(four[1][1][1][1] + four[0][0][0][0]);
        try {
            int[][] bad = new int[2][-1];
        } catch (NegativeArraySizeException e) {
            System.out.println("negative: " + e.getMessage());
        }
        try {
            cube[1][4][0] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("oob: " + e.getMessage());
        }
        int[][] copy = cube[0].clone();
        copy[0][0] = 999;
        System.out.println(cube[0][0][0] + " " + (copy[1] == cube[0][1]));
    }
}
