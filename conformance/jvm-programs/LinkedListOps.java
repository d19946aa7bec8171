import java.util.*;

public class LinkedListOps {
    public static void main(String[] args) {
        LinkedList<Integer> ll = new LinkedList<>();
        for (int i = 1; i <= 5; i++) { ll.addFirst(i); ll.addLast(i * 10); }
        System.out.println(ll + " " + ll.getFirst() + " " + ll.getLast() + " " + ll.peekFirst() + " " + ll.size());
        System.out.println(ll.removeFirst() + " " + ll.removeLast() + " " + ll.pollFirst() + " " + ll.pollLast() + " " + ll);
        ll.push(99);
        ll.offer(100);
        System.out.println(ll.pop() + " " + ll.poll() + " " + ll.peek() + " " + ll.element() + " " + ll);
        ll.add(3, -1);
        ll.remove(Integer.valueOf(20));
        System.out.println(ll + " " + ll.indexOf(-1) + " " + ll.get(2));
        Iterator<Integer> desc = ll.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) sb.append(desc.next()).append(',');
        System.out.println(sb);
        ListIterator<Integer> it = ll.listIterator();
        while (it.hasNext()) {
            int v = it.next();
            if (v < 0) it.remove();
            else if (v % 2 == 0) it.set(v / 2);
        }
        System.out.println(ll);
        ll.clear();
        System.out.println(ll.peek() + " " + ll.poll() + " " + ll.isEmpty());
        try {
            ll.getFirst();
        } catch (NoSuchElementException e) {
            System.out.println("empty: " + e.getMessage());
        }
        LinkedList<String> words = new LinkedList<>(List.of("b", "a", "c"));
        Collections.sort(words);
        Collections.reverse(words);
        System.out.println(words + " " + words.equals(List.of("c", "b", "a")) + " " + words.removeFirstOccurrence("b") + " " + words);
    }
}
