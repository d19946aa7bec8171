public class NQueens {
    static int solutions;
    static int[] first;

    static void place(int[] cols, int row, int n) {
        if (row == n) {
            if (solutions++ == 0) first = cols.clone();
            return;
        }
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row && ok; r++) ok = cols[r] != c && Math.abs(cols[r] - c) != row - r;
            if (ok) { cols[row] = c; place(cols, row + 1, n); }
        }
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 8; n++) {
            solutions = 0;
            place(new int[n], 0, n);
            System.out.println(n + " queens: " + solutions + " solutions");
        }
        StringBuilder board = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) board.append(first[r] == c ? 'Q' : '.');
            board.append('\n');
        }
        System.out.print(board);
    }
}
