import java.util.*;

public class CollectionBasics {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            list.add((i * 7) % 11);
        }
        System.out.println(list);
        java.util.Collections.sort(list);
        System.out.println(list);
        Map<String, Integer> counts = new HashMap<>();
        for (String word : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
            counts.merge(word, 1, Integer::sum);
        }
        System.out.println(new TreeMap<>(counts));
        Set<Character> letters = new TreeSet<>();
        for (char c : "hawkbeans".toCharArray()) {
            letters.add(c);
        }
        System.out.println(letters);
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(1);
        stack.push(2);
        stack.addLast(3);
        System.out.println(stack.pop() + " " + stack.pollLast() + " " + stack);
        LinkedList<String> linked = new LinkedList<>(List.of("x", "y", "z"));
        linked.addFirst("w");
        linked.removeLast();
        System.out.println(linked);
        PriorityQueue<Integer> heap = new PriorityQueue<>(List.of(5, 1, 4, 2, 3));
        StringBuilder order = new StringBuilder();
        while (!heap.isEmpty()) {
            order.append(heap.poll());
        }
        System.out.println(order);
        Map<Integer, String> linkedMap = new LinkedHashMap<>();
        linkedMap.put(3, "c");
        linkedMap.put(1, "a");
        linkedMap.put(2, "b");
        System.out.println(linkedMap + " " + linkedMap.keySet() + " " + linkedMap.values());
        Iterator<Integer> it = list.iterator();
        int removed = 0;
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
                removed++;
            }
        }
        System.out.println(removed + " " + list);
    }
}
