import java.util.*;

public class HashCollisions {
    static final class Key implements Comparable<Key> {
        final int id;
        Key(int id) { this.id = id; }
        @Override public int hashCode() { return id % 3; }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.id == id; }
        @Override public int compareTo(Key o) { return Integer.compare(id, o.id); }
        @Override public String toString() { return "K" + id; }
    }
    static final class BadKey {
        final String name;
        BadKey(String name) { this.name = name; }
        @Override public int hashCode() { return 42; }
        @Override public boolean equals(Object o) { return o instanceof BadKey b && b.name.equals(name); }
        @Override public String toString() { return name; }
    }

    public static void main(String[] args) {
        Map<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 200; i++) m.put(new Key(i), i * i);
        System.out.println(m.size() + " " + m.get(new Key(150)) + " " + m.get(new Key(999)) + " " + m.containsKey(new Key(7)));
        for (int i = 0; i < 200; i += 2) m.remove(new Key(i));
        long sum = 0;
        for (Map.Entry<Key, Integer> e : m.entrySet()) sum += e.getKey().id;
        System.out.println(m.size() + " " + sum);
        Map<BadKey, String> bad = new HashMap<>();
        for (String s : "delta alpha charlie bravo echo".split(" ")) bad.put(new BadKey(s), s.toUpperCase());
        System.out.println(bad + " " + bad.get(new BadKey("charlie")) + " " + bad.remove(new BadKey("alpha")) + " " + bad);
        Set<Key> set = new HashSet<>();
        for (int i = 0; i < 50; i++) set.add(new Key(i % 20));
        System.out.println(set.size() + " " + new TreeSet<>(set).first() + " " + new TreeSet<>(set).last());
        Map<String, Integer> collide = new HashMap<>();
        String[] seeds = { "Aa", "BB" };
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) sb.append(seeds[(i >> bit) & 1]);
            collide.put(sb.toString(), i);
        }
        Set<Integer> hashes = new HashSet<>();
        for (String k : collide.keySet()) hashes.add(k.hashCode());
        System.out.println(collide.size() + " distinct hashes " + hashes.size() + " " + collide.get("AaAaAaAaAaAa") + " " + collide.get("BBBBBBBBBBBB"));
    }
}
