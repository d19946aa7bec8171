import java.util.*;

public class Algorithms {
    static void quicksort(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
        }
        quicksort(a, lo, j);
        quicksort(a, i, hi);
    }

    static int queens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            if ((cols & (1 << c)) == 0 && (d1 & (1 << (row + c))) == 0 && (d2 & (1 << (row - c + n))) == 0) {
                count += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n));
            }
        }
        return count;
    }

    static void hanoi(int n, char from, char to, char via, List<String> moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, moves);
        moves.add(from + ">" + to);
        hanoi(n - 1, via, to, from, moves);
    }

    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }

    static double[][] multiply(double[][] x, double[][] y) {
        int n = x.length, m = y[0].length, k = y.length;
        double[][] r = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) s += x[i][t] * y[t][j];
                r[i][j] = s;
            }
        return r;
    }

    public static void main(String[] args) {
        int[] data = new int[50];
        long seed = 12345;
        for (int i = 0; i < data.length; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            data[i] = (int) (seed >>> 40) % 1000;
        }
        quicksort(data, 0, data.length - 1);
        System.out.println(Arrays.toString(data));
        for (int n = 4; n <= 8; n++) System.out.print(queens(n, 0, 0, 0, 0) + " ");
        System.out.println();
        List<String> moves = new ArrayList<>();
        hanoi(5, 'A', 'C', 'B', moves);
        System.out.println(moves.size() + " " + moves.subList(0, 6));
        System.out.println(gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20));
        double[][] m = { { 1, 2 }, { 3, 4 } };
        double[][] p = m;
        for (int i = 0; i < 5; i++) p = multiply(p, m);
        System.out.println(Arrays.deepToString(p));
        StringBuilder fizz = new StringBuilder();
        for (int i = 1; i <= 20; i++) fizz.append(i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : String.valueOf(i)).append(' ');
        System.out.println(fizz.toString().trim());
    }
}
