import java.util.ArrayList;
import java.util.List;

public class Garbage {
    static class Node {
        final int value;
        Node next;
        final byte[] payload = new byte[64];

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int round = 0; round < 200; round++) {
            Node head = null;
            for (int i = 0; i < 2000; i++) {
                head = new Node(i, head);
            }
            for (Node n = head; n != null; n = n.next) {
                sum += n.value;
            }
        }
        System.out.println(sum);
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            kept.add(new int[256]);
            kept.get(i)[i % 256] = i;
        }
        long check = 0;
        for (int i = 0; i < kept.size(); i++) {
            check += kept.get(i)[i % 256];
        }
        System.out.println(check);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            text.append(Integer.toString(i).length());
            if (text.length() > 1000) {
                text.setLength(0);
            }
        }
        System.out.println(text.length());
    }
}
