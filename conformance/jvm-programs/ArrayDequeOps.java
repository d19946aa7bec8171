import java.util.*;

public class ArrayDequeOps {
    static int evalRpn(String expr) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+" -> stack.push(stack.pop() + stack.pop());
                case "*" -> stack.push(stack.pop() * stack.pop());
                case "-" -> { int b = stack.pop(), a = stack.pop(); stack.push(a - b); }
                default -> stack.push(Integer.parseInt(tok));
            }
        }
        return stack.pop();
    }

    public static void main(String[] args) {
        ArrayDeque<String> dq = new ArrayDeque<>(4);
        for (int i = 0; i < 10; i++) {
            if (i % 2 == 0) dq.offerFirst("f" + i); else dq.offerLast("l" + i);
        }
        System.out.println(dq + " " + dq.size() + " " + dq.peekFirst() + " " + dq.peekLast());
        StringBuilder sb = new StringBuilder();
        while (dq.size() > 2) sb.append(dq.pollFirst()).append(dq.pollLast()).append(' ');
        System.out.println(sb + "| " + dq);
        System.out.println(evalRpn("3 4 + 2 *") + " " + evalRpn("10 2 3 * -") + " " + evalRpn("1 2 3 4 + + +"));
        Queue<Integer> q = new ArrayDeque<>();
        for (int i = 0; i < 5; i++) q.add(i * i);
        q.remove();
        System.out.println(q + " " + q.peek() + " " + q.contains(9));
        Deque<Integer> ring = new ArrayDeque<>();
        for (int i = 0; i < 100; i++) { ring.addLast(i); if (ring.size() > 3) ring.removeFirst(); }
        System.out.println(ring + " " + ring.removeLastOccurrence(98) + " " + ring);
        try {
            new ArrayDeque<Integer>().pop();
        } catch (NoSuchElementException e) {
            System.out.println("pop empty");
        }
        try {
            dq.addFirst(null);
        } catch (NullPointerException e) {
            System.out.println("null element rejected");
        }
        Iterator<String> it = dq.descendingIterator();
        while (it.hasNext()) System.out.print(it.next() + ";");
        System.out.println();
    }
}
