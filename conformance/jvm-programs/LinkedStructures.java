import java.util.*;

public class LinkedStructures {
    static final class Node<T> {
        T value;
        Node<T> next;
        Node(T value, Node<T> next) { this.value = value; this.next = next; }
    }

    static <T> Node<T> fromList(List<T> items) {
        Node<T> head = null;
        for (int i = items.size() - 1; i >= 0; i--) head = new Node<>(items.get(i), head);
        return head;
    }

    static <T> String show(Node<T> n) {
        StringJoiner sj = new StringJoiner(" -> ", "[", "]");
        for (; n != null; n = n.next) sj.add(String.valueOf(n.value));
        return sj.toString();
    }

    static <T> Node<T> reverse(Node<T> n) {
        Node<T> prev = null;
        while (n != null) { Node<T> next = n.next; n.next = prev; prev = n; n = next; }
        return prev;
    }

    static Node<Integer> mergeSorted(Node<Integer> a, Node<Integer> b) {
        Node<Integer> dummy = new Node<>(0, null), tail = dummy;
        while (a != null && b != null) {
            if (a.value <= b.value) { tail.next = a; a = a.next; } else { tail.next = b; b = b.next; }
            tail = tail.next;
        }
        tail.next = a != null ? a : b;
        return dummy.next;
    }

    static <T> T middle(Node<T> n) {
        Node<T> slow = n, fast = n;
        while (fast != null && fast.next != null) { slow = slow.next; fast = fast.next.next; }
        return slow.value;
    }

    static boolean hasCycle(Node<?> n) {
        Node<?> slow = n, fast = n;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) return true;
        }
        return false;
    }

    public static void main(String[] args) {
        Node<String> words = fromList(List.of("one", "two", "three", "four", "five"));
        System.out.println(show(words) + " middle=" + middle(words));
        words = reverse(words);
        System.out.println(show(words));
        Node<Integer> merged = mergeSorted(fromList(List.of(1, 4, 7, 10)), fromList(List.of(2, 3, 8, 11, 12)));
        System.out.println(show(merged) + " cycle=" + hasCycle(merged));
        Node<Integer> tail = merged;
        while (tail.next != null) tail = tail.next;
        tail.next = merged.next.next;
        System.out.println("cycle=" + hasCycle(merged));
        tail.next = null;
        Node<Integer> big = null;
        for (int i = 0; i < 10000; i++) big = new Node<>(i, big);
        long sum = 0;
        int len = 0;
        for (Node<Integer> n = big; n != null; n = n.next) { sum += n.value; len++; }
        System.out.println(len + " " + sum + " " + middle(big));
    }
}
