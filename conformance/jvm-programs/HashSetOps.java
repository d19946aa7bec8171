import java.util.*;

public class HashSetOps {
    public static void main(String[] args) {
        Set<String> a = new HashSet<>(List.of("apple", "banana", "cherry", "date"));
        Set<String> b = new HashSet<>(List.of("cherry", "date", "elderberry", "fig"));
        Set<String> union = new HashSet<>(a); union.addAll(b);
        Set<String> inter = new HashSet<>(a); inter.retainAll(b);
        Set<String> diff = new HashSet<>(a); diff.removeAll(b);
        System.out.println(union + " " + inter + " " + diff);
        System.out.println(a.add("apple") + " " + a.add("grape") + " " + a.remove("banana") + " " + a.remove("zzz") + " " + a.size() + " " + a.contains("grape"));
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 100; i++) ints.add(i * i % 17);
        System.out.println(ints + " " + ints.size());
        Set<Character> chars = new TreeSet<>();
        for (char c : "hello world".toCharArray()) chars.add(c);
        System.out.println(chars + " " + new TreeSet<>(union).first());
        System.out.println(a.equals(new HashSet<>(a)) + " " + a.hashCode() + " " + a.containsAll(Set.of("apple")) + " " + Collections.disjoint(diff, b));
        Iterator<String> it = union.iterator();
        while (it.hasNext()) if (it.next().length() > 5) it.remove();
        System.out.println(union);
        Set<List<Integer>> listSet = new HashSet<>();
        listSet.add(List.of(1, 2));
        listSet.add(Arrays.asList(1, 2));
        listSet.add(new ArrayList<>(List.of(2, 1)));
        System.out.println(listSet.size() + " " + listSet.contains(List.of(2, 1)));
    }
}
