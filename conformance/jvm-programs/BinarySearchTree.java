import java.util.*;
import java.util.function.*;

public class BinarySearchTree {
    static final class Tree<K extends Comparable<K>, V> implements Iterable<K> {
        private final class Node {
            final K key;
            V value;
            Node left, right;
            Node(K k, V v) { key = k; value = v; }
        }
        private Node root;
        private int size;

        void put(K key, V value) { root = put(root, key, value); }
        private Node put(Node n, K key, V value) {
            if (n == null) { size++; return new Node(key, value); }
            int c = key.compareTo(n.key);
            if (c < 0) n.left = put(n.left, key, value);
            else if (c > 0) n.right = put(n.right, key, value);
            else n.value = value;
            return n;
        }
        V get(K key) {
            Node n = root;
            while (n != null) { int c = key.compareTo(n.key); if (c == 0) return n.value; n = c < 0 ? n.left : n.right; }
            return null;
        }
        int height() { return height(root); }
        private int height(Node n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }
        void remove(K key) { root = remove(root, key); }
        private Node remove(Node n, K key) {
            if (n == null) return null;
            int c = key.compareTo(n.key);
            if (c < 0) { n.left = remove(n.left, key); return n; }
            if (c > 0) { n.right = remove(n.right, key); return n; }
            size--;
            if (n.left == null) return n.right;
            if (n.right == null) return n.left;
            Node min = n.right;
            while (min.left != null) min = min.left;
            size++;
            n.right = remove(n.right, min.key);
            min.left = n.left;
            min.right = n.right;
            return min;
        }
        public Iterator<K> iterator() {
            Deque<Node> stack = new ArrayDeque<>();
            for (Node n = root; n != null; n = n.left) stack.push(n);
            return new Iterator<>() {
                public boolean hasNext() { return !stack.isEmpty(); }
                public K next() {
                    Node n = stack.pop();
                    for (Node c = n.right; c != null; c = c.left) stack.push(c);
                    return n.key;
                }
            };
        }
        void visitPreorder(Consumer<K> visitor) { pre(root, visitor); }
        private void pre(Node n, Consumer<K> v) { if (n != null) { v.accept(n.key); pre(n.left, v); pre(n.right, v); } }
    }

    public static void main(String[] args) {
        Tree<Integer, String> t = new Tree<>();
        for (int k : new int[] { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 }) t.put(k, "v" + k);
        t.put(40, "forty");
        List<Integer> inorder = new ArrayList<>();
        for (int k : t) inorder.add(k);
        System.out.println(inorder + " size=" + t.size + " height=" + t.height() + " get40=" + t.get(40) + " get99=" + t.get(99));
        t.remove(30);
        t.remove(50);
        t.remove(99);
        StringBuilder pre = new StringBuilder();
        t.visitPreorder(k -> pre.append(k).append(' '));
        System.out.println(pre + "size=" + t.size);
        Tree<String, Integer> words = new Tree<>();
        for (String w : "it was the best of times it was the worst of times".split(" ")) words.put(w, words.get(w) == null ? 1 : words.get(w) + 1);
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(w).append('=').append(words.get(w)).append(' ');
        System.out.println(sb);
    }
}
