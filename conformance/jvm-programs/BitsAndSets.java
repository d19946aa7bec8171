import java.util.*;

public class BitsAndSets {
    public static void main(String[] args) {
        BitSet bits = new BitSet();
        for (int i = 0; i < 100; i += 7) bits.set(i);
        BitSet evens = new BitSet();
        for (int i = 0; i < 100; i += 2) evens.set(i);
        bits.and(evens);
        System.out.println(bits + " " + bits.cardinality() + " " + bits.nextSetBit(15) + " " + bits.length());
        Set<String> a = new HashSet<>(List.of("x", "y", "z"));
        Set<String> b = new HashSet<>(List.of("y", "z", "w"));
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        Set<String> inter = new TreeSet<>(a);
        inter.retainAll(b);
        System.out.println(union + " " + inter);
        TreeMap<Integer, String> tree = new TreeMap<>();
        for (int i = 10; i > 0; i--) tree.put(i * i, "v" + i);
        System.out.println(tree.firstKey() + " " + tree.lastEntry() + " " + tree.headMap(20) + " " + tree.ceilingKey(50) + " " + tree.floorEntry(50));
        System.out.println(tree.descendingMap().firstKey() + " " + tree.subMap(10, 50).size());
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 15; i++) numbers.add((i * 37) % 23);
        System.out.println(Collections.max(numbers) + " " + Collections.min(numbers) + " " + Collections.frequency(numbers, 14));
        Collections.reverse(numbers);
        System.out.println(numbers.subList(0, 5) + " " + numbers.indexOf(14) + " " + Collections.binarySearch(new ArrayList<>(new TreeSet<>(numbers)), 14));
        Collections.shuffle(numbers, new Random(42));
        System.out.println(numbers);
        Random random = new Random(7);
        System.out.println(random.nextInt(100) + " " + random.nextInt(100) + " " + random.nextLong() + " " + random.nextBoolean() + " " + random.nextDouble());
        int[] arr = new int[10];
        Arrays.fill(arr, 3);
        Arrays.setAll(arr, i -> arr[i] * i);
        System.out.println(Arrays.stream(arr).sum() + " " + Arrays.toString(Arrays.copyOfRange(arr, 2, 5)) + " " + Arrays.binarySearch(arr, 12));
    }
}
