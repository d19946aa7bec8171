import java.util.*;

public class ListOps {
    public static void main(String[] args) {
        List<String> fixed = Arrays.asList("b", "a", "c");
        fixed.set(0, "z");
        System.out.println(fixed);
        try {
            fixed.add("d");
        } catch (UnsupportedOperationException e) {
            System.out.println("fixed-size " + e.getClass().getSimpleName());
        }
        List<Integer> unmodifiable = Collections.unmodifiableList(new ArrayList<>(List.of(1, 2)));
        try {
            unmodifiable.clear();
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable");
        }
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) numbers.add(i);
        ListIterator<Integer> it = numbers.listIterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v % 3 == 0) it.set(v * 100);
            if (v == 5) it.add(55);
            if (v == 7) it.remove();
        }
        System.out.println(numbers);
        numbers.removeIf(v -> v > 50);
        numbers.replaceAll(v -> v + 1);
        System.out.println(numbers + " " + numbers.contains(3) + " " + numbers.lastIndexOf(9));
        try {
            for (Integer n : numbers) {
                if (n == 3) numbers.remove(n);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("concurrent modification");
        }
        Integer[] asArray = numbers.toArray(new Integer[0]);
        System.out.println(asArray.length + " " + asArray.getClass().getSimpleName());
        List<List<Integer>> nested = new ArrayList<>();
        for (int i = 0; i < 3; i++) nested.add(new ArrayList<>(Collections.nCopies(i + 1, i)));
        System.out.println(nested + " " + nested.equals(List.of(List.of(0), List.of(1, 1), List.of(2, 2, 2))));
        StringBuilder sb = new StringBuilder();
        sb.appendCodePoint(0x1F600).append('|').appendCodePoint(65);
        System.out.println(sb.length() + " " + sb.codePointAt(0));
        Map<String, Integer> map = new HashMap<>(Map.of("one", 1, "two", 2));
        map.putIfAbsent("three", 3);
        map.computeIfPresent("one", (k, v) -> v + 10);
        map.compute("two", (k, v) -> null);
        System.out.println(new TreeMap<>(map) + " " + map.getOrDefault("four", -1) + " " + map.containsValue(11));
    }
}
