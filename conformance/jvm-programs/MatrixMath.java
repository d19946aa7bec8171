import java.util.Arrays;

public class MatrixMath {
    static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++)
            for (int k = 0; k < b.length; k++)
                for (int j = 0; j < b[0].length; j++)
                    c[i][j] += a[i][k] * b[k][j];
        return c;
    }

    static double determinant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (a[pivot][col] == 0) return 0;
            if (pivot != col) { double[] t = a[pivot]; a[pivot] = a[col]; a[col] = t; det = -det; }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
            }
        }
        return det;
    }

    static double[] solve(double[][] m, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][n + 1];
        for (int i = 0; i < n; i++) { System.arraycopy(m[i], 0, a[i], 0, n); a[i][n] = rhs[i]; }
        for (int col = 0; col < n; col++) {
            for (int r = 0; r < n; r++) {
                if (r == col) continue;
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= n; c++) a[r][c] -= f * a[col][c];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = a[i][n] / a[i][i];
        return x;
    }

    public static void main(String[] args) {
        double[][] a = { { 2, -1, 0 }, { -1, 2, -1 }, { 0, -1, 2 } };
        double[][] b = { { 1, 2 }, { 3, 4 }, { 5, 6 } };
        System.out.println(Arrays.deepToString(multiply(a, b)));
        System.out.println(determinant(a) + " " + determinant(new double[][] { { 1, 2 }, { 2, 4 } }) + " " + determinant(new double[][] { { 0.1, 0.2, 0.3 }, { 0.4, 0.5, 0.6 }, { 0.7, 0.8, 1.0 } }));
        System.out.println(Arrays.toString(solve(a, new double[] { 1, 0, 1 })) + " " + Arrays.toString(solve(new double[][] { { 3, 2 }, { 1, 2 } }, new double[] { 7, 5 })));
        double[][] hilbert = new double[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) hilbert[i][j] = 1.0 / (i + j + 1);
        System.out.println(determinant(hilbert));
        double[][] power = { { 1, 1 }, { 1, 0 } }, result = { { 1, 0 }, { 0, 1 } };
        for (int i = 0; i < 70; i++) result = multiply(result, power);
        System.out.println((long) result[0][1] + " " + result[0][0]);
        float[] f = new float[8];
        for (int i = 0; i < f.length; i++) f[i] = (float) (1.0 / (i + 1));
        float fs = 0;
        for (float v : f) fs += v * v;
        System.out.println(fs + " " + (float) Math.sqrt(fs) + " " + Arrays.toString(f));
    }
}
