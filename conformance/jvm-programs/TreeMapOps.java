import java.util.*;

public class TreeMapOps {
    public static void main(String[] args) {
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i : new int[] { 50, 20, 80, 10, 30, 70, 90, 60 }) tm.put(i, "v" + i);
        System.out.println(tm);
        System.out.println(tm.firstKey() + " " + tm.lastKey() + " " + tm.floorKey(55) + " " + tm.ceilingKey(55) + " " + tm.lowerKey(50) + " " + tm.higherKey(50) + " " + tm.floorKey(5));
        System.out.println(tm.headMap(30) + " " + tm.headMap(30, true) + " " + tm.tailMap(80) + " " + tm.subMap(20, 60));
        System.out.println(tm.descendingMap() + " " + tm.descendingKeySet());
        System.out.println(tm.firstEntry() + " " + tm.pollFirstEntry() + " " + tm.pollLastEntry() + " " + tm.size());
        NavigableMap<Integer, String> view = tm.subMap(20, true, 70, false);
        view.remove(30);
        System.out.println(view + " " + tm.containsKey(30));
        try {
            view.put(100, "x");
        } catch (IllegalArgumentException e) {
            System.out.println("out of range: " + e.getMessage());
        }
        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        for (String s : "pear fig apple kiwi banana plum".split(" ")) byLen.put(s, s.length());
        System.out.println(byLen + " " + byLen.firstKey() + " " + byLen.ceilingEntry("zzzz"));
        TreeSet<String> ts = new TreeSet<>(Comparator.reverseOrder());
        ts.addAll(List.of("m", "a", "z", "q"));
        System.out.println(ts + " " + ts.first() + " " + ts.headSet("m") + " " + ts.ceiling("n") + " " + ts.pollFirst() + " " + ts.descendingSet());
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (int i = 0; i < 1000; i++) counts.merge((i * 7919) % 13, 1, Integer::sum);
        System.out.println(counts);
        try {
            new TreeMap<Object, Object>().put(null, 1);
        } catch (NullPointerException e) {
            System.out.println("null key");
        }
        try {
            TreeSet<Object> mixed = new TreeSet<>();
            mixed.add("s");
            mixed.add(1);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
