import java.util.*;

public class HashMaps {
    static final class BadHash {
        final int v;
        BadHash(int v) { this.v = v; }
        @Override public int hashCode() { return v % 4; }
        @Override public boolean equals(Object o) { return o instanceof BadHash b && b.v == v; }
    }

    public static void main(String[] args) {
        Map<BadHash, Integer> collisions = new HashMap<>();
        for (int i = 0; i < 200; i++) collisions.put(new BadHash(i), i * i);
        long sum = 0;
        for (int i = 0; i < 200; i += 7) sum += collisions.get(new BadHash(i));
        System.out.println(collisions.size() + " " + sum + " " + collisions.containsKey(new BadHash(199)) + " " + collisions.get(new BadHash(500)));
        for (int i = 0; i < 200; i += 2) collisions.remove(new BadHash(i));
        System.out.println(collisions.size());
        Map<String, Integer> words = new HashMap<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom";
        for (String w : text.split(" ")) words.put(w, words.getOrDefault(w, 0) + 1);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(words.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(entries);
        Map<Integer, String> identity = new IdentityHashMap<>();
        Integer big1 = 1000, big2 = 1000;
        identity.put(big1, "a");
        identity.put(big2, "b");
        System.out.println(identity.size());
        WeakHashMap<String, Integer> weak = new WeakHashMap<>();
        weak.put("k", 1);
        System.out.println(weak.get("k"));
        Hashtable<String, String> table = new Hashtable<>();
        table.put("x", "1");
        System.out.println(table + " " + table.contains("1"));
    }
}
