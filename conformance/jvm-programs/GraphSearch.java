import java.util.*;

public class GraphSearch {
    public static void main(String[] args) {
        Map<String, List<String>> g = new TreeMap<>();
        String[][] edges = { { "a", "b" }, { "a", "c" }, { "b", "d" }, { "c", "d" }, { "d", "e" }, { "e", "f" }, { "c", "f" }, { "g", "h" } };
        for (String[] e : edges) {
            g.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e[1]);
            g.computeIfAbsent(e[1], k -> new ArrayList<>()).add(e[0]);
        }
        Map<String, Integer> dist = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("a"));
        dist.put("a", 0);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : g.get(v)) if (!dist.containsKey(w)) { dist.put(w, dist.get(v) + 1); queue.add(w); }
        }
        System.out.println("bfs " + dist);
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        dfs("a", g, seen, order);
        System.out.println("dfs " + order);
        int components = 0;
        Set<String> visited = new HashSet<>();
        for (String v : g.keySet()) if (!visited.contains(v)) { components++; dfs(v, g, visited, new ArrayList<>()); }
        System.out.println("components " + components);
        Map<String, List<String>> dag = new TreeMap<>(Map.of("shirt", List.of("tie", "belt"), "tie", List.of("jacket"), "pants", List.of("shoes", "belt"), "belt", List.of("jacket"), "socks", List.of("shoes")));
        Map<String, Integer> indegree = new TreeMap<>();
        for (var e : dag.entrySet()) { indegree.putIfAbsent(e.getKey(), 0); for (String t : e.getValue()) indegree.merge(t, 1, Integer::sum); }
        PriorityQueue<String> ready = new PriorityQueue<>();
        indegree.forEach((k, v) -> { if (v == 0) ready.add(k); });
        List<String> topo = new ArrayList<>();
        while (!ready.isEmpty()) {
            String v = ready.poll();
            topo.add(v);
            for (String t : dag.getOrDefault(v, List.of())) if (indegree.merge(t, -1, Integer::sum) == 0) ready.add(t);
        }
        System.out.println("topo " + topo);
        int n = 5;
        int[][] w = new int[n][n];
        for (int[] row : w) Arrays.fill(row, 1_000_000);
        int[][] weighted = { { 0, 1, 4 }, { 0, 2, 1 }, { 2, 1, 2 }, { 1, 3, 1 }, { 2, 3, 5 }, { 3, 4, 3 } };
        for (int i = 0; i < n; i++) w[i][i] = 0;
        for (int[] e : weighted) { w[e[0]][e[1]] = e[2]; w[e[1]][e[0]] = e[2]; }
        for (int k = 0; k < n; k++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) w[i][j] = Math.min(w[i][j], w[i][k] + w[k][j]);
        System.out.println("floyd " + Arrays.deepToString(w));
    }

    static void dfs(String v, Map<String, List<String>> g, Set<String> seen, List<String> order) {
        if (!seen.add(v)) return;
        order.add(v);
        for (String w : g.get(v)) dfs(w, g, seen, order);
    }
}
