public class GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] next = new boolean[h][w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++)
                        if ((dr != 0 || dc != 0) && g[(r + dr + h) % h][(c + dc + w) % w]) n++;
                next[r][c] = g[r][c] ? n == 2 || n == 3 : n == 3;
            }
        }
        return next;
    }

    static String render(boolean[][] g) {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) {
            for (boolean cell : row) sb.append(cell ? '#' : '.');
            sb.append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[10][12];
        int[][] glider = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 2, 1 }, { 2, 2 } };
        for (int[] p : glider) g[p[0]][p[1]] = true;
        g[6][7] = g[6][8] = g[6][9] = true;
        for (int gen = 0; gen <= 8; gen++) {
            if (gen % 4 == 0) System.out.print("generation " + gen + "\n" + render(g));
            g = step(g);
        }
        int alive = 0;
        for (int i = 0; i < 100; i++) g = step(g);
        for (boolean[] row : g) for (boolean cell : row) if (cell) alive++;
        System.out.println("alive after 109: " + alive);
    }
}
