import java.util.*;

public class Labyrinth {
    public static void main(String[] args) {
        String[] maze = {
            "##########",
            "#S...#...#",
            "#.##.#.#.#",
            "#.#..#.#.#",
            "#.#.##.#.#",
            "#...#..#E#",
            "##########",
        };
        int rows = maze.length, cols = maze[0].length();
        int[][] dist = new int[rows][cols];
        for (int[] row : dist) Arrays.fill(row, -1);
        Deque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] { 1, 1 });
        dist[1][1] = 0;
        int[][] moves = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] m : moves) {
                int r = cell[0] + m[0], c = cell[1] + m[1];
                if (maze[r].charAt(c) != '#' && dist[r][c] < 0) {
                    dist[r][c] = dist[cell[0]][cell[1]] + 1;
                    queue.add(new int[] { r, c });
                }
            }
        }
        System.out.println("shortest path: " + dist[5][8]);
        StringBuilder picture = new StringBuilder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                picture.append(maze[r].charAt(c) == '#' ? '#' : dist[r][c] < 0 ? ' ' : (char) ('0' + dist[r][c] % 10));
            }
            picture.append('\n');
        }
        System.out.print(picture);
    }
}
