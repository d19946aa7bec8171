import java.util.*;

public class HashMapOps {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = "the quick brown fox jumps over the lazy dog the end".split(" ");
        for (String w : words) m.merge(w, 1, Integer::sum);
        System.out.println(m);
        System.out.println(m.get("the") + " " + m.get("cat") + " " + m.getOrDefault("cat", -1) + " " + m.containsKey("fox") + " " + m.containsValue(3) + " " + m.size());
        m.putIfAbsent("cat", 9);
        m.putIfAbsent("the", 100);
        m.compute("dog", (k, v) -> v == null ? 1 : v * 10);
        m.computeIfAbsent("emu", k -> k.length());
        m.computeIfPresent("fox", (k, v) -> null);
        m.replace("lazy", 7);
        System.out.println(m);
        m.replaceAll((k, v) -> v + k.length());
        m.entrySet().removeIf(e -> e.getValue() > 6);
        System.out.println(m + " " + m.keySet() + " " + m.values());
        Map<Integer, String> nums = new HashMap<>();
        for (int i = 0; i < 200; i += 7) nums.put(i * 31, "v" + i);
        int sum = 0;
        for (Map.Entry<Integer, String> e : nums.entrySet()) sum += e.getKey() * e.getValue().length();
        System.out.println(nums.size() + " " + sum + " " + nums.keySet().iterator().next() + " " + nums.remove(0) + " " + nums.remove(12345));
        Map<String, List<String>> multi = new HashMap<>();
        for (String w : words) multi.computeIfAbsent(w.substring(0, 1), k -> new ArrayList<>()).add(w);
        System.out.println(multi);
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy.equals(m) + " " + (copy.hashCode() == m.hashCode()) + " " + copy.hashCode());
        HashMap<String, String> nulls = new HashMap<>();
        nulls.put(null, "nullkey");
        nulls.put("k", null);
        System.out.println(nulls.get(null) + " " + nulls.get("k") + " " + nulls.containsKey("k") + " " + nulls);
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 5000; i++) big.put(i * 64, i);
        long check = 0;
        for (int k : big.keySet()) check = check * 31 + k;
        System.out.println(big.size() + " " + check);
    }
}
