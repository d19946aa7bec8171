import java.util.*;

public class LinkedHashMapOps {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        Lru(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }

    public static void main(String[] args) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String s : "zeta alpha mu beta alpha".split(" ")) ordered.merge(s, 1, Integer::sum);
        System.out.println(ordered + " " + ordered.keySet() + " " + ordered.values());
        ordered.remove("mu");
        ordered.put("mu", 5);
        System.out.println(ordered);
        Lru<Integer, String> cache = new Lru<>(3);
        cache.put(1, "one"); cache.put(2, "two"); cache.put(3, "three");
        cache.get(1);
        cache.put(4, "four");
        System.out.println(cache + " " + cache.containsKey(2));
        cache.get(3);
        cache.put(5, "five");
        System.out.println(cache);
        Set<String> lhs = new LinkedHashSet<>(List.of("c", "a", "b", "a"));
        lhs.add("d");
        lhs.remove("a");
        System.out.println(lhs + " " + lhs.iterator().next());
        Map<String, Integer> copy = new LinkedHashMap<>(ordered);
        copy.entrySet().iterator().next().setValue(99);
        System.out.println(copy + " " + ordered.equals(copy));
    }
}
