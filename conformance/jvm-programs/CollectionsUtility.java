import java.util.*;

public class CollectionsUtility {
    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>(List.of(5, 3, 8, 1, 9, 2, 7));
        System.out.println(Collections.max(nums) + " " + Collections.min(nums) + " " + Collections.max(nums, Comparator.reverseOrder()) + " " + Collections.frequency(List.of(1, 2, 1, 1), 1));
        Collections.reverse(nums);
        System.out.println(nums);
        Collections.rotate(nums, 2);
        System.out.println(nums);
        Collections.swap(nums, 0, 6);
        System.out.println(nums);
        Collections.shuffle(nums, new Random(3));
        System.out.println(nums);
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println(nums + " " + Collections.binarySearch(nums, 7, Collections.reverseOrder()));
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList() + " " + Collections.singletonList(1) + " " + Collections.singleton("s") + " " + Collections.emptyMap());
        List<Integer> fixed = Collections.unmodifiableList(nums);
        try {
            fixed.set(0, 1);
        } catch (UnsupportedOperationException e) {
            System.out.println("unmodifiable " + e.getMessage());
        }
        List<String> filled = new ArrayList<>(Collections.nCopies(4, "x"));
        Collections.fill(filled, "y");
        Collections.addAll(filled, "z", "w");
        System.out.println(filled + " " + Collections.indexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)) + " " + Collections.lastIndexOfSubList(List.of(1, 2, 3, 2, 3), List.of(2, 3)));
        List<Integer> dest = new ArrayList<>(List.of(0, 0, 0, 0));
        Collections.copy(dest, List.of(7, 8));
        System.out.println(dest + " " + Collections.disjoint(List.of(1, 2), List.of(3)) + " " + Collections.replaceAll(dest, 0, -1) + " " + dest);
        List<Integer> immutable = List.of(1, 2, 3);
        Map<String, Integer> mapOf = Map.of("one", 1);
        try {
            immutable.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of is immutable " + e.getMessage());
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("List.of rejects null");
        }
        System.out.println(immutable + " " + mapOf.get("one") + " " + List.copyOf(nums).size() + " " + Set.of(5).contains(5) + " " + Map.entry("k", "v") + " " + Map.ofEntries(Map.entry("a", 1)).size());
        Queue<Integer> stack = Collections.asLifoQueue(new ArrayDeque<Integer>());
        System.out.println(stack.isEmpty() + " " + Collections.checkedList(new ArrayList<>(), String.class).size() + " " + Collections.synchronizedList(new ArrayList<>(List.of(1))).get(0));
        NavigableSet<Integer> ns = Collections.unmodifiableNavigableSet(new TreeSet<>(List.of(3, 1, 2)));
        System.out.println(ns.first() + " " + ns.descendingSet() + " " + Collections.list(Collections.enumeration(List.of("e1", "e2"))));
    }
}
