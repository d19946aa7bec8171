import java.util.*;

public class PriorityQueueOps {
    record Task(String name, int priority) {}

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int v : new int[] { 5, 1, 8, 3, 9, 2, 7 }) pq.offer(v);
        System.out.println(pq.peek() + " " + pq.size());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Integer> max = new PriorityQueue<>(Collections.reverseOrder());
        max.addAll(List.of(4, 10, 2, 8));
        System.out.println(max.poll() + " " + max.poll() + " " + max.remove(2) + " " + max);
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).thenComparing(Task::name));
        tasks.add(new Task("write", 2));
        tasks.add(new Task("test", 1));
        tasks.add(new Task("deploy", 3));
        tasks.add(new Task("review", 2));
        while (!tasks.isEmpty()) System.out.println(tasks.poll());
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        for (int i = 0; i < 1000; i++) heap.add((i * 7919) % 1009);
        long acc = 0;
        for (int i = 0; i < 10; i++) acc = acc * 1009 + heap.poll();
        System.out.println(acc + " " + heap.size() + " " + pq.poll());
        int[][] dist = { { 0, 4, 1, 0 }, { 4, 0, 2, 5 }, { 1, 2, 0, 8 }, { 0, 5, 8, 0 } };
        int[] best = new int[4];
        Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        PriorityQueue<int[]> frontier = new PriorityQueue<>((x, y) -> Integer.compare(x[1], y[1]));
        frontier.add(new int[] { 0, 0 });
        while (!frontier.isEmpty()) {
            int[] cur = frontier.poll();
            if (cur[1] > best[cur[0]]) continue;
            for (int n = 0; n < 4; n++) {
                if (dist[cur[0]][n] > 0 && cur[1] + dist[cur[0]][n] < best[n]) {
                    best[n] = cur[1] + dist[cur[0]][n];
                    frontier.add(new int[] { n, best[n] });
                }
            }
        }
        System.out.println(Arrays.toString(best));
    }
}
