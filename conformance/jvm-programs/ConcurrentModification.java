import java.util.*;

public class ConcurrentModification {
    interface Action { void run(); }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (ConcurrentModificationException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        attempt("list foreach remove", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4)); for (Integer i : l) if (i == 2) l.remove(i); });
        attempt("list remove second to last", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer i : l) if (i == 2) l.remove(i); System.out.print(l + " "); });
        attempt("iterator remove", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4)); for (Iterator<Integer> it = l.iterator(); it.hasNext();) if (it.next() % 2 == 0) it.remove(); System.out.print(l + " "); });
        attempt("map keyset", () -> { Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3)); for (String k : m.keySet()) m.put(k + k, 0); });
        attempt("map put existing", () -> { Map<String, Integer> m = new HashMap<>(Map.of("a", 1, "b", 2)); for (String k : m.keySet()) m.put(k, 9); System.out.print(new TreeMap<>(m) + " "); });
        attempt("treemap", () -> { TreeMap<Integer, Integer> m = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3)); for (Integer k : m.keySet()) if (k == 1) m.remove(2); });
        attempt("linkedlist", () -> { LinkedList<Integer> l = new LinkedList<>(List.of(1, 2, 3)); for (Integer i : l) l.addFirst(0); });
        attempt("forEach lambda", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); l.forEach(i -> { if (i == 1) l.add(4); }); });
        attempt("sublist after add", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); List<Integer> sub = l.subList(0, 2); l.add(9); sub.size(); });
        attempt("removeIf", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6)); l.removeIf(i -> i % 3 == 0); System.out.print(l + " "); });
        attempt("stream source", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); l.stream().forEach(i -> { if (i == 2) l.add(5); }); });
        attempt("arraydeque", () -> { ArrayDeque<Integer> d = new ArrayDeque<>(List.of(1, 2, 3)); for (Integer i : d) d.addLast(i); });
        attempt("priorityqueue", () -> { PriorityQueue<Integer> q = new PriorityQueue<>(List.of(1, 2, 3)); for (Integer i : q) q.add(i); });
        attempt("copy then modify", () -> { List<Integer> l = new ArrayList<>(List.of(1, 2, 3)); for (Integer i : new ArrayList<>(l)) l.add(i); System.out.print(l + " "); });
    }
}
