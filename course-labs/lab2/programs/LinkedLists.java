// Lab 2, part "gc": far more allocation than the small heap holds. Live lists must survive every collection intact
// (marking must follow every reference field and array element); garbage must be freed or the heap runs out.
public class LinkedLists {
    static final class Node {
        final int value;
        Node next;
        int[] payload;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.payload = new int[8];
            this.payload[value & 7] = value;
        }
    }

    static Node build(int length, int seed) {
        Node head = null;
        for (int i = 0; i < length; i++) {
            head = new Node(seed + i, head);
        }
        return head;
    }

    static long sum(Node head) {
        long total = 0;
        for (Node n = head; n != null; n = n.next) {
            total += n.value + n.payload[n.value & 7];
        }
        return total;
    }

    public static void main(String[] args) {
        Node[] keep = new Node[16];
        long checksum = 0;
        for (int round = 0; round < 400; round++) {
            Node garbage = build(200, round);
            checksum += sum(garbage) % 1000;
            keep[round % keep.length] = build(20, round * 7);
            if (round % 50 == 0) {
                long kept = 0;
                for (Node list : keep) {
                    kept += sum(list);
                }
                System.out.println("round " + round + " kept " + kept);
            }
        }
        Object[] mixed = new Object[64];
        for (int i = 0; i < 20000; i++) {
            mixed[i % mixed.length] = (i % 2 == 0) ? new Node(i, null) : new int[i % 100 + 1];
        }
        long mixedSum = 0;
        for (Object o : mixed) {
            mixedSum += (o instanceof Node) ? ((Node) o).value : ((int[]) o).length;
        }
        System.out.println("checksum " + checksum + " mixed " + mixedSum);
    }
}
